/**
 * A worksheet part's text -> its cells as flat typed arrays, one entry per valued cell. This is the
 * costly half of reading a sheet (tokenizing), kept free of the package and of shared strings so that
 * pieces of one part can be read by several workers and their results sent back without copying
 * (readSheet.ts turns the arrays into the grid).
 */
import type { MergeArea } from '../core';
import { decodeNamed, scanXml, type XmlEvents } from './xml';
import { UnreadableWorkbook } from './unreadable';

/** "_x000D_" escapes of characters XML cannot hold, as Excel writes them in text runs. */
export const unescapeRuns = (s: string) =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16))) : s;

/** Merges per sheet beyond which a file is refused: real reports have tens, a hostile one millions. */
export const MAX_MERGES = 4000;
export const MAX_MERGED_CELLS = 250_000;

/** What a cell's entry holds in `numbers`. */
export const enum Kind {
  Number,
  /** Milliseconds since 1970 (a number in a date format, or a "d" cell). */
  Date,
  /** Index into the workbook's shared strings. */
  Shared,
  /** Index into `texts`. */
  Text,
  True,
  False,
  /** Index into `texts`. */
  Error,
  /** A formula never calculated. */
  Empty,
}

export interface SheetCells {
  count: number;
  rows: Int32Array;
  cols: Int32Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  /** Cell format index of each entry (its number format shows in the grid). */
  styles: Int32Array;
  texts: string[];
  merges: MergeArea[];
  /** Last row ExcelJS would count: one with a valued cell, or an unstyled empty one; -1 for none. */
  lastRow: number;
  /** The first row element carries its number (r="…"): a piece read apart can then be placed. */
  firstRowNumbered: boolean;
}

export interface CellOptions {
  /** Whether each cell format shows a date. */
  dateFormats: boolean[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
const serialToMs = (serial: number, date1904: boolean) =>
  Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY);

/** Formula string results decoded once more, as ExcelJS does (text written as "&amp;lt;" reads "<"). */
const decodeAgain = decodeNamed;

function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else if (c !== 36) break; // "$"
  }
  return n - 1;
}

/** Row index of a cell reference ("B12" -> 11), -1 without digits. */
function rowOf(ref: string): number {
  let n = 0;
  let digits = false;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + c - 48;
      digits = true;
    } else if (digits) break;
  }
  return digits ? n - 1 : -1;
}

export function parseRange(ref: string): MergeArea | null {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { top: Number(m[2]) - 1, left: columnOf(m[1]) };
  const b = { bottom: Number(m[4] ?? m[2]) - 1, right: columnOf(m[3] ?? m[1]) };
  return {
    top: Math.min(a.top, b.bottom),
    left: Math.min(a.left, b.right),
    bottom: Math.max(a.top, b.bottom),
    right: Math.max(a.left, b.right),
  };
}

/** Excel's last row and column (0-based): a reference beyond them would make the grid huge. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** 1048576 -> "1.048.576", as officers write numbers. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function refuseAddress(row: number, col: number): never {
  throw new UnreadableWorkbook(
    `Tệp bất thường: có ô ở hàng ${grouped(row + 1)}, cột ${grouped(col + 1)}, ngoài bảng tính Excel (tối đa 1.048.576 hàng, 16.384 cột).`,
  );
}

/** A row element's number (0-based), -1 when it has none that Excel could write ("", "x", "1.5"). */
function rowNumber(r: string | undefined): number {
  const n = r ? Number(r) : NaN;
  return Number.isInteger(n) && n >= 1 ? n - 1 : -1;
}

function refuseMerges(count: number, cells: number): never {
  throw new UnreadableWorkbook(
    `Tệp bất thường: một trang tính có ${count} vùng gộp ô (${cells} ô), vượt giới hạn an toàn.`,
  );
}

/** Growable columns of entries. */
class Entries {
  count = 0;
  rows = new Int32Array(1024);
  cols = new Int32Array(1024);
  kinds = new Uint8Array(1024);
  numbers = new Float64Array(1024);
  styles = new Int32Array(1024);
  texts: string[] = [];

  add(row: number, col: number, kind: Kind, value: number, style: number): void {
    if (this.count === this.rows.length) this.grow();
    const i = this.count++;
    this.rows[i] = row;
    this.cols[i] = col;
    this.kinds[i] = kind;
    this.numbers[i] = value;
    this.styles[i] = style;
  }

  text(row: number, col: number, kind: Kind.Text | Kind.Error, text: string, style: number): void {
    this.add(row, col, kind, this.texts.length, style);
    this.texts.push(text);
  }

  private grow(): void {
    const n = this.rows.length * 2;
    const wider = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.rows = wider(this.rows, (k) => new Int32Array(k));
    this.cols = wider(this.cols, (k) => new Int32Array(k));
    this.kinds = wider(this.kinds, (k) => new Uint8Array(k));
    this.numbers = wider(this.numbers, (k) => new Float64Array(k));
    this.styles = wider(this.styles, (k) => new Int32Array(k));
  }
}

/**
 * Values follow what the ExcelJS reader gave (compared in test/xlsx/readers.test.ts): formulas through
 * their cached results, shared and inline strings with rich text joined, numbers in date formats as
 * dates (1900 or 1904 system).
 */
