/**
 * A large worksheet read on several threads at once: the part inflates here and is cut into pieces of
 * whole rows (rowPieces.ts); of every `workers + 1` pieces one is read here as soon as it is cut and
 * the others go to the workers (on the 100k list an equal share finished ~60 ms sooner than one piece
 * in three here, though this thread also inflates, cuts and places). Once the part is cut this thread
 * reads the rest of the document (merges and the like), then places all cells in order. Any piece that
 * cannot be read, or a part that cannot be cut, is read again whole, so a faulty file gets the same
 * message either way.
 */
import type { Grid } from '../core';
import { GridBuilder, readSheet, textOf, type SheetContext } from './readSheet';
import { cutRows, NotCuttable, ROW_PIECE_BYTES } from './rowPieces';
import { cellReader, type CellOptions, type SheetCells } from './sheetCells';
import { findEntry, type SheetRef, type WorkbookPackage } from './workbookPackage';
import { inflateEntry, inflateEntryAsync, type AsyncInflate } from './zip';

/** Worker threads that read pieces of rows; the bytes are the reader's own (they may be transferred). */
export interface CellReaders {
  readonly workers: number;
  /** The host's asynchronous native inflate, where it has one faster than this thread's. */
  readonly inflate?: AsyncInflate;
  read(rows: Uint8Array, opts: CellOptions, part: string): Promise<SheetCells>;
}

/** Parts smaller than this are read whole: a worker's round trip would cost more than it saves. */
const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;

/** Whether any sheet of the package is large enough for workers to be worth starting. */
export const hasLargeSheet = (pkg: WorkbookPackage) =>
  pkg.sheets.some((s) => (s.part ? (findEntry(pkg, s.part)?.size ?? 0) : 0) >= MIN_PARALLEL_BYTES);

function readHere(xml: string, opts: CellOptions, part: string): SheetCells | null {
  const reader = cellReader(opts, part);
  try {
    reader.read(xml);
  } catch {
    return null;
  }
  return reader.cells();
}

export async function readSheetInParallel(
  pkg: WorkbookPackage,
  sheet: SheetRef,
  ctx: SheetContext,
  readers: CellReaders,
): Promise<Grid> {
  const e = sheet.part ? findEntry(pkg, sheet.part) : undefined;
  if (!e || e.size < MIN_PARALLEL_BYTES) return readSheet(pkg, sheet, ctx);
  const opts: CellOptions = { dateFormats: ctx.dateFormats, date1904: ctx.date1904 };
  const pieces: (Promise<SheetCells | null> | SheetCells | null)[] = [];
  let document: Uint8Array[];
  try {
    const chunks = readers.inflate
      ? await inflateEntryAsync(pkg.bytes, e, readers.inflate)
      : inflateEntry(pkg.bytes, e);
    document = cutRows(chunks, ROW_PIECE_BYTES, (rows) => {
      const share = readers.workers + 1;
      const mine = pieces.length % share === share - 1;
      // This thread reads its piece at once (the workers have the pieces before it to read meanwhile);
      // a worker's piece is copied into a buffer of its own, which moves to the worker without a copy.
      pieces.push(
        mine
          ? readHere(textOf([rows]), opts, e.name)
          : readers.read(rows.slice(), opts, e.name).catch(() => null),
      );
    });
  } catch (err) {
    await Promise.all(pieces);
    if (err instanceof NotCuttable) return readSheet(pkg, sheet, ctx);
    throw err;
  }
  const rest = readHere(textOf(document), opts, e.name);
  const grid = new GridBuilder(ctx);
  for (const [i, piece] of [rest, ...pieces].entries()) {
    const c = await piece;
    // A piece whose first row has no number cannot be placed (only the first piece may lack it).
    if (!c || (i > 1 && !c.firstRowNumbered)) {
      await Promise.all(pieces);
      return readSheet(pkg, sheet, ctx);
    }
    grid.add(c);
  }
  return grid.grid(sheet.name);
}
