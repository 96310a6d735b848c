/**
 * The neutral input of the engine: one worksheet as plain data, produced by a host adapter
 * (Office.js or ExcelJS). Rows and columns are 0-based here; reports use 1-based rows and
 * column letters, as the officer sees them.
 */

/** An Excel error value such as "#DIV/0!" or "#REF!". */
export interface CellError {
  error: string;
}

/**
 * A cell's value as Excel shows it: formulas are read through their cached results.
 * Covered cells of a merged area are null; the value sits in the top-left cell only.
 */
export type CellValue = number | string | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Worksheet name as in the workbook. */
  name: string;
  /** values[row][col]; rows may be shorter than the widest row. */
  values: CellValue[][];
  /** Number formats where known (same shape as values, may be sparse or absent). */
  numFmts?: (string | null | undefined)[][];
  /** Merged areas where the host can tell (Office.js needs ExcelApi 1.13 for this). */
  merges: MergeArea[];
  /** True when the host could not tell merged areas: detection then infers them. */
  mergesUnknown?: boolean;
  /** The part the workbook names for this sheet but does not hold (a damaged file): no cells then. */
  missingPart?: string;
}

export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string'
  );
}

/** "A", "B", ..., "Z", "AA" for a 0-based column index. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of "A", "AB", ... */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row];
  return r === undefined ? null : (r[col] ?? null);
}

export function numFmtAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.numFmts?.[row]?.[col] ?? undefined;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid.values) if (r && r.length > w) w = r.length;
  return w;
}
