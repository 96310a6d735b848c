/**
 * Writes the summary sheet: the sheet list (to find our previous summary and free names), the new sheet
 * in as few requests as the 5 MB limit allows, one small batch that swaps it in, then the guarded
 * refinements. A user's sheet is never replaced: only the sheet our mark points at (sheets.ts) is
 * deleted; a clash of names gets "(2)", "(3)"...
 */
import {
  areaAddress,
  BASE_SIZE,
  BELOW_FILL,
  CHART_DATA_COL,
  FONT_NAME,
  freeSheetName,
  HEADER_FILL,
  placeCells,
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
  shadedBlocks,
} from './layout-plan';
import { SUMMARY_NAME, ownSummary, queueWorkbookMap, readWorkbookMap, recordOwnSummary } from './sheets';
import { RequestBudget, REQUEST_BUDGET, jsonBytes } from './request-budget';
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

/** Queues a block's look; returns the number of range operations queued (for the request budget). */
function applyLook(range: Excel.Range, block: Block): number {
  const { look } = block;
  const format = range.format;
  const aligned = { left: 'Left', right: 'Right', center: 'Center' } as const;
  const edges = look.border ? edgesOf(block) : [];
  if (look.size !== undefined && look.size !== BASE_SIZE) format.font.size = look.size;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.align) format.horizontalAlignment = aligned[look.align];
  if (look.wrap) format.wrapText = true;
  for (const edge of edges) format.borders.getItem(edge).style = 'Continuous';
  if (look.styleId === 'th') format.fill.color = `#${HEADER_FILL}`;
  const sized = look.size !== undefined && look.size !== BASE_SIZE;
  return (
    [sized, look.bold, look.italic, look.align, look.wrap, look.styleId === 'th'].filter(Boolean).length +
    edges.length
  );
}

/**
 * Spanned cells are merged where Excel can (ExcelApi 1.2). Elsewhere a centred span is centred across
 * the selection, which looks the same on screen and paper, and a left-aligned one overflows unwrapped.
 */
async function applySpans(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  caps: Capabilities,
  budget: RequestBudget,
): Promise<void> {
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
    await budget.spend(1);
  }
}

async function applySizes(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  caps: Capabilities,
  budget: RequestBudget,
): Promise<void> {
  if (!caps.sizing) return;
  for (const [col, chars] of layout.columnWidths.entries()) {
    sheet.getRange(areaAddress(0, col, 1, 1)).getEntireColumn().format.columnWidth = columnWidthPoints(chars);
    await budget.spend(1);
  }
  for (const [row, r] of layout.rows.entries()) {
    if (r.height === undefined) continue;
    sheet.getRange(areaAddress(row, 0, 1, 1)).getEntireRow().format.rowHeight = r.height;
    await budget.spend(1);
  }
}

/**
 * Print setup and frozen title rows, queued once the sheet is active: Excel may not apply fit-to-pages
 * to an inactive sheet, and freezeRows there fails. `verticalFitToPages: null` is the documented "as
 * many pages as needed".
 */
function queuePage(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
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
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: null as unknown as number };
    layout.rows.forEach((r, row) => {
      if (r.pageBreakBefore && row > 0) sheet.horizontalPageBreaks.add(areaAddress(row, 0, 1, 1));
    });
  }
}

function queueFreeze(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
  if (caps.freezePanes && layout.printTitleRows) sheet.freezePanes.freezeRows(layout.printTitleRows[1]);
}

/** Excel's Text format: a label such as "1" (of "Phường 1"), "-A" or "3/2" stays text, not a number. */
const TEXT_FORMAT = '@';
const RATE_FORMAT = '0.00%';

/**
 * Chart data beside the tables (names as text, rates and targets as numbers, off the printed area).
 * The number formats go out before the values in every row, header included: Excel parses assigned
 * values as typed input, so a label would otherwise become a number, a formula or a date.
 */
async function queueChartData(sheet: Excel.Worksheet, layout: SummaryLayout, budget: RequestBudget) {
  for (const [row, r] of layout.rows.entries()) {
    if (!r.chartData) continue;
    const range = sheet.getRange(areaAddress(row, CHART_DATA_COL, 1, r.chartData.length));
    range.numberFormat = [
      r.chartData.map((v, i) => (i > 0 && typeof v === 'number' ? RATE_FORMAT : TEXT_FORMAT)),
    ];
    range.values = [r.chartData];
    await budget.spend(2, 2 * jsonBytes(r.chartData));
  }
}

/**
 * One native chart per indicator: units' rates as columns, the target as a line along them (ExcelApi
 * 1.7); a line series on horizontal bars would run across the other axis.
 */
