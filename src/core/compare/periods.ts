/**
 * Month over month: sheets of the same kind with different periods, in one workbook or in last
 * month's file. Each unit gets its change in points since the previous period and the indicators it
 * missed in both, which the paragraph turns into a stronger reminder.
 */
import { sameUnit } from '../parse/unitName';
import type { MetricId, Period, SheetReport, UnitReport } from '../report';

/** The part of a sheet report a comparison needs: what our own summary sheet gives back too. */
export type PreviousSheet = Pick<SheetReport, 'sheet' | 'kind' | 'period'> & {
  units: Pick<UnitReport, 'name' | 'metrics' | 'below'>[];
};

/** Last month's report from another file (or from our earlier summary sheet). */
export interface PreviousPeriod {
  /** File name, shown with the unmatched units. */
  source: string;
  sheets: PreviousSheet[];
  /** Current unit name -> previous unit name, paired by the officer (names changed with the 2025 mergers). */
  pairs?: Record<string, string>;
}

/** How the units of one sheet met last month's: the officer pairs the unmatched by hand. */
export interface PeriodMatch {
  sheet: string;
  previousSheet: string;
  matched: number;
  /** Current units with no previous one. */
  unmatched: string[];
  /** Previous units no current one took. */
  unmatchedPrevious: string[];
}

function periodKey(s: { period: Period | null }): string | null {
  return s.period?.to ?? s.period?.from ?? null;
}

/** Fills `change` and `belowTwice` of `u` against its previous-period self. */
function compareUnit(u: UnitReport, before: PreviousSheet['units'][number]): void {
  const change: Partial<Record<MetricId, number>> = {};
  for (const id of Object.keys(u.metrics) as MetricId[]) {
    const now = u.metrics[id]?.value;
    const then = before.metrics[id]?.value;
    if (now !== null && now !== undefined && then !== null && then !== undefined) change[id] = now - then;
  }
  u.change = change;
  const twice = u.below.filter((id) => before.below.includes(id));
  if (twice.length) u.belowTwice = twice;
  else delete u.belowTwice;
}

/** Links each sheet to the latest earlier-period sheet of its kind and fills `change` and `belowTwice`. */
export function comparePeriods(sheets: SheetReport[]): void {
  const dated = sheets.filter((s) => s.units.length && periodKey(s));
  for (const cur of dated) {
    const earlier = dated
      .filter((p) => p !== cur && p.kind === cur.kind && periodKey(p)! < periodKey(cur)!)
      .sort((a, b) => (periodKey(a)! < periodKey(b)! ? 1 : -1));
    const prev = earlier[0];
    if (!prev) continue;
    cur.previous = { sheet: prev.sheet, period: prev.period };
    for (const u of cur.units) {
      const before = prev.units.find((p) => sameUnit(p.name, u.name));
      if (before) compareUnit(u, before);
    }
  }
}

/**
 * The previous file's sheet for `cur`: of the same kind, the latest period before it; the officer
 * chose the file, so an undated sheet of the kind is taken when none is dated.
 */
function previousSheetFor(cur: SheetReport, sheets: PreviousSheet[]): PreviousSheet | undefined {
  const sameKind = sheets.filter((p) => p.kind === cur.kind && p.units.length);
  const now = periodKey(cur);
  const dated = sameKind
    .filter((p) => periodKey(p) && (!now || periodKey(p)! < now))
    .sort((a, b) => (periodKey(a)! < periodKey(b)! ? 1 : -1));
  return dated[0] ?? sameKind.find((p) => !periodKey(p));
}

/**
 * Compares each sheet with last month's file: hand-made pairs first, then names (with and without
 * "UBND xã"). Replaces a comparison within the workbook, since the officer asked for this one.
 */
export function compareWithPrevious(sheets: SheetReport[], previous: PreviousPeriod): PeriodMatch[] {
  const pairs = previous.pairs ?? {};
  const matches: PeriodMatch[] = [];
  for (const cur of sheets) {
    if (!cur.units.length) continue;
    const prev = previousSheetFor(cur, previous.sheets);
    if (!prev) continue;
    cur.previous = { sheet: prev.sheet, period: prev.period };
    const taken = new Set<PreviousSheet['units'][number]>();
    const unmatched: string[] = [];
    for (const u of cur.units) {
      const paired = pairs[u.name];
      const before =
        (paired !== undefined && prev.units.find((p) => p.name === paired)) ||
        prev.units.find((p) => !taken.has(p) && sameUnit(p.name, u.name));
      if (!before) {
        delete u.change;
        delete u.belowTwice;
        unmatched.push(u.name);
        continue;
      }
      taken.add(before);
      compareUnit(u, before);
    }
    matches.push({
      sheet: cur.sheet,
      previousSheet: prev.sheet,
      matched: cur.units.length - unmatched.length,
      unmatched,
      unmatchedPrevious: prev.units.filter((p) => !taken.has(p)).map((p) => p.name),
    });
  }
  return matches;
}
