/**
 * One worksheet part -> Grid, from XML events as the part inflates: no cell objects, no workbook model.
 * Values follow what the ExcelJS reader gave (the grids are compared in test/xlsx/readers.test.ts):
 * formulas through their cached results, shared and inline strings with rich text joined, numbers in
 * date formats as dates (1900 or 1904 system), covered cells of merged areas empty.
 */
import type { CellValue, Grid, MergeArea } from '../core';
import { isDateFormat, readCellFormats, readSharedStrings, unescapeRuns } from './cellFormats';
import { findEntry, relationshipsOf, type SheetRef, type WorkbookPackage } from './workbookPackage';
import { scanXml } from './xml';
import { entryText, UnreadableWorkbook } from './zip';

/** Merges per sheet beyond which a file is refused: real reports have tens, a hostile one millions. */
export const MAX_MERGES = 4000;
export const MAX_MERGED_CELLS = 250_000;

export interface SheetContext {
  strings: string[];
  /** Number format code per cell format index. */
  formats: (string | undefined)[];
  /** Whether each cell format shows a date, decided once per format rather than per cell. */
  dateFormats: boolean[];
  date1904: boolean;
}

/** Shared strings and cell formats of the workbook, read once for all its sheets. */
export function sheetContextOf(pkg: WorkbookPackage): SheetContext {
  const rels = relationshipsOf(pkg, pkg.workbookPart);
  const part = (type: string) => rels.find((r) => !r.external && r.type.endsWith(type))?.target;
  const formats = readCellFormats(pkg, part('/styles'));
  return {
    strings: readSharedStrings(pkg, part('/sharedStrings')),
    formats,
    dateFormats: formats.map(isDateFormat),
    date1904: pkg.date1904,
  };
}

const MS_PER_DAY = 86_400_000;
const excelToDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));

const XML_ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};
/** Formula string results decoded once more, as ExcelJS does (text written as "&amp;lt;" reads "<"). */
const decodeAgain = (s: string) =>
  s.includes('&') ? s.replace(/&(?:lt|gt|quot|apos|amp);/g, (m) => XML_ENTITIES[m]) : s;

export function columnOf(ref: string, at: number): number {
  let n = 0;
  for (let i = at; i < ref.length; i++) {
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
  const a = { top: Number(m[2]) - 1, left: columnOf(m[1], 0) };
  const b = { bottom: Number(m[4] ?? m[2]) - 1, right: columnOf(m[3] ?? m[1], 0) };
  return {
    top: Math.min(a.top, b.bottom),
    left: Math.min(a.left, b.right),
    bottom: Math.max(a.top, b.bottom),
    right: Math.max(a.left, b.right),
  };
}

/** Pieces of a cell as its XML gives them. */
interface RawCell {
  type: string | undefined;
  style: number;
  formula: boolean;
  value: string | undefined;
  rich: boolean;
}

function cellValue(c: RawCell, ctx: SheetContext): CellValue | undefined {
  const isDate = c.style > 0 && ctx.dateFormats[c.style];
  const v = c.value;
  if (c.formula) {
    if (!v) return null; // never calculated (or a cached "")
    if (c.type === 'str') return decodeAgain(v);
    if (c.type === 'b') return parseInt(v, 10) !== 0;
    if (c.type === 'e') return { error: v };
    const n = parseFloat(v);
    return isDate ? excelToDate(n, ctx.date1904) : n;
  }
  if (v === undefined) return undefined;
  switch (c.type) {
    case 's':
      return ctx.strings[parseInt(v, 10)] ?? null;
    case 'str':
      return decodeAgain(v);
    case 'inlineStr':
      return c.rich ? unescapeRuns(v) : v;
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'e':
      return { error: v };
    case 'd': {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : d;
    }
    default: {
      const n = parseFloat(v);
      return isDate ? excelToDate(n, ctx.date1904) : n;
    }
  }
}

function refuseMerges(count: number, cells: number): never {
  throw new UnreadableWorkbook(
    `Tệp bất thường: một trang tính có ${count} vùng gộp ô (${cells} ô), vượt giới hạn an toàn.`,
  );
}

export function readSheet(pkg: WorkbookPackage, sheet: SheetRef, ctx: SheetContext): Grid {
  const values: CellValue[][] = [];
  const numFmts: (string | undefined)[][] = [];
  const merges: MergeArea[] = [];
  const e = sheet.part ? findEntry(pkg, sheet.part) : undefined;
  // A sheet listed without its part reads as empty: the report then says so (empty-sheet).
  if (!e) return { name: sheet.name, values, numFmts, merges };
  let lastRow = -1;
  let row = -1;
  let col = -1;
  // The cell being read, kept in one reused object: a 100k-row list has over a million cells.
  const cell: RawCell = { type: undefined, style: 0, formula: false, value: undefined, rich: false };
  let inCell = false;
  let element = '';
  let ref: string | undefined;
  let collect: 'v' | 't' | 'f' | null = null;
  let phonetic = 0;
  let mergedCells = 0;
  scanXml(
    entryText(pkg.bytes, e),
    {
      open(name) {
        element = name;
        switch (name) {
          case 'row':
            ref = undefined;
            return;
          case 'c':
            inCell = true;
            ref = undefined;
            cell.type = undefined;
            cell.style = 0;
            cell.formula = false;
            cell.value = undefined;
            cell.rich = false;
            return;
          case 'f':
            collect = 'f';
            return;
          case 'v':
            collect = 'v';
            return;
          case 't':
            if (phonetic === 0) collect = 't';
            return;
          case 'r':
            if (inCell) cell.rich = true;
            return;
          case 'rPh':
            phonetic++;
            return;
        }
      },
      attribute(name, value) {
        switch (element) {
          case 'row':
          case 'c':
            if (name === 'r') ref = value;
            else if (element === 'c') {
              if (name === 't') cell.type = value;
              else if (name === 's') cell.style = parseInt(value, 10) || 0;
            }
            return;
          case 'f':
            // A formula with text, or a shared/array one (its followers have no text).
            if (name === 't' && inCell && value) cell.formula = true;
            return;
          case 'mergeCell': {
            const m = name === 'ref' && value ? parseRange(value) : null;
            if (!m) return;
            merges.push(m);
            mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
            if (merges.length > MAX_MERGES || mergedCells > MAX_MERGED_CELLS)
              refuseMerges(merges.length, mergedCells);
            return;
          }
        }
      },
      openEnd() {
        if (element === 'row') {
          row = ref ? Number(ref) - 1 : row + 1;
          col = -1;
        } else if (element === 'c') {
          if (ref) {
            col = columnOf(ref, 0);
            const r = rowOf(ref);
            if (r >= 0) row = r;
          } else col++;
        }
      },
      text(t) {
        if (!inCell) return;
        if (collect === 'f') cell.formula ||= t.length > 0;
        else if (collect) cell.value = cell.value === undefined ? t : cell.value + t;
      },
      close(name) {
        if (name === 'c' && inCell) {
          const v = cellValue(cell, ctx);
          if (v !== undefined) {
            (values[row] ??= [])[col] = v;
            const fmt = cell.style ? ctx.formats[cell.style] : undefined;
            if (fmt) (numFmts[row] ??= [])[col] = fmt;
          }
          // ExcelJS counts a row with a valued cell, or an unstyled empty one.
          if (v !== undefined || !cell.style) lastRow = Math.max(lastRow, row);
          inCell = false;
        } else if (name === 'v' || name === 't' || name === 'f') collect = null;
        else if (name === 'rPh') phonetic--;
      },
    },
    e.name,
  );
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
  return { name: sheet.name, values, numFmts, merges };
}
