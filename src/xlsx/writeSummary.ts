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
} from '../core/summary/layout';

const THIN = { style: 'thin' as const };

function styleCell(c: ExcelJS.Cell, lc: LayoutCell): void {
  const spec = STYLES[lc.style];
  c.font = { name: FONT_NAME, size: spec.size ?? BASE_SIZE, bold: lc.bold ?? spec.bold, italic: spec.italic };
  c.alignment = { horizontal: spec.align, vertical: 'middle', wrapText: spec.wrap };
  if (spec.border) c.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.numFmt && typeof lc.value === 'number') c.numFmt = spec.numFmt;
  const fill = lc.shaded ? BELOW_FILL : lc.style === 'th' ? HEADER_FILL : null;
  if (fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + fill } };
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
      for (let k = 0; k < span; k++) styleCell(ws.getCell(r, col + k), lc);
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
