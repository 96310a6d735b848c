/** SummaryLayout -> an ExcelJS worksheet: values, merges, fonts, borders, fills, page setup. */
import type ExcelJS from 'exceljs';
import {
  BELOW_FILL,
  FONT_NAME,
  BASE_SIZE,
  HEADER_FILL,
  STYLES,
  type LayoutCell,
  type SummaryLayout,
} from '../core';

const THIN = { style: 'thin' as const };

/**
 * One style object per look, shared by every cell that has it: building a fresh font, alignment and
 * border for each of 150,000 cells of a 5,000-unit summary was most of the write time.
 */
const styles = new Map<string, Partial<ExcelJS.Style>>();

function styleOf(lc: LayoutCell): Partial<ExcelJS.Style> {
  const key = `${lc.style}|${lc.shaded ? 1 : 0}|${lc.bold ? 1 : 0}|${typeof lc.value === 'number' ? 1 : 0}`;
  let style = styles.get(key);
  if (style) return style;
  const spec = STYLES[lc.style];
  style = {
    font: { name: FONT_NAME, size: spec.size ?? BASE_SIZE, bold: lc.bold ?? spec.bold, italic: spec.italic },
    alignment: { horizontal: spec.align, vertical: 'middle', wrapText: spec.wrap },
  };
  if (spec.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.numFmt && typeof lc.value === 'number') style.numFmt = spec.numFmt;
  const fill = lc.shaded ? BELOW_FILL : lc.style === 'th' ? HEADER_FILL : null;
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + fill } };
  styles.set(key, style);
  return style;
}

export function writeLayout(ws: ExcelJS.Worksheet, layout: SummaryLayout): void {
  ws.columns = layout.columnWidths.map((width) => ({ width }));
  layout.rows.forEach((row, i) => {
    const r = i + 1;
    const xr = ws.getRow(r);
    if (row.height) xr.height = row.height;
    if (row.pageBreakBefore && r > 1) ws.getRow(r - 1).addPageBreak();
    let col = 1;
    for (const lc of row.cells) {
      const span = lc.span ?? 1;
      const c = ws.getCell(r, col);
      // Strings go in as shared strings: never parsed as formulas, whatever they start with.
      if (lc.value !== null) c.value = lc.value;
      const style = styleOf(lc);
      for (let k = 0; k < span; k++) ws.getCell(r, col + k).style = style;
      if (span > 1) ws.mergeCells(r, col, r, col + span - 1);
      col += span;
    }
    // No chart data here: ExcelJS cannot draw charts, and LibreOffice would print the bare block.
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: layout.page.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { ...layout.page.margins, header: 0.3, footer: 0.3 },
    printTitlesRow: layout.printTitleRows
      ? `${layout.printTitleRows[0]}:${layout.printTitleRows[1]}`
      : undefined,
  };
}