function queueCharts(sheet: Excel.Worksheet, layout: SummaryLayout, caps: Capabilities): void {
  for (const spec of layout.charts ?? []) {
    const rows = spec.lastRow - spec.firstRow + 1;
    const data = sheet.getRange(areaAddress(spec.firstRow - 1, CHART_DATA_COL, rows, 3));
    const chart = sheet.charts.add('ColumnClustered', data, 'Columns');
    chart.title.text = spec.title;
    const left = layout.printWidth ?? layoutWidth(layout);
    chart.setPosition(
      sheet.getRange(areaAddress(spec.firstRow - 1, left + 1, 1, 1)),
      sheet.getRange(areaAddress(spec.firstRow - 1 + Math.max(rows, 14), left + 8, 1, 1)),
    );
    if (caps.chartTypes) chart.series.getItemAt(1).chartType = 'Line';
  }
}

/**
 * Queues the sheet's cells and looks: text formats before values, so formula-looking text stays text.
 * Values go out in row blocks and every operation is counted, so each request stays under the budget
 * whatever the number of units.
 */
async function queueSheet(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  caps: Capabilities,
  budget: RequestBudget,
): Promise<void> {
  const width = layoutWidth(layout);
  if (layout.rows.length > 0) {
    const { values, formats } = cellMatrices(layout, width);
    let first = 0;
    let bytes = 0;
    for (let r = 0; r < values.length; r++) {
      bytes += jsonBytes(values[r]) + jsonBytes(formats[r]);
      if (r < values.length - 1 && bytes < REQUEST_BUDGET / 2) continue;
      const block = sheet.getRange(areaAddress(first, 0, r + 1 - first, width));
      block.numberFormat = formats.slice(first, r + 1);
      block.values = values.slice(first, r + 1);
      await budget.spend(2, bytes);
      first = r + 1;
      bytes = 0;
    }
    const whole = sheet.getRange(areaAddress(0, 0, layout.rows.length, width));
    whole.format.font.name = FONT_NAME;
    whole.format.font.size = BASE_SIZE;
    whole.format.verticalAlignment = 'Center';
    await budget.spend(3);
    const area = (b: Block) => sheet.getRange(areaAddress(b.row, b.col, b.rows, b.columns));
    for (const b of formatBlocks(layout)) await budget.spend(applyLook(area(b), b));
    for (const b of shadedBlocks(layout)) {
      area(b).format.fill.color = `#${BELOW_FILL}`;
      await budget.spend(1);
    }
    await applySpans(sheet, layout, caps, budget);
  }
  await applySizes(sheet, layout, caps, budget);
  await queueChartData(sheet, layout, budget);
}

/** The name the new summary is built under until it replaces the old one. */
const BUILDING_NAME = 'Tổng hợp CCHC (đang ghi)';

/**
 * Writes the summary without ever leaving a half-written one: Office.js batches are not transactional
 * and AutoSave keeps whatever a failed batch left. The new sheet is built under a temporary name; only
 * when it is complete does one small batch re-point our defined name, delete the old summary, rename,
 * position and activate the new one. Print setup, frozen rows and charts follow in their own syncs, each
 * guarded: a refusal there costs the refinement, not the summary.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  caps: Capabilities,
  store: DocumentStore,
  layout: SummaryLayout,
): Promise<{ sheetName: string }> {
  const loaded = queueWorkbookMap(context, caps);
  await context.sync();
  const map = readWorkbookMap(loaded);
  const previous = ownSummary(map, store);
  const others = map.sheets.filter((s) => s !== previous).map((s) => s.name);
  const building = freeSheetName(
    BUILDING_NAME,
    map.sheets.map((s) => s.name),
  );
  const name = freeSheetName(layout.sheetName, [...others, building]);

  const sheet = context.workbook.worksheets.add(building);
  try {
    const budget = new RequestBudget(() => context.sync());
    await queueSheet(sheet, layout, caps, budget);
    await budget.sync();
  } catch (e) {
    await discard(context, building);
    throw e;
  }

  markAsOurs(context, caps, map.hasSummaryName, sheet);
  if (previous) context.workbook.worksheets.getItem(previous.id).delete();
  sheet.name = name;
  if (previous) sheet.position = previous.position;
  sheet.activate();
  sheet.load('id,name');
  await context.sync();

  await guarded(context, () => queuePage(sheet, layout, caps));
  await guarded(context, () => queueFreeze(sheet, layout, caps));
  await guarded(context, () => queueCharts(sheet, layout, caps));

  if (!caps.definedNames) {
    recordOwnSummary(store, sheet.id);
    await store.save();
  }
  return { sheetName: sheet.name };
}

/** Removes the half-built sheet after a failure; if even that fails, the first error is the one to tell. */
async function discard(context: Excel.RequestContext, building: string): Promise<void> {
  try {
    context.workbook.worksheets.getItem(building).delete();
    await context.sync();
  } catch {
    // The workbook refuses every change (closed, protected): nothing more can be done from here.
  }
}

/** One sync for a refinement Excel may refuse (known errors of freezeRows, print setup on some hosts). */
async function guarded(context: Excel.RequestContext, queue: () => void): Promise<void> {
  try {
    queue();
    await context.sync();
  } catch {
    // The summary is complete and marked; only this refinement is missing.
  }
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
