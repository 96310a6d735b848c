/**
 * Shading of below-threshold cells on the officer's sheets. Only the fill changes, never a value or a
 * formula. The fills found before shading are kept in the document store (by sheet id, which survives
 * renames), so clearHighlights restores them, even after the workbook was saved and reopened.
 */
import { type CellMark, BELOW_FILL } from '../core';
import { type DocumentStore, STORE_KEYS } from './store';

/** sheet id -> A1 address -> fill colour before we shaded it. */
type FillBackup = Record<string, Record<string, string>>;

/** Cells per round trip: ~150 bytes of request each keeps a batch far below the 5 MB limit. */
export const MARK_BATCH = 5000;
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

/** Two syncs per MARK_BATCH cells: read the current fills, then shade. */
export async function highlight(
  context: Excel.RequestContext,
  store: DocumentStore,
  marks: CellMark[],
): Promise<void> {
  const unique = [...new Map(marks.map((m) => [`${m.sheet}\u0000${m.column}${m.row}`, m])).values()];
  if (unique.length === 0) return;
  const backup = loadBackup(store);
  for (const batch of inBatches(unique)) {
    const sheets = new Map<string, Excel.Worksheet>();
    for (const m of batch)
      if (!sheets.has(m.sheet)) sheets.set(m.sheet, context.workbook.worksheets.getItem(m.sheet).load('id'));
    const cells = batch.map((m) => {
      const address = `${m.column}${m.row}`;
      return {
        sheet: m.sheet,
        address,
        fill: sheets.get(m.sheet)!.getRange(address).format.fill.load('color'),
      };
    });
    await context.sync();
    for (const { sheet, address, fill } of cells) {
      const saved = (backup[sheets.get(sheet)!.id] ??= {});
      // A cell shaded by an earlier run keeps the fill it had before the first run.
      saved[address] ??= fill.color;
      fill.color = OUR_FILL;
    }
    await context.sync();
  }
  store.set(STORE_KEYS.highlights, backup);
  await store.save();
}

/**
 * One sync for the sheet list, then two per MARK_BATCH cells. A cell whose fill the officer changed
 * since we shaded it keeps the officer's fill; sheets deleted meanwhile are skipped.
 */
export async function clearHighlights(context: Excel.RequestContext, store: DocumentStore): Promise<void> {
  const backup = loadBackup(store);
  if (Object.keys(backup).length === 0) return;
  const collection = context.workbook.worksheets.load('items/id');
  await context.sync();
  const existing = new Set(collection.items.map((s) => s.id));
  const entries = Object.entries(backup)
    .filter(([sheetId]) => existing.has(sheetId))
    .flatMap(([sheetId, cells]) =>
      Object.entries(cells).map(([address, original]) => ({ sheetId, address, original })),
    );
  for (const batch of inBatches(entries)) {
    const fills = batch.map((e) =>
      context.workbook.worksheets.getItem(e.sheetId).getRange(e.address).format.fill.load('color'),
    );
    await context.sync();
    batch.forEach((e, i) => {
      if (!sameColor(fills[i].color, OUR_FILL)) return;
      if (sameColor(e.original, NO_FILL)) fills[i].clear();
      else fills[i].color = e.original;
    });
    await context.sync();
  }
  store.remove(STORE_KEYS.highlights);
  await store.save();
}
