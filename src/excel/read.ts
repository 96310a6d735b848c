/**
 * Reads worksheets of any size into grids. Sync count does not grow with rows: one sync for the sheet
 * list, one for the used ranges' sizes, the cells in batches whose estimated response stays near
 * BATCH_BUDGET (Excel on the web refuses a request or response above 5 MB), then merged areas where
 * Excel can list them. A workbook under the budget is read in four syncs whatever its row count; a
 * bigger one takes one more sync per ~2 MB of cells, never one per row.
 */
import {
  areaAddress,
  parseAreaList,
  type CellValue,
  type Grid,
  type MergeArea,
  type ReadProgress,
} from '../core';
import { type Capabilities } from './capabilities';
import { type SheetRef, type WorkbookMap, queueWorkbookMap, readWorkbookMap, usedRange } from './sheets';

/** Estimated response bytes per cell: a JSON value plus its number format, with room for text. */
export const AVG_CELL_BYTES = 48;
/** Target response size of one sync: well under the 5 MB limit, so estimates may be off 2x. */
export const BATCH_BUDGET = 2 * 1024 * 1024;

/** A block of whole rows of one sheet's used range (absolute 0-based sheet coordinates). */
export interface Chunk {
  sheet: number;
  top: number;
  rows: number;
  left: number;
  columns: number;
}

interface UsedBox {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export function chunkRows(columns: number, budget = BATCH_BUDGET): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * AVG_CELL_BYTES)));
}

/** Splits each used range into row blocks, then packs the blocks into batches within the budget. */
export function planBatches(boxes: (UsedBox | null)[], budget = BATCH_BUDGET): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let bytes = 0;
  boxes.forEach((box, sheet) => {
    if (!box) return;
    const step = chunkRows(box.columns, budget);
    for (let top = box.top; top < box.top + box.rows; top += step) {
      const chunk = {
        sheet,
        top,
        rows: Math.min(step, box.top + box.rows - top),
        left: box.left,
        columns: box.columns,
      };
      const size = chunk.rows * chunk.columns * AVG_CELL_BYTES;
      if (current.length > 0 && bytes + size > budget) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(chunk);
      bytes += size;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Excel error literals as Office.js returns them in `values` (cheaper than loading valueTypes too). */
const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/** True when a number format shows a date or time (so the serial number is a date, as ExcelJS reads it). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare);
}

const EXCEL_EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system
const MS_PER_DAY = 86_400_000;

/** One cell as the engine wants it: empty and merge-covered cells are null, errors are CellError. */
export function toCellValue(raw: unknown, format: string | null): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    return isDateFormat(format) ? new Date(Math.round((raw - EXCEL_EPOCH_SERIAL) * MS_PER_DAY)) : raw;
  }
  if (typeof raw === 'string') return ERROR_LITERALS.has(raw) ? { error: raw } : raw;
  if (typeof raw === 'boolean') return raw;
  return String(raw);
}

/** Parses RangeAreas.address ("'Tháng 4'!A7:A9, 'Tháng 4'!B7:C7") of a sheet whose name we know. */
export function parseMergedAddress(address: string, sheetName: string): MergeArea[] {
  return parseAreaList(address, sheetName).map((area) => {
    if (!area) throw new Error(`Địa chỉ vùng gộp không hợp lệ: ${address}`);
    return area;
  });
}

/** Older builds of Excel on the web answer an oversized payload with GeneralException. */
const PAYLOAD_ERRORS = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'GeneralException',
]);

function isPayloadError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && PAYLOAD_ERRORS.has((e as { code?: string }).code ?? '');
}

function halve(chunk: Chunk): Chunk[] {
  const first = Math.ceil(chunk.rows / 2);
  return [
    { ...chunk, rows: first },
    { ...chunk, top: chunk.top + first, rows: chunk.rows - first },
  ];
}

interface LoadedChunk {
  chunk: Chunk;
  values: unknown[][];
  formats: string[][];
}

/**
 * Loads a batch of chunks in one sync. The byte estimate can be wrong (long texts); when Excel refuses
 * the payload, the batch is retried as two halves, down to single rows (a read changes nothing, so a
 * GeneralException that was not about size costs only the retries before it is passed on).
 */
