/**
 * How the summary sheet falls onto A4 pages, from the same SummaryLayout the writers print: the
 * layout's own page breaks, plus a break wherever the rows outgrow the page (repeating the print
 * title row, as Excel does). Heights are estimated from the text, the way Excel sizes wrapped rows.
 */
import { BASE_SIZE, placeRow, STYLES, type LayoutRow, type SummaryLayout } from '../core';

export const A4_MM = { long: 297, short: 210 };
const MM_PER_INCH = 25.4;
const PT_PER_MM = 72 / MM_PER_INCH;
/** One line of Times New Roman 13, as Excel spaces it. */
const LINE_PT = 17;
/** Average Times New Roman glyph width, in em: how many characters a column holds per line. */
const GLYPH_EM = 0.45;

/** Excel column width in characters -> points (7 px per character plus 5 px padding, at 96 dpi). */
export function columnPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  /** Margins in mm. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Printed column widths in points (A to the print width). */
  columns: number[];
  /** Fit to one page wide: the factor applied when the columns are wider than the paper. */
  scale: number;
}

export function pageGeometry(layout: SummaryLayout): PageGeometry {
  const landscape = layout.page.orientation === 'landscape';
  const m = layout.page.margins;
  const margins = {
    top: m.top * MM_PER_INCH,
    bottom: m.bottom * MM_PER_INCH,
    left: m.left * MM_PER_INCH,
    right: m.right * MM_PER_INCH,
  };
  const widthMm = landscape ? A4_MM.long : A4_MM.short;
  const heightMm = landscape ? A4_MM.short : A4_MM.long;
  const columns = layout.columnWidths
    .slice(0, layout.printWidth ?? layout.columnWidths.length)
    .map(columnPoints);
  const printable = (widthMm - margins.left - margins.right) * PT_PER_MM;
  const total = columns.reduce((a, b) => a + b, 0);
  return { widthMm, heightMm, margins, columns, scale: Math.min(1, printable / total) };
}

/** Height of a row in points: its own height, or as many lines as its longest wrapped cell needs. */
export function rowPoints(row: LayoutRow, columns: readonly number[]): number {
  let lines = 1;
  for (const { col, span, cell } of placeRow(row.cells)) {
    const spec = STYLES[cell.style];
    if (spec.wrap && typeof cell.value === 'string') {
      const width = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
      const perLine = Math.max(1, Math.floor(width / ((spec.size ?? BASE_SIZE) * GLYPH_EM)));
      lines = Math.max(lines, Math.ceil(cell.value.length / perLine));
    }
  }
  // A height the layout sets is kept as is (Excel does not grow a row with a set height).
  return row.height ?? lines * LINE_PT;
}

export interface PrintPage {
  /** Indexes into layout.rows, in order; a repeated title row comes first. */
  rows: number[];
  /** The first entry of `rows` is the repeated print title. */
  repeatsTitle: boolean;
}

export function paginate(layout: SummaryLayout): PrintPage[] {
  const geometry = pageGeometry(layout);
  const { margins, heightMm, columns, scale } = geometry;
  // Fitting to the width shrinks the rows too, so more of them go on a page.
  const capacity = ((heightMm - margins.top - margins.bottom) * PT_PER_MM) / scale;
  const heights = layout.rows.map((r) => rowPoints(r, columns));
  const title = layout.printTitleRows ? layout.printTitleRows[0] - 1 : null;
  const pages: PrintPage[] = [];
  let page: PrintPage = { rows: [], repeatsTitle: false };
  let used = 0;
  layout.rows.forEach((row, i) => {
    const overflow = used + heights[i] > capacity && page.rows.length > 0;
    if ((row.pageBreakBefore && page.rows.length > 0) || overflow) {
      pages.push(page);
      const repeat = title !== null && i > title && !row.pageBreakBefore;
      page = { rows: repeat ? [title] : [], repeatsTitle: repeat };
      used = repeat ? heights[title] : 0;
    }
    page.rows.push(i);
    used += heights[i];
  });
  if (page.rows.length) pages.push(page);
  return pages;
}
