/** Tells the rows under a header apart: units, group rows, subtotals, totals, benchmarks, the rest. */
import { cellAt, type Grid } from '../grid';
import { parseNumber } from '../parse/number';
import { cellText, clean, fold } from '../parse/text';
import { levelOf } from '../parse/unitName';
import type { UnitLevel } from '../report';
import type { ColumnMap } from './fields';
import { MergeIndex } from './merges';
import { LEVEL, ROWS } from './vocabulary';

/** A heading is a band row with a label and no figures ("I Sở, ban, ngành"): never checked. */
export type RowRole = 'unit' | 'group' | 'heading' | 'subtotal' | 'total' | 'benchmark';

export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  role: RowRole;
  name: string;
  level: UnitLevel;
}

const SUBTOTAL = /^(cộng|tổng)(\s*$|\s*:|\s+(cấp|khối|nhóm|[ivx]+\b))/u;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|[a-h])\.?$/;

/** Text of a cell, taking a vertical merge (unit names over several leader rows) into account. */
export function mergedText(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const m = merges.coveredBy(r, c);
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c));
}

export function roleOf(name: string, stt: string, hasFigures: boolean): RowRole | null {
  const n = fold(name).replace(/^[\s\-–.:*]+/, '');
  const s = fold(stt);
  if (!n && !hasFigures) return null;
  if (ROWS.benchmark.test(n)) return 'benchmark';
  const lower = clean(name)
    .toLowerCase()
    .replace(/^[\s\-–.:*]+/, '');
  if (ROWS.total.test(lower) || ROWS.totalPlain.test(n)) return 'total';
  if (SUBTOTAL.test(lower)) return 'subtotal';
  if ((ROMAN.test(s) && n) || ROWS.band.test(n)) return hasFigures ? 'group' : 'heading';
  if (!hasFigures || !n) return null;
  return 'unit';
}

/** "Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ": the table has ended. */
function isFooter(grid: Grid, r: number): boolean {
  return (grid.values[r] ?? []).some((v) => typeof v === 'string' && ROWS.footer.test(fold(v)));
}

/** The tier a band row names: "Cấp huyện" (pre-2025), "UBND xã, phường, đặc khu", "Sở, ban, ngành". */
function groupLevel(name: string): UnitLevel {
  const n = fold(name);
  if (LEVEL.districtWord.test(n)) return 'district';
  if (LEVEL.bandCommune.test(n)) return 'commune';
  if (LEVEL.bandDepartment.test(n)) return 'department';
  return null;
}

/** A unit's level: its own name says it, except that a department under "Cấp huyện" is the district tier. */
function unitLevel(name: string, band: UnitLevel, districtTier: boolean): UnitLevel {
  const own = levelOf(name);
  if (own === 'department' && districtTier) return 'district';
  return own ?? band;
}

export function classifyRows(
  grid: Grid,
  merges: MergeIndex,
  firstDataRow: number,
  map: ColumnMap,
  figureCols: number[],
  fillDownNames = false,
): TableRow[] {
  const out: TableRow[] = [];
  const nameCol = map.name;
  let groupLevelNow: UnitLevel = null;
  let districtTier = false;
  for (let r = firstDataRow; r < grid.values.length; r++) {
    let name = nameCol === undefined ? '' : mergedText(grid, merges, r, nameCol);
    const previous = out[out.length - 1];
    if (!name && fillDownNames && previous?.role === 'unit') name = previous.name;
    const stt = map.stt === undefined ? '' : cellText(cellAt(grid, r, map.stt));
    // A unit row has at least one real figure; text-only rows are notes or the signature block.
    const hasFigures = figureCols.some((c) => {
      const p = parseNumber(cellAt(grid, r, c));
      return p.kind === 'number' || p.kind === 'error';
    });
    if (!hasFigures && isFooter(grid, r)) break;
    const role = roleOf(name, stt, hasFigures);
    if (!role) continue;
    if (role === 'group' || role === 'heading') {
      groupLevelNow = groupLevel(name);
      districtTier = LEVEL.districtTier.test(fold(name));
    }
    const level = role === 'unit' ? unitLevel(name, groupLevelNow, districtTier) : null;
    out.push({ row: r, role, name, level });
  }
  return out;
}
