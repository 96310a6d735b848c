/**
 * Reads the figure cells of a row. A cell that is text, an Excel error or a negative count is
 * faulty: it is reported once, with its cell, and left out of every figure it would spoil.
 */
import { cellAt, columnLetter, numFmtAt, type Grid } from '../grid';
import type { FieldId } from '../detect/fields';
import { formatDecimals, isPercentFormat, parseNumber, shownDecimals } from '../parse/number';
import type { RowValues } from '../metrics/rate';
import { addFinding, defineFinding, type FindingSink } from '../findings';
import { formatCount } from '../format';

type CellArgs = { cell: string; header: string; text: string };

const NOT_A_NUMBER = defineFinding<CellArgs>({
  code: 'not-a-number',
  severity: 'error',
  messages: {
    vi: (a) => `Ô ${a.cell} (${a.header}) chứa "${a.text}", không phải số.`,
    en: (a) => `Cell ${a.cell} (${a.header}) holds "${a.text}", not a number.`,
  },
});

const ERROR_VALUE = defineFinding<CellArgs>({
  code: 'error-value',
  severity: 'error',
  messages: {
    vi: (a) => `Ô ${a.cell} (${a.header}) bị lỗi công thức ${a.text}.`,
    en: (a) => `Cell ${a.cell} (${a.header}) holds the Excel error ${a.text}.`,
  },
});

const NEGATIVE_VALUE = defineFinding<{ cell: string; header: string; value: string }>({
  code: 'negative-value',
  severity: 'error',
  messages: {
    vi: (a) => `Ô ${a.cell} (${a.header}) có số âm (${a.value}).`,
    en: (a) => `Cell ${a.cell} (${a.header}) is negative (${a.value}).`,
  },
});

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
        addFinding(this.sink, ERROR_VALUE, where, { cell, header, text: p.error });
        return null;
      case 'text':
        addFinding(this.sink, NOT_A_NUMBER, where, { cell, header, text: p.text.slice(0, 40) });
        return null;
      default:
        if (p.percent) {
          addFinding(this.sink, NOT_A_NUMBER, where, {
            cell,
            header,
            text: String(p.value) + '%',
          });
          return null;
        }
        if (p.value < 0) {
          addFinding(this.sink, NEGATIVE_VALUE, where, {
            cell,
            header,
            value: formatCount(p.value, this.sink.lang),
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
      addFinding(
        this.sink,
        ERROR_VALUE,
        { ...where, severity: 'warning' },
        {
          cell,
          header: this.header(col),
          text: p.error,
        },
      );
      return null;
    }
    if (p.kind === 'text') {
      addFinding(
        this.sink,
        NOT_A_NUMBER,
        { ...where, severity: 'warning' },
        {
          cell,
          header: this.header(col),
          text: p.text.slice(0, 40),
        },
      );
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
