/**
 * Writes the summary sheet. Two syncs whatever the layout's size: the sheet list (to find our previous
 * summary and free names), then every operation of the new sheet in one batch. A user's sheet is never
 * replaced: only the sheet our mark points at (sheets.ts) is deleted; a clash of names gets "(2)", "(3)"...
 */
import {
  areaAddress,
  BASE_SIZE,
  BELOW_FILL,
  CHART_DATA_COL,
  FONT_NAME,
  freeSheetName,
  HEADER_FILL,
  type SummaryLayout,
} from '../core';
import { type Capabilities } from './capabilities';
import {
  type Block,
  cellMatrices,
  columnWidthPoints,
  formatBlocks,
  layoutWidth,
  lookOf,
  placeCells,
  shadedBlocks,
} from './layout-plan';
import { SUMMARY_NAME, ownSummary, queueWorkbookMap, readWorkbookMap, recordOwnSummary } from './sheets';
import { type DocumentStore } from './store';

const POINTS_PER_INCH = 72;

type Edge = Parameters<Excel.RangeBorderCollection['getItem']>[0];

/** Inside borders only where the block has more than one row or column. */
function edgesOf(block: Block): Edge[] {
  const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (block.columns > 1) edges.push('InsideVertical');
  if (block.rows > 1) edges.push('InsideHorizontal');
  return edges;
}

function applyLook(range: Excel.Range, block: Block): void {
  const { look } = block;
  const format = range.format;
  if (look.size !== undefined && look.size !== BASE_SIZE) format.font.size = look.size;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.align)
    format.horizontalAlignment = look.align === 'left' ? 'Left' : look.align === 'right' ? 'Right' : 'Center';
  if (look.wrap) format.wrapText = true;
  if (look.border) for (const edge of edgesOf(block)) format.borders.getItem(edge).style = 'Continuous';
  if (look.styleId === 'th') format.fill.color = `#${HEADER_FILL}`;
}

/**
 * Spanned cells are merged where Excel can (ExcelApi 1.2). Elsewhere a centred span is centred across
 * the selection, which looks the same on screen and paper, and a left-aligned one overflows unwrapped.
 */
function applySpans(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
  for (const { row, col, span, cell } of placeCells(layout)) {
    if (span < 2) continue;
    const range = sheet.getRange(areaAddress(row, col, 1, span));
    if (caps.merge) {
      range.merge(false);
    } else if (lookOf(cell).align === 'center') {
      range.format.horizontalAlignment = 'CenterAcrossSelection';
    } else {
      range.format.wrapText = false;
    }
  }
}

function applySizes(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
  if (!caps.sizing) return;
  layout.columnWidths.forEach((chars, col) => {
    sheet.getRange(areaAddress(0, col, 1, 1)).getEntireColumn().format.columnWidth = columnWidthPoints(chars);
  });
  layout.rows.forEach((r, row) => {
    if (r.height !== undefined)
      sheet.getRange(areaAddress(row, 0, 1, 1)).getEntireRow().format.rowHeight = r.height;
  });
}

function applyPage(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
  if (caps.pageLayout) {
    const page = sheet.pageLayout;
    page.orientation = layout.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    page.topMargin = layout.page.margins.top * POINTS_PER_INCH;
    page.bottomMargin = layout.page.margins.bottom * POINTS_PER_INCH;
    page.leftMargin = layout.page.margins.left * POINTS_PER_INCH;
    page.rightMargin = layout.page.margins.right * POINTS_PER_INCH;
    if (layout.printTitleRows)
      page.setPrintTitleRows(`$${layout.printTitleRows[0]}:$${layout.printTitleRows[1]}`);
    if (layout.printWidth)
      page.setPrintArea(areaAddress(0, 0, Math.max(1, layout.rows.length), layout.printWidth));
    // One page wide, as many tall as needed; each indicator table after the first starts a page.
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.rows.forEach((r, row) => {
      if (r.pageBreakBefore && row > 0) sheet.horizontalPageBreaks.add(areaAddress(row, 0, 1, 1));
    });
  }
  if (caps.freezePanes && layout.printTitleRows) sheet.freezePanes.freezeRows(layout.printTitleRows[1]);
}

/**
 * Chart data beside the tables (names, rates and targets as numbers, off the printed area) and one
 * native bar chart per indicator; on ExcelApi 1.7 the target series is drawn as a line.
 */
