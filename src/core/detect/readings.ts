/**
 * A header that does not say which group its columns belong to ("Tổng số | Đúng hạn | Quá hạn |
 * Tổng số | Trong hạn | Quá hạn", no group row above) can be read several ways. Each reading is
 * tried and the one under which the rows' identities hold (total = sum of parts) is kept; when
 * two readings fit the rows equally, the sheet says so.
 */
import { cellAt, type Grid } from '../grid';
import { parseNumber } from '../parse/number';
import { fold } from '../parse/text';
import { fieldOf, type ColumnMap, type FieldId, type Layout, type Section } from './fields';
import { TIMING, WORDS } from './vocabulary';

export interface Reading {
  /** The group given to each loose run of columns, left to right. */
  sections: Section[];
  columns: ColumnMap;
  /** Identities that hold minus those that fail over the data rows. */
  score: number;
}

const IDENTITIES: [FieldId, FieldId[]][] = [
  ['resTotal', ['resEarly', 'resOnTime', 'resLate']],
  ['progTotal', ['progNotDue', 'progOverdue']],
  ['recvTotal', ['resTotal', 'progTotal']],
];
const SCORED_ROWS = 200;

/**
 * One-row columns with timing words that name no group of their own (a left neighbour may have
 * lent them one), each run begun by its "Tổng số".
 */
function looseRuns(paths: string[][], layout: Layout): number[][] {
  const runs: number[][] = [];
  let run: number[] | null = null;
  paths.forEach((p, c) => {
    const leaf = p.length === 1 ? fold(p[0]) : '';
    const timing = [TIMING.early, TIMING.onTime, TIMING.late, TIMING.notDue].some((re) => re.test(leaf));
    const own = leaf ? fieldOf(p, layout, null) : null;
    if (!leaf || (own !== null && own !== 'recvTotal')) run = null;
    else if (WORDS.totalOnly.test(leaf)) runs.push((run = [c]));
    else if (timing && run) run.push(c);
  });
  return runs.filter((r) => r.length > 1);
}

/** A run naming early dossiers is resolved; one naming "chưa đến hạn" is in progress. */
function fits(paths: string[][], run: number[], section: Section): boolean {
  const leaves = run.map((c) => fold(paths[c][0]));
  if (section === 'prog') return !leaves.some((l) => TIMING.early.test(l));
  return !leaves.some((l) => /chua (den|toi) han|con han/.test(l));
}

function score(grid: Grid, firstDataRow: number, columns: ColumnMap): number {
  let s = 0;
  const end = Math.min(grid.values.length, firstDataRow + SCORED_ROWS);
  for (let r = firstDataRow; r < end; r++) {
    const value = (f: FieldId) => {
      const c = columns[f];
      if (c === undefined) return undefined;
      const p = parseNumber(cellAt(grid, r, c));
      return p.kind === 'number' ? p.value : p.kind === 'empty' ? 0 : undefined;
    };
    for (const [whole, parts] of IDENTITIES) {
      const w = value(whole);
      const present = parts.filter((p) => columns[p] !== undefined);
      if (w === undefined || present.length < 2) continue;
      const sum = present.reduce((a, p) => a + (value(p) ?? NaN), 0);
      if (Number.isNaN(sum)) continue;
      s += sum === w ? 1 : -1;
    }
  }
  return s;
}

/**
 * The readings of a header with loose runs, best first (empty when the header says it all).
 * At most two runs are placed: resolved and in progress, in either order.
 */
export function headerReadings(
  grid: Grid,
  paths: string[][],
  layout: Layout,
  firstDataRow: number,
  base: ColumnMap,
): Reading[] {
  if (layout !== 'stats') return [];
  const runs = looseRuns(paths, layout);
  if (!runs.length || runs.length > 2) return [];
  const orders: Section[][] =
    runs.length === 1
      ? [['res'], ['prog']]
      : [
          ['res', 'prog'],
          ['prog', 'res'],
        ];
  const readings: Reading[] = [];
  for (const sections of orders) {
    if (!runs.every((run, i) => fits(paths, run, sections[i]))) continue;
    const inRuns = new Set(runs.flat());
    const columns: ColumnMap = {};
    for (const [f, c] of Object.entries(base)) if (!inRuns.has(c!)) columns[f as FieldId] = c;
    runs.forEach((run, i) => {
      for (const c of run) {
        const f = fieldOf(paths[c], layout, sections[i]);
        if (f && columns[f] === undefined) columns[f] = c;
      }
    });
    readings.push({ sections, columns, score: score(grid, firstDataRow, columns) });
  }
  // Stable: on equal scores the resolved-first order stays first.
  return readings.sort((a, b) => b.score - a.score);
}
