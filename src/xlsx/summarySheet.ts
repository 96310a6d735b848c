/**
 * SummaryLayout -> worksheet XML (SpreadsheetML), styles appended to the workbook's stylesheet: the
 * look of the Office.js writer (Times New Roman 13, A4 landscape, NĐ 30 margins, fit to width, print
 * titles, page breaks, "9.737" counts, shaded below-target rows). Text goes in as inline strings, so
 * nothing is appended to the shared strings and no text is ever read as a formula.
 */
import { columnLetter } from '../core';
import {
  BASE_SIZE,
  BELOW_FILL,
  CHART_DATA_COL,
  FONT_NAME,
  HEADER_FILL,
  placeRow,
  STYLES,
  type LayoutCell,
  type SummaryLayout,
} from '../core';
import type { StyleBook } from './styleBook';
import { escapeXml } from './xml';

/** Excel refuses a cell holding more text than this. */
export const MAX_CELL_TEXT = 32_767;

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function cellText(s: string): string {
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}

export function solidFill(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const THIN_BORDER =
  '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
  '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>';

/** One cell format per look, shared by every cell that has it. */
function styleIndex(book: StyleBook, lc: LayoutCell): number {
  const spec = STYLES[lc.style];
  const bold = lc.bold ?? spec.bold;
  const font = book.font(
    `<font>${bold ? '<b/>' : ''}${spec.italic ? '<i/>' : ''}<sz val="${spec.size ?? BASE_SIZE}"/><name val="${FONT_NAME}"/><family val="1"/></font>`,
  );
  const fillColor = lc.shaded ? BELOW_FILL : lc.style === 'th' ? HEADER_FILL : null;
  const fill = fillColor ? book.fill(solidFill(fillColor)) : 0;
  const border = spec.border ? book.border(THIN_BORDER) : 0;
  const numFmt = spec.numFmt && typeof lc.value === 'number' ? book.numFmt(spec.numFmt) : 0;
  const align = `<alignment horizontal="${spec.align ?? 'general'}" vertical="center"${spec.wrap ? ' wrapText="1"' : ''}/>`;
  return book.xf(
    `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1"` +
      `${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${numFmt ? ' applyNumberFormat="1"' : ''} applyAlignment="1">${align}</xf>`,
  );
}

function cellXml(ref: string, value: string | number | null, s: number): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value)))
    return `<c r="${ref}" s="${s}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(value))}</t></is></c>`;
}

export interface SummarySheetXml {
  xml: string;
  /** Printed area, for the _xlnm.Print_Area name ("$A$1:$M$40"). */
  printArea: string;
  /** Rows repeated on every printed page ("$5:$6"), if any. */
  printTitles: string | null;
}

/** The summary worksheet; `drawingRelId` links the charts' drawing when there are charts. */
export function summarySheetXml(
  layout: SummaryLayout,
  book: StyleBook,
  drawingRelId: string | null,
): SummarySheetXml {
  const rows: string[] = [];
  const merges: string[] = [];
  const breaks: number[] = [];
  let width = 1;
  // One look per (style, shading, bold, number): 150,000 cells of a 5,000-unit summary share a few dozen.
  const looks = new Map<string, number>();
  const look = (lc: LayoutCell) => {
    const key = `${lc.style}|${lc.shaded ? 1 : 0}|${lc.bold ?? ''}|${typeof lc.value === 'number' ? 1 : 0}`;
    let s = looks.get(key);
    if (s === undefined) looks.set(key, (s = styleIndex(book, lc)));
    return s;
  };
  let percentStyle = -1;
  let textStyle = -1;
  layout.rows.forEach((row, i) => {
    const r = i + 1;
    if (row.pageBreakBefore && r > 1) breaks.push(r - 1);
    const cells: string[] = [];
    for (const { col, span, cell: lc } of placeRow(row.cells)) {
      const s = look(lc);
      cells.push(cellXml(`${columnLetter(col)}${r}`, lc.value, s));
      for (let k = 1; k < span; k++) cells.push(`<c r="${columnLetter(col + k)}${r}" s="${s}"/>`);
      if (span > 1) merges.push(`${columnLetter(col)}${r}:${columnLetter(col + span - 1)}${r}`);
      width = Math.max(width, col + span);
    }
    // Chart data beside the tables, off the printed area: names as text, rates and targets as numbers.
    if (drawingRelId && row.chartData) {
      if (percentStyle < 0) {
        // The summary's font here too: the block is not printed but shows when the officer scrolls right.
        const font = book.font(
          `<font><sz val="${BASE_SIZE}"/><name val="${FONT_NAME}"/><family val="1"/></font>`,
        );
        const xf = (numFmtId: number) =>
          book.xf(
            `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>`,
          );
        percentStyle = xf(10);
        textStyle = xf(49);
      }
      row.chartData.forEach((v, k) => {
        const ref = `${columnLetter(CHART_DATA_COL + k)}${r}`;
        cells.push(cellXml(ref, v, typeof v === 'number' ? percentStyle : textStyle));
      });
    }
    const height = row.height ? ` ht="${Math.min(row.height, 409)}" customHeight="1"` : '';
    rows.push(cells.length || height ? `<row r="${r}"${height}>${cells.join('')}</row>` : '');
  });
  const printWidth = layout.printWidth ?? width;
  const last = `${columnLetter(Math.max(width, printWidth) - 1)}${Math.max(1, layout.rows.length)}`;
  const cols = layout.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const m = layout.page.margins;
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><tabColor rgb="FF1F6F43"/><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`
      : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${layout.page.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '') +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    '</worksheet>';
  return {
    xml,
    printArea: `$A$1:$${columnLetter(printWidth - 1)}$${Math.max(1, layout.rows.length)}`,
    printTitles: layout.printTitleRows ? `$${layout.printTitleRows[0]}:$${layout.printTitleRows[1]}` : null,
  };
}
