/**
 * Finds the header block of a table (one to several rows, merged cells resolved) and gives each
 * column its header path, e.g. ["Số hồ sơ đã giải quyết", "Trả quá hạn"].
 */
import { cellAt, gridWidth, type CellValue, type Grid } from '../grid';
import { parseDateText } from '../parse/date';
import { parseNumber } from '../parse/number';
import { cellText, fold } from '../parse/text';
import { MergeIndex } from './merges';
import { HEADER_WORDS } from './vocabulary';

export interface HeaderBlock {
  /** 0-based rows of the header block, inclusive. */
  top: number;
  bottom: number;
  /** 0-based first row after the header (and after a column-number row). */
  firstDataRow: number;
  /** Per column, the header texts from the top of the block down (empties and repeats dropped). */
  paths: string[][];
  width: number;
}

const SCAN_ROWS = 40;

function text(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const m = merges.coveredBy(r, c);
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c));
}

/** Numbers and dates, also when typed as text ("9.737", "27/09/2024"): header cells are never these. */
function isDataLike(v: CellValue): boolean {
  if (typeof v === 'number' || v instanceof Date) return true;
  if (typeof v !== 'string') return false;
  return parseDateText(v) !== null || (parseNumber(v).kind === 'number' && !/^\(\d+\)$/.test(v.trim()));
}

/** A "(1) (2) (3)" or "1 2 3 ..." row under a header. */
export function isColumnNumberRow(grid: Grid, r: number, width: number): boolean {
  const cells: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = cellText(cellAt(grid, r, c)).replace(/\s/g, '');
    if (t) cells.push(t);
  }
  if (cells.length < 3) return false;
  // Letters name the text columns ("A B (1)=2+3 (4)=5+7 (6)=5/4"); formulas say how columns add up.
  const numbered = cells.filter((t) => !/^[A-Z]$/i.test(t));
  // "(16)=((7)+(8))/(6)": numbers of at most two digits, brackets and operators only.
  const formula = (t: string) => /^[()\d=+\-x*/:]+$/i.test(t) && /\d/.test(t) && !/\d{3}/.test(t);
  if (numbered.length < 3 || !numbered.every(formula)) return false;
  if (numbered.some((t) => t.startsWith('(') || /[=+*/:]/.test(t))) return true;
  const nums = numbered.map(Number);
  return nums.every((n, i) => Number.isInteger(n) && (i === 0 || n === nums[i - 1] + 1)) && nums[0] <= 2;
}

/** A row that can belong to a header: text only, and either header words or cells merged from above. */
function headerLike(grid: Grid, merges: MergeIndex, r: number, width: number): boolean {
  let texts = 0;
  let words = 0;
  const distinct = new Set<string>();
  for (let c = 0; c < width; c++) {
    const covered = merges.coveredBy(r, c);
    const v = covered ? null : cellAt(grid, r, c);
    if (isDataLike(v)) return false;
    const t = text(grid, merges, r, c);
    if (!t) continue;
    texts++;
    distinct.add(t);
    if (HEADER_WORDS.test(fold(t))) words++;
  }
  return texts > 0 && words > 0 && distinct.size >= 2;
}

function rowScore(grid: Grid, merges: MergeIndex, r: number, width: number): number {
  let score = 0;
  const seen = new Set<string>();
  for (let c = 0; c < width; c++) {
    if (merges.coveredBy(r, c)) continue;
    const v = cellAt(grid, r, c);
    if (isDataLike(v)) return 0;
    const t = fold(cellText(v));
    if (!t || seen.has(t) || t.length > 120) continue;
    seen.add(t);
    if (HEADER_WORDS.test(t)) score++;
  }
  return score;
}

/** Fills header cells left empty under a merge the host could not report (Office without ExcelApi 1.13). */
function inferSpans(rows: string[][]): void {
  for (let i = 0; i < rows.length - 1; i++) {
    const row = rows[i];
    for (let c = 1; c < row.length; c++) {
      if (row[c] || !row[c - 1]) continue;
      const below = rows.slice(i + 1).some((r) => r[c]);
      const leftIsGroup = rows.slice(i + 1).some((r) => r[c - 1]);
      if (below && leftIsGroup) row[c] = row[c - 1];
    }
  }
}

export function findHeader(grid: Grid): HeaderBlock | null {
  const width = gridWidth(grid);
  const merges = new MergeIndex(grid, width);
  const limit = Math.min(grid.values.length, SCAN_ROWS);
  let best = -1;
  let bestScore = 1;
  for (let r = 0; r < limit; r++) {
    const s = rowScore(grid, merges, r, width);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  if (best < 0) return null;
  let top = best;
  while (top > 0 && headerLike(grid, merges, top - 1, width) && !isTitleRow(grid, merges, top - 1, width))
    top--;
  let bottom = best;
  const continues = (r: number) =>
    r < grid.values.length &&
    !isColumnNumberRow(grid, r, width) &&
    (headerLike(grid, merges, r, width) || coveredFromAbove(merges, r, width, top));
  for (;;) {
    if (continues(bottom + 1)) bottom++;
    // An empty row inside the header block (exports leave one between header levels).
    else if (isBlankRow(grid, bottom + 1, width) && continues(bottom + 2)) bottom += 2;
    else break;
  }
  let firstDataRow = bottom + 1;
  while (
    firstDataRow < grid.values.length &&
    (isColumnNumberRow(grid, firstDataRow, width) || isBlankRow(grid, firstDataRow, width))
  )
    firstDataRow++;

  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(text(grid, merges, r, c));
    rows.push(row);
  }
  if (grid.mergesUnknown) inferSpans(rows);
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (const row of rows) if (row[c] && path[path.length - 1] !== row[c]) path.push(row[c]);
    paths.push(path);
  }
  return { top, bottom, firstDataRow, paths, width };
}

function isBlankRow(grid: Grid, r: number, width: number): boolean {
  if (r >= grid.values.length) return false;
  for (let c = 0; c < width; c++) if (cellText(cellAt(grid, r, c))) return false;
  return true;
}

/** A title spans (nearly) the whole table in one merged cell or stands alone in its row. */
function isTitleRow(grid: Grid, merges: MergeIndex, r: number, width: number): boolean {
  const texts = new Set<string>();
  for (let c = 0; c < width; c++) {
    const t = text(grid, merges, r, c);
    if (t) texts.add(t);
  }
  return texts.size <= 1;
}

/** The next row is still header when some of its cells are covered by a merge that starts in the block. */
function coveredFromAbove(merges: MergeIndex, r: number, width: number, top: number): boolean {
  for (let c = 0; c < width; c++) {
    const m = merges.coveredBy(r, c);
    if (m && m.top >= top && m.top < r && m.bottom >= r) return true;
  }
  return false;
}
