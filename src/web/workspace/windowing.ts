/**
 * The arithmetic of the sheet grid's windowing: which rows and columns are in view, which merged
 * areas reach into it, how wide each column is. Only what is in view goes into the DOM, so a
 * 100,000-row list scrolls like a 20-row table.
 */
import { cellAt, gridWidth, type Grid, type MergeArea } from '../../core';

export const ROW_HEIGHT = 22;
/** Rows and columns rendered beyond the edges, so a fast scroll does not show blank strips. */
const OVERSCAN = 4;
/** Excel's default column width (8.43 characters). */
const MIN_WIDTH = 64;
const MAX_WIDTH = 280;
const CHAR_WIDTH = 7;
/** Rows sampled to size the columns: a 100k-row sheet is not measured row by row. */
const SAMPLE_ROWS = 400;

export interface Span {
  first: number;
  /** Inclusive. */
  last: number;
}

/** Rows whose band [first*h, (last+1)*h) meets the viewport [top, top+height). */
export function visibleRows(top: number, height: number, rowCount: number): Span {
  if (rowCount === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

/** Left edge of each column and, last, the total width. */
export function columnOffsets(widths: readonly number[]): number[] {
  const offsets = [0];
  for (const w of widths) offsets.push(offsets[offsets.length - 1] + w);
  return offsets;
}

/** Columns meeting [left, left+width), by binary search over the offsets. */
export function visibleColumns(offsets: readonly number[], left: number, width: number): Span {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  const find = (x: number) => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    first: Math.max(0, find(left) - OVERSCAN),
    last: Math.min(count - 1, find(left + width) + OVERSCAN),
  };
}

/** Merged areas meeting the window: drawn whole from their top-left cell, even if that is out of view. */
export function mergesIn(merges: readonly MergeArea[], rows: Span, cols: Span): MergeArea[] {
  return merges.filter(
    (m) => m.bottom >= rows.first && m.top <= rows.last && m.right >= cols.first && m.left <= cols.last,
  );
}

/**
 * Column widths in pixels from the text of a sample of rows from `firstRow` on: the data, not the
 * long header captions, which Excel wraps (here they are cut short, with the whole text as a tooltip).
 * Merged titles do not widen a column either.
 */
export function columnWidths(
  grid: Grid,
  textOf: (row: number, col: number) => string,
  firstRow = 0,
): number[] {
  const count = gridWidth(grid);
  const covered = new Set<string>();
  for (const m of grid.merges)
    if (m.right > m.left) for (let r = m.top; r <= m.bottom; r++) covered.add(`${r}:${m.left}`);
  const rows = grid.values.length;
  const step = Math.max(1, Math.floor((rows - firstRow) / SAMPLE_ROWS));
  const widths: number[] = [];
  for (let c = 0; c < count; c++) {
    let chars = 0;
    for (let r = firstRow; r < rows; r += step) {
      if (covered.has(`${r}:${c}`) || cellAt(grid, r, c) === null) continue;
      chars = Math.max(chars, textOf(r, c).length);
    }
    widths.push(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars * CHAR_WIDTH + 12)));
  }
  return widths;
}

/**
 * Where to scroll to show a cell: its row in the middle of the viewport, its column only as far as
 * needed (so the unit names on the left stay in view when they can). The browser clamps at the edges.
 */
export function scrollTargetFor(
  cell: { row: number; col: number },
  offsets: readonly number[],
  viewport: { left: number; width: number; height: number },
): { top: number; left: number } {
  const top = Math.max(0, cell.row * ROW_HEIGHT - (viewport.height - ROW_HEIGHT) / 2);
  const colLeft = offsets[cell.col];
  const colRight = offsets[cell.col + 1];
  let left = viewport.left;
  if (colLeft < left) left = colLeft;
  else if (colRight > left + viewport.width) left = Math.min(colLeft, colRight - viewport.width);
  return { top, left };
}
