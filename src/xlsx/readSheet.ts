/**
 * One worksheet part -> Grid, with no cell objects and no workbook model. The part's cells are read
 * into flat arrays first (sheetCells.ts), piece by piece as it inflates here or in workers
 * (parallelSheet.ts); GridBuilder then places them with shared strings, number formats and dates, and
 * leaves covered cells of merged areas empty.
 */
import type { CellValue, Grid, MergeArea } from '../core';
import { isDateFormat, readCellFormats, readSharedStrings } from './cellFormats';
import { cutRows, NotCuttable, ROW_PIECE_BYTES } from './rowPieces';
import { cellReader, Kind, type CellOptions, type SheetCells } from './sheetCells';
import { findEntry, relationshipsOf, type SheetRef, type WorkbookPackage } from './workbookPackage';
import { UnreadableWorkbook } from './unreadable';
import { entryString, inflateEntry, type ZipEntry } from './zip';

export interface SheetContext extends CellOptions {
  strings: string[];
  /** Number format code per cell format index. */
  formats: (string | undefined)[];
}

/** Shared strings and cell formats of the workbook, read once for all its sheets. */
export function sheetContextOf(pkg: WorkbookPackage): SheetContext {
  const rels = relationshipsOf(pkg, pkg.workbookPart);
  const part = (type: string) => rels.find((r) => !r.external && r.type.endsWith(type))?.target;
  const formats = readCellFormats(pkg, part('/styles'));
  let strings: string[] | undefined;
  return {
    // Read when first needed: a large sheet's pieces are already with the workers by then.
    get strings() {
      return (strings ??= readSharedStrings(pkg, part('/sharedStrings')));
    },
    formats,
    dateFormats: formats.map(isDateFormat),
    date1904: pkg.date1904,
  };
}

function valueOf(cells: SheetCells, i: number, strings: string[]): CellValue {
  const n = cells.numbers[i];
  switch (cells.kinds[i] as Kind) {
    case Kind.Number:
      return n;
    case Kind.Date:
      return new Date(n);
    case Kind.Shared:
      return strings[n] ?? null;
    case Kind.Text:
      return cells.texts[n];
    case Kind.True:
      return true;
    case Kind.False:
      return false;
    case Kind.Error:
      return { error: cells.texts[n] };
    default:
      return null;
  }
}

/** A sheet's grid built from its cells as their pieces come, in document order. */
export class GridBuilder {
  private values: CellValue[][] = [];
  private numFmts: (string | undefined)[][] = [];
  private merges: MergeArea[] = [];
  private lastRow = -1;

  constructor(private readonly ctx: SheetContext) {}

  add(cells: SheetCells): this {
    const { values, numFmts, ctx } = this;
    const strings = ctx.strings;
    for (let i = 0; i < cells.count; i++) {
      const row = cells.rows[i];
      const col = cells.cols[i];
      (values[row] ??= [])[col] = valueOf(cells, i, strings);
      const style = cells.styles[i];
      const fmt = style ? ctx.formats[style] : undefined;
      if (fmt) (numFmts[row] ??= [])[col] = fmt;
    }
    this.lastRow = Math.max(this.lastRow, cells.lastRow);
    this.merges.push(...cells.merges);
    return this;
  }

  grid(name: string): Grid {
    const { values, numFmts, merges } = this;
    let lastRow = this.lastRow;
    for (const m of merges) {
      if (m.bottom === m.top && m.left === m.right) continue;
      lastRow = Math.max(lastRow, m.bottom);
      // Covered cells are empty; the value sits in the top-left cell only.
      for (let r = m.top; r <= m.bottom && r < values.length; r++) {
        const vr = values[r];
        const fr = numFmts[r];
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          if (vr && c < vr.length) delete vr[c];
          if (fr && c < fr.length) delete fr[c];
        }
      }
    }
    values.length = Math.max(values.length, lastRow + 1);
    for (let i = 0; i < values.length; i++) {
      const vr = values[i];
      if (!vr) values[i] = [];
      else while (vr.length && vr[vr.length - 1] === undefined) vr.length--;
    }
    numFmts.forEach((fr, i) => {
      while (fr.length && fr[fr.length - 1] === undefined) fr.length--;
      if (!fr.length) delete numFmts[i];
    });
    return { name, values, numFmts, merges };
  }
}

export function readSheet(pkg: WorkbookPackage, sheet: SheetRef, ctx: SheetContext): Grid {
  const e = sheet.part ? findEntry(pkg, sheet.part) : undefined;
  // A sheet listed without its part has no cells: the report says the file is damaged (empty-sheet).
  if (!e) return { name: sheet.name, values: [], numFmts: [], merges: [], missingPart: sheet.missing };
  return new GridBuilder(ctx).add(cellsOf(pkg, e, ctx)).grid(sheet.name);
}

/** Decoded text of pieces in order (one decoder: the rest of a document is cut anywhere). */
export const textOf = (pieces: Uint8Array[]) => {
  const decoder = new TextDecoder();
  return pieces.map((p, i) => decoder.decode(p, { stream: i < pieces.length - 1 })).join('');
};

/**
 * A part's cells, read piece by piece as it inflates, so that no more than a piece of it is ever held
 * as text. A part that cannot be cut, or a piece the parser refuses (a cut inside a comment, or a
 * broken part), is read again whole: that read gives the cells, or the exact reason it cannot.
 */
function cellsOf(pkg: WorkbookPackage, e: ZipEntry, ctx: SheetContext): SheetCells {
  const reader = cellReader(ctx, e.name);
  try {
    const rest = cutRows(inflateEntry(pkg.bytes, e), ROW_PIECE_BYTES, (rows) => reader.read(textOf([rows])));
    reader.read(textOf(rest));
  } catch (err) {
    if (!(err instanceof NotCuttable || err instanceof UnreadableWorkbook)) throw err;
    const whole = cellReader(ctx, e.name);
    whole.read(entryString(pkg.bytes, e));
    return whole.cells();
  }
  return reader.cells();
}
