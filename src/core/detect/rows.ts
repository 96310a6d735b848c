/** Tells the rows under a header apart: units, group rows, subtotals, totals, benchmarks, the rest. */
import { cellAt, type Grid } from '../grid';
import { parseNumber } from '../parse/number';
import { cellText, clean, fold } from '../parse/text';
import { levelOf } from '../parse/unitName';
import type { UnitLevel } from '../report';
import type { ColumnMap } from './fields';
import { MergeIndex } from './merges';

export type RowRole = 'unit' | 'group' | 'subtotal' | 'total' | 'benchmark';

export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  role: RowRole;
  name: string;
  level: UnitLevel;
}

const BENCHMARK = /^(trung binh|binh quan|muc binh quan|toan tinh|ca tinh|chi tieu|muc tieu)\b/;
// Matched with accents: "Tống Trân" and "Cộng Lạc" are communes, "Tổng" and "Cộng" are sums.
const TOTAL =
  /^(tổng cộng|tổng số|tổng|toàn (huyện|thị xã|thành phố|quận|xã|đơn vị)|cộng chung|cộng toàn|cộng tất cả)(\s|$|:|\()/u;
const SUBTOTAL = /^(cộng|tổng)(\s*$|\s*:|\s+(cấp|khối|nhóm|[ivx]+\b))/u;
const TOTAL_PLAIN = /^(tong cong|tong so|toan huyen)$/;
const GROUP_NAME =
  /^(cap (huyen|xa|tinh|phuong)|khoi|nhom|cac (xa|phong|don vi|co quan)|co quan chuyen mon|don vi su nghiep|xa, thi tran|phong, ban)\b/;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|[a-h])\.?$/;
const FOOTER = /^(nguoi lap|thu truong|noi nhan|xac nhan cua|ky ten|ky, ghi ro)/;

/** Text of a cell, taking a vertical merge (unit names over several leader rows) into account. */
export function mergedText(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const m = merges.coveredBy(r, c);
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c));
}

export function roleOf(name: string, stt: string, hasFigures: boolean): RowRole | null {
  const n = fold(name).replace(/^[\s\-–.:*]+/, '');
  const s = fold(stt);
  if (!n && !hasFigures) return null;
  if (BENCHMARK.test(n)) return 'benchmark';
  const lower = clean(name)
    .toLowerCase()
    .replace(/^[\s\-–.:*]+/, '');
  if (TOTAL.test(lower) || TOTAL_PLAIN.test(n)) return 'total';
  if (SUBTOTAL.test(lower)) return 'subtotal';
  if (ROMAN.test(s) && n) return 'group';
  if (GROUP_NAME.test(n)) return 'group';
  if (!hasFigures || !n) return null;
  return 'unit';
}

/** "Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ": the table has ended. */
function isFooter(grid: Grid, r: number): boolean {
  return (grid.values[r] ?? []).some((v) => typeof v === 'string' && FOOTER.test(fold(v)));
}

function groupLevel(name: string): UnitLevel {
  const n = fold(name);
  if (/\b(xa|phuong|thi tran)\b/.test(n)) return 'commune';
  if (/\b(huyen|phong|co quan|so|ban)\b/.test(n)) return 'district';
  return null;
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
    if (role === 'group') groupLevelNow = groupLevel(name);
    const level = role === 'unit' ? (levelOf(name) ?? groupLevelNow) : null;
    out.push({ row: r, role, name, level });
  }
  return out;
}
