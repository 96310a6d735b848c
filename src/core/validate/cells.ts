/**
 * Reads the figure cells of a row. A cell that is text, an Excel error or a negative count is
 * faulty: it is reported once, with its cell, and left out of every figure it would spoil.
 */
import { cellAt, columnLetter, numFmtAt, type Grid } from '../grid';
import type { FieldId } from '../detect/fields';
import { formatDecimals, isPercentFormat, parseNumber, shownDecimals } from '../parse/number';
import { addFinding, fmtN, type FindingSink } from './findings';

/** Field -> value; null when the cell is faulty; absent when the sheet has no such column. */
export type RowValues = Partial<Record<FieldId, number | null>>;

export interface PrintedRate {
  value: number;
  /** Decimals shown, in percent points (99,72% -> 2). */
  decimals: number;
  column: number;
}

/** A column's name for messages: its leaf header, or its group where the leaf is just "Tổng số". */
export function columnName(paths: string[][], col: number): string {
  const p = paths[col] ?? [];
  if (!p.length) return columnLetter(col);
  const leaf = p[p.length - 1];
  return p.length > 1 && /^(tổng số|tổng|cộng|số lượng)$/iu.test(leaf) ? p[p.length - 2] : leaf;
}

export class FigureReader {
  constructor(
    private readonly grid: Grid,
    private readonly columns: Partial<Record<FieldId, number>>,
    private readonly headers: string[][],
    private readonly sink: FindingSink,
    /** Further columns summed into a field (an outcome split into "Kỳ trước | Trong kỳ"). */
    private readonly splits: Partial<Record<FieldId, number[]>> = {},
  ) {}

  header(col: number): string {
    return columnName(this.headers, col);
  }

  /** Counts of one row; findings are raised only when `report` (aggregate rows are checked by totals). */
  counts(row: number, fields: readonly FieldId[], unit: string | undefined): RowValues {
    const out: RowValues = {};
    for (const f of fields) {
      const col = this.columns[f];
      if (col === undefined) continue;
      const values = [col, ...(this.splits[f] ?? [])].map((c) => this.count(row, c, unit));
      out[f] = values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);
    }
    return out;
  }

  private count(row: number, col: number, unit: string | undefined): number | null {
    const p = parseNumber(cellAt(this.grid, row, col));
    const where = { row: row + 1, column: columnLetter(col), unit };
    const cell = `${columnLetter(col)}${row + 1}`;
    const header = this.header(col);
    switch (p.kind) {
      case 'empty':
        return 0; // exports leave zero cells blank
      case 'error':
        addFinding(this.sink, 'error-value', 'error', where, { cell, header, text: p.error });
        return null;
      case 'text':
        addFinding(this.sink, 'not-a-number', 'error', where, { cell, header, text: p.text.slice(0, 40) });
        return null;
      default:
        if (p.percent) {
          addFinding(this.sink, 'not-a-number', 'error', where, {
            cell,
            header,
            text: String(p.value) + '%',
          });
          return null;
        }
        if (p.value < 0) {
          addFinding(this.sink, 'negative-value', 'error', where, {
            cell,
            header,
            value: fmtN(p.value, this.sink.lang),
          });
          return null;
        }
        return p.value;
    }
  }

  /**
   * A printed rate as a fraction. `points` says the column holds percent points (94,39 for 94,39%),
   * decided per column from its values and format.
   */
  rate(
    row: number,
    field: FieldId,
    points: boolean,
    unit: string | undefined,
  ): PrintedRate | null | undefined {
    const col = this.columns[field];
    if (col === undefined) return undefined;
    const v = cellAt(this.grid, row, col);
    const p = parseNumber(v);
    const where = { row: row + 1, column: columnLetter(col), unit };
    const cell = `${columnLetter(col)}${row + 1}`;
    if (p.kind === 'empty') return undefined;
    if (p.kind === 'error') {
      addFinding(this.sink, 'error-value', 'warning', where, {
        cell,
        header: this.header(col),
        text: p.error,
      });
      return null;
    }
    if (p.kind === 'text') {
      addFinding(this.sink, 'not-a-number', 'warning', where, {
        cell,
        header: this.header(col),
        text: p.text.slice(0, 40),
      });
      return null;
    }
    const fmt = numFmtAt(this.grid, row, col);
    if (p.percent) return { value: p.value / 100, decimals: p.decimals ?? 0, column: col };
    const fmtDec = formatDecimals(fmt);
    if (isPercentFormat(fmt) || !points) {
      return {
        value: p.value,
        decimals: fmtDec ?? Math.max(0, Math.min(shownDecimals(p.value) - 2, 4)),
        column: col,
      };
    }
    return { value: p.value / 100, decimals: fmtDec ?? Math.min(shownDecimals(p.value), 4), column: col };
  }
}

/** True when a rate column holds percent points (any value above 1 without a % format). */
export function isPointsColumn(grid: Grid, col: number, rows: number[]): boolean {
  for (const r of rows) {
    const v = cellAt(grid, r, col);
    const p = parseNumber(v);
    if (p.kind !== 'number' || p.percent) continue;
    if (isPercentFormat(numFmtAt(grid, r, col))) return false;
    if (Math.abs(p.value) > 1.0000001) return true;
  }
  return false;
}
