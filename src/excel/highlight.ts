/**
 * Shading of below-threshold cells on the officer's sheets. Only the fill changes, never a value or a
 * formula. The fills found before shading are kept in the document store (by sheet id, which survives
 * renames), so clearHighlights restores them, even after the workbook was saved and reopened. The
 * backup is saved before each shading sync: batches are not transactional, and a cell shaded by a batch
 * that later failed must still be restorable. Protected sheets are left alone and named in a notice.
 */
import type { Lang } from '../core';
import { type CellMark, BELOW_FILL } from '../core';
import { type Capabilities } from './capabilities';
import { OPERATION_BYTES, REQUEST_BUDGET } from './request-budget';
import { type DocumentStore, STORE_KEYS } from './store';

/** sheet id -> A1 address -> fill colour before we shaded it. */
type FillBackup = Record<string, Record<string, string>>;

/**
 * Cells per round trip. Reading a fill is a range, its format, its fill and a load; shading it sets the
 * colour: about two range operations of the request budget each (measured through Office.js).
 */
export const MARK_BATCH = Math.floor(REQUEST_BUDGET / (2 * OPERATION_BYTES));
const OUR_FILL = `#${BELOW_FILL}`;
/** Excel reports "no fill" as white; clearing (rather than painting white) brings the gridlines back. */
const NO_FILL = '#FFFFFF';

function loadBackup(store: DocumentStore): FillBackup {
  const raw = store.get(STORE_KEYS.highlights);
  return typeof raw === 'object' && raw !== null ? (raw as FillBackup) : {};
}

function inBatches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MARK_BATCH) out.push(items.slice(i, i + MARK_BATCH));
  return out;
}

const sameColor = (a: string | null | undefined, b: string) => (a ?? '').toUpperCase() === b.toUpperCase();

/**
 * Sheets Excel would refuse to change (ExcelApi 1.2 tells; below it a protected sheet fails at the
 * shading sync, after the backup of that batch was saved). One sync.
 */
async function protectedSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheets: Map<string, Excel.Worksheet>,
): Promise<Set<string>> {
  const protections = new Map<string, Excel.WorksheetProtection>();
  if (caps.sheetProtection) {
    for (const [key, ws] of sheets) protections.set(key, ws.protection.load('protected'));
  }
  await context.sync();
  return new Set([...protections].filter(([, p]) => p.protected).map(([key]) => key));
}

/** "Sheet “Tháng 4” is protected: its cells were not shaded." in the pane's language. */
function protectedNotice(names: string[], cleared: boolean, lang: Lang): string {
  const list = names.map((n) => `“${n}”`).join(', ');
  if (lang === 'en')
    return `Protected sheet${names.length > 1 ? 's' : ''} ${list}: ${cleared ? 'shading not removed' : 'cells not shaded'} (unprotect to ${cleared ? 'clear' : 'shade'} them).`;
  return `Sheet ${list} đang được bảo vệ nên ${cleared ? 'chưa bỏ tô màu' : 'chưa tô màu'} (bỏ bảo vệ để ${cleared ? 'bỏ tô màu' : 'tô màu'}).`;
}

/** Two syncs per MARK_BATCH cells (read the current fills, save them, then shade), plus one for the sheets. */
export async function highlight(
  context: Excel.RequestContext,
  caps: Capabilities,
  store: DocumentStore,
  marks: CellMark[],
  lang: Lang = 'vi',
): Promise<{ notice?: string }> {
  const unique = [...new Map(marks.map((m) => [`${m.sheet}\u0000${m.column}${m.row}`, m])).values()];
  if (unique.length === 0) return {};
  const sheets = new Map<string, Excel.Worksheet>();
  for (const m of unique)
    if (!sheets.has(m.sheet)) sheets.set(m.sheet, context.workbook.worksheets.getItem(m.sheet).load('id'));
  const refused = await protectedSheets(context, caps, sheets);
  const backup = loadBackup(store);
  for (const batch of inBatches(unique.filter((m) => !refused.has(m.sheet)))) {
    const cells = batch.map((m) => {
      const address = `${m.column}${m.row}`;
      return {
        sheetId: sheets.get(m.sheet)!.id,
        address,
        fill: sheets.get(m.sheet)!.getRange(address).format.fill.load('color'),
      };
    });
    await context.sync();
    for (const { sheetId, address, fill } of cells) {
      // A cell shaded by an earlier run keeps the fill it had before the first run.
      (backup[sheetId] ??= {})[address] ??= fill.color;
    }
    store.set(STORE_KEYS.highlights, backup);
    await store.save();
    for (const { fill } of cells) fill.color = OUR_FILL;
    await context.sync();
  }
  return refused.size > 0 ? { notice: protectedNotice([...refused], false, lang) } : {};
}

/**
 * One sync for the sheet list and their protection, then two per MARK_BATCH cells. A cell whose fill
 * the officer changed since we shaded it keeps the officer's fill; sheets deleted meanwhile are dropped,
 * protected ones keep their backup for a later clear.
 */
export async function clearHighlights(
  context: Excel.RequestContext,
  caps: Capabilities,
  store: DocumentStore,
  lang: Lang = 'vi',
): Promise<{ notice?: string }> {
  const backup = loadBackup(store);
  if (Object.keys(backup).length === 0) return {};
  const collection = context.workbook.worksheets.load('items/id,items/name');
  await context.sync();
  const sheets = new Map(
    collection.items.filter((s) => backup[s.id] !== undefined).map((s) => [s.id, s] as const),
  );
  const refused = await protectedSheets(context, caps, sheets);
  const entries = [...sheets.keys()]
    .filter((id) => !refused.has(id))
    .flatMap((sheetId) =>
      Object.entries(backup[sheetId]).map(([address, original]) => ({ sheetId, address, original })),
    );
  for (const batch of inBatches(entries)) {
    const fills = batch.map((e) => sheets.get(e.sheetId)!.getRange(e.address).format.fill.load('color'));
    await context.sync();
    batch.forEach((e, i) => {
      if (!sameColor(fills[i].color, OUR_FILL)) return;
      if (sameColor(e.original, NO_FILL)) fills[i].clear();
      else fills[i].color = e.original;
    });
    await context.sync();
  }
  const kept: FillBackup = Object.fromEntries([...refused].map((id) => [id, backup[id]]));
  if (refused.size > 0) store.set(STORE_KEYS.highlights, kept);
  else store.remove(STORE_KEYS.highlights);
  await store.save();
  return refused.size > 0
    ? {
        notice: protectedNotice(
          [...refused].map((id) => sheets.get(id)!.name),
          true,
          lang,
        ),
      }
    : {};
}