async function loadBatch(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  batch: Chunk[],
): Promise<LoadedChunk[]> {
  const ranges = batch.map((c) =>
    sheets[c.sheet].getRange(areaAddress(c.top, c.left, c.rows, c.columns)).load('values,numberFormat'),
  );
  try {
    await context.sync();
  } catch (e) {
    const splittable = batch.some((c) => c.rows > 1);
    if (!isPayloadError(e) || !splittable) throw e;
    const halves = batch.flatMap((c) => (c.rows > 1 ? halve(c) : [c]));
    const middle = Math.ceil(halves.length / 2);
    return [
      ...(await loadBatch(context, sheets, halves.slice(0, middle))),
      ...(await loadBatch(context, sheets, halves.slice(middle))),
    ];
  }
  return batch.map((chunk, i) => ({
    chunk,
    values: ranges[i].values,
    formats: ranges[i].numberFormat as string[][],
  }));
}

function emptyGrid(name: string, caps: Capabilities): Grid {
  return { name, values: [], merges: [], ...(caps.mergedAreas ? {} : { mergesUnknown: true }) };
}

/** Writes a loaded chunk into its grid at the chunk's absolute position. */
function place(grid: Grid, numFmts: (string | null)[][], loaded: LoadedChunk): void {
  const { chunk, values, formats } = loaded;
  const lead: null[] = new Array(chunk.left).fill(null);
  for (let i = 0; i < chunk.rows; i++) {
    const fmtRow = formats[i].map((f) => (f === 'General' ? null : f));
    grid.values[chunk.top + i] = [...lead, ...values[i].map((v, j) => toCellValue(v, fmtRow[j]))];
    numFmts[chunk.top + i] = [...lead, ...fmtRow];
  }
}

/** A sheet whose cells are all empty reads as no rows, as ExcelJS reads it. */
function finish(grid: Grid, numFmts: (string | null)[][]): Grid {
  for (let r = 0; r < grid.values.length; r++) grid.values[r] ??= [];
  if (!grid.values.some((row) => row.some((v) => v !== null))) return { ...grid, values: [] };
  return { ...grid, numFmts: Array.from({ length: grid.values.length }, (_, r) => numFmts[r] ?? []) };
}

export async function readSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  pick: (map: WorkbookMap) => SheetRef[],
  onProgress?: (done: number, total: number, step?: ReadProgress) => void,
): Promise<Grid[]> {
  const loaded = queueWorkbookMap(context, caps);
  await context.sync();
  const refs = pick(readWorkbookMap(loaded));
  const sheets = refs.map((ref) => context.workbook.worksheets.getItem(ref.name));
  const used = sheets.map((s) => usedRange(s, caps).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();

  const boxes = used.map((r): UsedBox | null =>
    r.isNullObject
      ? null
      : { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, columns: r.columnCount },
  );
  const grids = refs.map((ref) => emptyGrid(ref.name, caps));
  const numFmts: (string | null)[][][] = refs.map(() => []);
  const batches = planBatches(boxes);
  const totalRows = boxes.reduce((n, b) => n + (b?.rows ?? 0), 0);
  let rowsRead = 0;
  // A sheet is done once the last batch holding one of its chunks is in; empty sheets are done at once.
  const lastBatch = new Map<number, number>();
  batches.forEach((batch, b) => batch.forEach((c) => lastBatch.set(c.sheet, b)));
  for (let b = 0; b < batches.length; b++) {
    for (const loaded of await loadBatch(context, sheets, batches[b])) {
      place(grids[loaded.chunk.sheet], numFmts[loaded.chunk.sheet], loaded);
      rowsRead += loaded.chunk.rows;
    }
    const pending = [...lastBatch.values()].filter((last) => last > b).length;
    onProgress?.(refs.length - pending, refs.length, { phase: 'cells', fraction: rowsRead / totalRows });
  }
  await readMergedAreas(context, caps, sheets, boxes, grids);
  onProgress?.(refs.length, refs.length, { phase: 'merges', fraction: 1 });
  return grids.map((g, i) => finish(g, numFmts[i]));
}

/**
 * One more sync, only where Excel can list merged areas (ExcelApi 1.13) and a sheet has cells. Excel
 * lists only the areas whose top-left cell lies inside the range asked (office-js#3611), so the range
 * runs from A1 to the used range's far corner: a merged header that starts outside the values counts
 * (grids keep sheet coordinates, so the area is kept whole).
 */
async function readMergedAreas(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheets: Excel.Worksheet[],
  boxes: (UsedBox | null)[],
  grids: Grid[],
): Promise<void> {
  if (!caps.mergedAreas || boxes.every((b) => b === null)) return;
  const areas = boxes.map((b, i) =>
    b
      ? sheets[i]
          .getRange(areaAddress(0, 0, b.top + b.rows, b.left + b.columns))
          .getMergedAreasOrNullObject()
          .load('address')
      : null,
  );
  await context.sync();
  areas.forEach((a, i) => {
    if (a && !a.isNullObject) grids[i].merges = parseMergedAddress(a.address, grids[i].name);
  });
}
