/**
 * Turns a SummaryLayout into what Excel needs in bulk: one matrix of values, one of number formats,
 * the spanned cells to merge, and "blocks" (rectangles of cells that look the same: a table column,
 * say) so formats go out as a few range operations instead of some per cell, which keeps the request
 * small whatever the number of units. Pure: no Office.js here.
 */
import {
  type CellStyleSpec,
  type LayoutCell,
  type PlacedCell,
  placeCells,
  type StyleId,
  type SummaryLayout,
  STYLES,
} from '../core';

/** Excel's Text number format: whatever is typed or assigned stays text, never a formula or a date. */
const TEXT_FORMAT = '@';
const GENERAL_FORMAT = 'General';

/** How a block of cells looks; cells with equal looks share one set of range operations. */
export interface Look extends CellStyleSpec {
  styleId: StyleId;
}

/** A rectangle of cells with one look; rows and columns as in the layout (0-based). */
export interface Block {
  row: number;
  col: number;
  rows: number;
  columns: number;
  look: Look;
}

export function layoutWidth(layout: SummaryLayout): number {
  // A reduce, not Math.max(...cells): 5,000 units make 130,000 arguments and overflow the stack.
  const fromRows = placeCells(layout).reduce((w, p) => Math.max(w, p.col + p.span), 0);
  return Math.max(1, fromRows, layout.columnWidths.length);
}

/** Values and number formats for the whole block, assigned in one operation each (formats first). */
export function cellMatrices(
  layout: SummaryLayout,
  width: number,
): { values: (string | number)[][]; formats: string[][] } {
  const values = layout.rows.map(() => new Array<string | number>(width).fill(''));
  const formats = layout.rows.map(() => new Array<string>(width).fill(GENERAL_FORMAT));
  for (const { row, col, cell } of placeCells(layout)) {
    if (cell.value === null) continue;
    values[row][col] = cell.value;
    formats[row][col] =
      typeof cell.value === 'string' ? TEXT_FORMAT : (STYLES[cell.style].numFmt ?? GENERAL_FORMAT);
  }
  return { values, formats };
}

export function lookOf(cell: LayoutCell): Look {
  const spec = STYLES[cell.style];
  return { ...spec, bold: cell.bold ?? spec.bold, styleId: cell.style };
}

const lookKey = (look: Look) => `${look.styleId}:${look.bold}`;

/** Adjacent cells of a row with the same key, spans included, as one block each. */
function rowRuns(cells: PlacedCell[], key: (cell: LayoutCell) => string): (Block & { key: string })[] {
  const runs: (Block & { key: string })[] = [];
  for (const { row, col, span, cell } of cells) {
    const k = key(cell);
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.col + last.columns === col && last.key === k) {
      last.columns += span;
    } else {
      runs.push({ row, col, rows: 1, columns: span, look: lookOf(cell), key: k });
    }
  }
  return runs;
}

/** Row runs stacked into taller blocks where the next row has a run at the same place with the same key. */
function stack(runs: (Block & { key: string })[]): Block[] {
  const blocks: Block[] = [];
  const open = new Map<string, Block>();
  for (const { key: k, ...run } of runs) {
    const key = `${run.col}:${run.columns}:${k}`;
    const above = open.get(key);
    if (above && above.row + above.rows === run.row) {
      above.rows += 1;
    } else {
      blocks.push(run);
      open.set(key, run);
    }
  }
  return blocks;
}

/** Blocks of cells with one look (a table column, the title rows...). */
export function formatBlocks(layout: SummaryLayout): Block[] {
  return stack(rowRuns(placeCells(layout), (cell) => lookKey(lookOf(cell))));
}

/** Blocks of below-threshold cells, shaded after the looks are applied. */
export function shadedBlocks(layout: SummaryLayout): Block[] {
  const shaded = placeCells(layout).filter((p) => p.cell.shaded === true);
  return stack(rowRuns(shaded, () => 'shaded'));
}

/** Excel column width in points for a width in characters of the default font (7 px per digit + 5 px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