function queueCharts(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
  layout.rows.forEach((r, row) => {
    if (!r.chartData) return;
    const range = sheet.getRange(areaAddress(row, CHART_DATA_COL, 1, r.chartData.length));
    range.values = [r.chartData];
    if (typeof r.chartData[1] === 'number')
      range.numberFormat = [r.chartData.map((_, i) => (i ? '0.00%' : '@'))];
  });
  for (const spec of layout.charts ?? []) {
    const rows = spec.lastRow - spec.firstRow + 1;
    const data = sheet.getRange(areaAddress(spec.firstRow - 1, CHART_DATA_COL, rows, 3));
    const chart = sheet.charts.add('BarClustered', data, 'Columns');
    chart.title.text = spec.title;
    const left = layout.printWidth ?? layoutWidth(layout);
    chart.setPosition(
      sheet.getRange(areaAddress(spec.firstRow - 1, left + 1, 1, 1)),
      sheet.getRange(areaAddress(spec.firstRow - 1 + Math.max(rows, 14), left + 8, 1, 1)),
    );
    if (caps.chartTypes) chart.series.getItemAt(1).chartType = 'Line';
  }
}

/** Requests stay well under Excel on the web's 5 MB: values and formats go out in blocks of about this. */
export const WRITE_BATCH_BYTES = 2 * 1024 * 1024;

/**
 * Queues the whole sheet: text formats before values, so formula-looking text stays text. A summary of
 * a few hundred units is one request; thousands of units are split into row blocks, each synced
 * (`flush`) once about WRITE_BATCH_BYTES are queued, never one per row.
 */
async function queueSheet(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  caps: Capabilities,
  flush: () => Promise<void>,
): Promise<void> {
  const width = layoutWidth(layout);
  if (layout.rows.length > 0) {
    const { values, formats } = cellMatrices(layout, width);
    let first = 0;
    let bytes = 0;
    for (let r = 0; r <= values.length; r++) {
      const end = r === values.length;
      if (!end) bytes += JSON.stringify(values[r]).length + JSON.stringify(formats[r]).length;
      if (!end && bytes < WRITE_BATCH_BYTES) continue;
      const last = end ? r : r + 1;
      if (last > first) {
        const block = sheet.getRange(areaAddress(first, 0, last - first, width));
        block.numberFormat = formats.slice(first, last);
        block.values = values.slice(first, last);
      }
      first = last;
      if (!end) {
        await flush();
        bytes = 0;
      }
    }
    const whole = sheet.getRange(areaAddress(0, 0, layout.rows.length, width));
    whole.format.font.name = FONT_NAME;
    whole.format.font.size = BASE_SIZE;
    whole.format.verticalAlignment = 'Center';
    const area = (b: Block) => sheet.getRange(areaAddress(b.row, b.col, b.rows, b.columns));
    for (const b of formatBlocks(layout)) applyLook(area(b), b);
    for (const b of shadedBlocks(layout)) area(b).format.fill.color = `#${BELOW_FILL}`;
    applySpans(sheet, layout, caps);
  }
  applySizes(sheet, layout, caps);
  applyPage(sheet, layout, caps);
  queueCharts(sheet, layout, caps);
}

export async function writeSummary(
  context: Excel.RequestContext,
  caps: Capabilities,
  store: DocumentStore,
  layout: SummaryLayout,
): Promise<{ sheetName: string }> {
  const loaded = queueWorkbookMap(context);
  await context.sync();
  const map = readWorkbookMap(loaded);
  const previous = ownSummary(map, store);
  const name = freeSheetName(
    layout.sheetName,
    map.sheets.filter((s) => s !== previous).map((s) => s.name),
  );

  if (previous) context.workbook.worksheets.getItem(previous.name).delete();
  const sheet = context.workbook.worksheets.add(name);
  if (previous) sheet.position = previous.position;
  await queueSheet(sheet, layout, caps, () => context.sync());
  markAsOurs(context, caps, map.hasSummaryName, sheet);
  sheet.activate();
  sheet.load('id,name');
  await context.sync();

  if (!caps.definedNames) {
    recordOwnSummary(store, sheet.id);
    await store.save();
  }
  return { sheetName: sheet.name };
}

/** Points the shared defined name at the new sheet (the old one went #REF! with the old sheet). */
function markAsOurs(
  context: Excel.RequestContext,
  caps: Capabilities,
  hasName: boolean,
  sheet: Excel.Worksheet,
): void {
  if (!caps.definedNames) return;
  if (hasName) context.workbook.names.getItem(SUMMARY_NAME).delete();
  context.workbook.names.add(SUMMARY_NAME, sheet.getRange('A1'));
}
