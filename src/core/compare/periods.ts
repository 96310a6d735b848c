/**
 * Month over month: sheets of the same kind with different periods (monthly sheets in one
 * workbook). Each unit gets its change in points since the previous period and the indicators it
 * missed in both, which the paragraph turns into a stronger reminder.
 */
import { sameUnit } from '../parse/unitName';
import type { MetricId, SheetReport } from '../report';

function periodKey(s: SheetReport): string | null {
  return s.period?.to ?? s.period?.from ?? null;
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
      if (!before) continue;
      const change: Partial<Record<MetricId, number>> = {};
      for (const id of Object.keys(u.metrics) as MetricId[]) {
        const now = u.metrics[id]?.value;
        const then = before.metrics[id]?.value;
        if (now !== null && now !== undefined && then !== null && then !== undefined) change[id] = now - then;
      }
      u.change = change;
      const twice = u.below.filter((id) => before.below.includes(id));
      if (twice.length) u.belowTwice = twice;
    }
  }
}
