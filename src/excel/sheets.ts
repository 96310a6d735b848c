/**
 * The workbook's sheet list and which sheet is the add-in's own summary. The mark is the one the
 * file host writes too (src/xlsx): a defined name pointing at A1 of the summary, so a file summarized
 * by the command line or the web page is recognized here and the other way round. Excel keeps the name
 * pointing at the sheet through renames and turns it into #REF! when the sheet goes, so a user's sheet
 * that merely has the summary's name is never taken for ours. Where names cannot be written (ExcelApi
 * below 1.4) the sheet id is recorded in the document store instead.
 */
import type { SheetInfo } from '../core';
import { parseArea, SETTINGS_SHEET, splitReference, SUMMARY_MARKER, SUMMARY_NAME } from '../core';
import { type Capabilities } from './capabilities';
import { type DocumentStore, STORE_KEYS } from './store';

export { SETTINGS_SHEET, SUMMARY_NAME };

export interface SheetRef {
  id: string;
  name: string;
  position: number;
  /** Hidden or very hidden: not the officer's data, and Excel cannot select a cell there. */
  hidden: boolean;
}

export interface WorkbookMap {
  sheets: SheetRef[];
  /** The sheet our defined name points at, when it still exists. */
  namedSummary: string | null;
  /** True when the defined name exists (possibly as #REF!) and must be replaced, not added. */
  hasSummaryName: boolean;
}

interface SummaryRecord {
  marker: typeof SUMMARY_MARKER;
  sheetId: string;
}

/**
 * Queues loading of the worksheets and our defined name; call `readWorkbookMap` after the sync. Where
 * Excel has null objects (1.4) only our name is asked for, so a workbook with thousands of names
 * answers in a few hundred bytes; older Excel lists them all.
 */
export function queueWorkbookMap(context: Excel.RequestContext, caps: Capabilities) {
  const names = context.workbook.names;
  return {
    sheets: context.workbook.worksheets.load('items/id,items/name,items/position,items/visibility'),
    name: caps.nullObjects ? names.getItemOrNullObject(SUMMARY_NAME).load('value') : null,
    names: caps.nullObjects ? null : names.load('items/name,items/value'),
  };
}

/** "='Tổng hợp CCHC'!$A$1" (or without "=") -> "Tổng hợp CCHC"; null for #REF! and other shapes. */
export function sheetOfReference(value: unknown): string | null {
  const ref = splitReference(String(value ?? ''));
  const at = ref && parseArea(ref.address);
  return at && at.top === 0 && at.left === 0 && at.bottom === 0 && at.right === 0 ? ref.sheet : null;
}

export function readWorkbookMap(loaded: ReturnType<typeof queueWorkbookMap>): WorkbookMap {
  const value = loaded.name
    ? loaded.name.isNullObject
      ? undefined
      : loaded.name.value
    : loaded.names?.items.find((n) => n.name === SUMMARY_NAME)?.value;
  return {
    sheets: loaded.sheets.items.map((s) => ({
      id: s.id,
      name: s.name,
      position: s.position,
      hidden: s.visibility !== 'Visible',
    })),
    namedSummary: value === undefined ? null : sheetOfReference(value),
    hasSummaryName: value !== undefined,
  };
}

/** Our summary sheet: the one the defined name points at, else the one recorded by id. */
export function ownSummary(map: WorkbookMap, store: DocumentStore): SheetRef | undefined {
  const named = map.sheets.find((s) => s.name === map.namedSummary);
  if (named) return named;
  const record = store.get(STORE_KEYS.summary) as Partial<SummaryRecord> | undefined;
  return record?.marker === SUMMARY_MARKER ? map.sheets.find((s) => s.id === record.sheetId) : undefined;
}

export function recordOwnSummary(store: DocumentStore, sheetId: string): void {
  const record: SummaryRecord = { marker: SUMMARY_MARKER, sheetId };
  store.set(STORE_KEYS.summary, record);
}

/** The officer's sheets: the visible ones (a hidden sheet holds lookups or old data, never the report). */
export function userSheets(map: WorkbookMap): SheetRef[] {
  return map.sheets.filter((s) => s.name !== SETTINGS_SHEET && !s.hidden);
}

/** The sheets named, in that order, or else every visible sheet of the officer's but our summary. */
export function pickSheets(map: WorkbookMap, store: DocumentStore, names?: string[]): SheetRef[] {
  if (!names) {
    const own = ownSummary(map, store);
    return userSheets(map).filter((s) => s !== own);
  }
  return names.map((n) => {
    const found = map.sheets.find((s) => s.name === n);
    if (!found) throw new Error(`Không tìm thấy sheet "${n}".`);
    return found;
  });
}

/**
 * The used range of a sheet, or null-object semantics where available. ExcelApi 1.4 also lets us skip
 * cells that carry only formatting (a border drawn down a whole column would otherwise make the used
 * range a million rows tall); on 1.1-1.3 the plain used range is all there is.
 */
export function usedRange(sheet: Excel.Worksheet, caps: Capabilities): Excel.Range {
  if (caps.nullObjects) return sheet.getUsedRangeOrNullObject(true);
  return sheet.getUsedRange();
}

/** Two syncs whatever the workbook's size: the sheet list, then every used range's dimensions. */
export async function listSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  store: DocumentStore,
): Promise<SheetInfo[]> {
  const loaded = queueWorkbookMap(context, caps);
  await context.sync();
  const map = readWorkbookMap(loaded);
  const own = ownSummary(map, store);
  const refs = userSheets(map);
  const ranges = refs.map((ref) =>
    usedRange(context.workbook.worksheets.getItem(ref.name), caps).load(
      'rowIndex,columnIndex,rowCount,columnCount',
    ),
  );
  await context.sync();
  return refs.map((ref, i) => {
    const r = ranges[i];
    const empty = r.isNullObject === true;
    return {
      name: ref.name,
      rowCount: empty ? 0 : r.rowIndex + r.rowCount,
      columnCount: empty ? 0 : r.columnIndex + r.columnCount,
      isOwnSummary: ref === own,
    };
  });
}