export interface CellReader {
  /** Reads whole elements: one piece of rows, or the rest of the document. */
  read(xml: string): void;
  cells(): SheetCells;
}

/** Reads a part's pieces in order, keeping the row count across them (rows may go unnumbered). */
export function cellReader(opts: CellOptions, part: string): CellReader {
  const out = new Entries();
  const merges: MergeArea[] = [];
  let lastRow = -1;
  let row = -1;
  let col = -1;
  let firstRowNumbered: boolean | undefined;
  // The cell being read: a 100k-row list has over a million of them, so no object per cell.
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let formula = false;
  let value: string | undefined;
  let rich = false;
  let collect: 'v' | 't' | 'f' | null = null;
  let phonetic = 0;
  let mergedCells = 0;

  const number = (v: string) => {
    const n = parseFloat(v);
    if (style > 0 && opts.dateFormats[style])
      out.add(row, col, Kind.Date, serialToMs(n, opts.date1904), style);
    else out.add(row, col, Kind.Number, n, style);
  };
  /** Adds the cell just closed; false when it holds no value. */
  const addCell = (): boolean => {
    const v = value;
    if (formula) {
      if (!v)
        out.add(row, col, Kind.Empty, 0, style); // never calculated (or a cached "")
      else if (type === 'str') out.text(row, col, Kind.Text, decodeAgain(v), style);
      else if (type === 'b') out.add(row, col, parseInt(v, 10) !== 0 ? Kind.True : Kind.False, 0, style);
      else if (type === 'e') out.text(row, col, Kind.Error, v, style);
      else number(v);
      return true;
    }
    if (v === undefined) return false;
    switch (type) {
      case 's':
        out.add(row, col, Kind.Shared, parseInt(v, 10), style);
        break;
      case 'str':
        out.text(row, col, Kind.Text, decodeAgain(v), style);
        break;
      case 'inlineStr':
        out.text(row, col, Kind.Text, rich ? unescapeRuns(v) : v, style);
        break;
      case 'b':
        out.add(row, col, parseInt(v, 10) !== 0 ? Kind.True : Kind.False, 0, style);
        break;
      case 'e':
        out.text(row, col, Kind.Error, v, style);
        break;
      case 'd': {
        const t = new Date(v).getTime();
        if (Number.isNaN(t)) out.text(row, col, Kind.Text, v, style);
        else out.add(row, col, Kind.Date, t, style);
        break;
      }
      default:
        number(v);
    }
    return true;
  };

  const handlers: XmlEvents = {
    open(name, attrs) {
      switch (name) {
        case 'row': {
          const r = rowNumber(attrs().r);
          firstRowNumbered ??= r >= 0;
          row = r >= 0 ? r : row + 1;
          col = -1;
          return;
        }
        case 'c': {
          const a = attrs();
          inCell = true;
          type = a.t;
          style = a.s ? parseInt(a.s, 10) || 0 : 0;
          value = undefined;
          formula = rich = false;
          if (a.r) {
            col = columnOf(a.r);
            const r = rowOf(a.r);
            if (r >= 0) row = r;
          } else col++;
          if (row > MAX_ROW || col > MAX_COL) refuseAddress(row, col);
          return;
        }
        case 'f':
          // A formula with text, or a shared/array one (its followers have no text).
          if (inCell && attrs().t) formula = true;
          collect = 'f';
          return;
        case 'v':
          collect = 'v';
          return;
        case 't':
          if (phonetic === 0) collect = 't';
          return;
        case 'r':
          if (inCell) rich = true;
          return;
        case 'rPh':
          phonetic++;
          return;
        case 'mergeCell': {
          const ref = attrs().ref;
          const m = ref ? parseRange(ref) : null;
          if (!m) return;
          merges.push(m);
          mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
          if (merges.length > MAX_MERGES || mergedCells > MAX_MERGED_CELLS)
            refuseMerges(merges.length, mergedCells);
          return;
        }
      }
    },
    text(t) {
      if (!inCell) return;
      if (collect === 'f') formula ||= t.length > 0;
      else if (collect) value = value === undefined ? t : value + t;
    },
    close(name) {
      if (name === 'c' && inCell) {
        // ExcelJS counts a row with a valued cell, or an unstyled empty one.
        if (addCell() || !style) lastRow = Math.max(lastRow, row);
        inCell = false;
      } else if (name === 'v' || name === 't' || name === 'f') collect = null;
      else if (name === 'rPh') phonetic--;
    },
  };
  // Copies cut to length: a piece's arrays are held until all are placed, and grew by doubling.
  const cells = (): SheetCells => ({
    count: out.count,
    rows: out.rows.slice(0, out.count),
    cols: out.cols.slice(0, out.count),
    kinds: out.kinds.slice(0, out.count),
    numbers: out.numbers.slice(0, out.count),
    styles: out.styles.slice(0, out.count),
    texts: out.texts,
    merges,
    lastRow,
    firstRowNumbered: firstRowNumbered ?? true,
  });
  return { read: (xml) => scanXml(xml, handlers, part), cells };
}
