/**
 * Cuts a worksheet part, as it inflates, into pieces of whole <row> elements that can be read apart,
 * and the rest of the document (everything before the first row and after the last), which is itself
 * well-formed XML: "<worksheet …><sheetData>" + "</sheetData><mergeCells …/></worksheet>".
 *
 * A cut is made only just before a "<row" tag. In XML a raw "<" can appear only as markup, never in
 * text or attribute values, so such a byte sequence is always a real tag, unless it sits inside a
 * comment, CDATA section or processing instruction (Excel, LibreOffice and the libraries write none in
 * sheetData). A cut there leaves the piece before it with that comment unclosed, which the parser
 * refuses, and the sheet is then read whole (parallelSheet.ts): no check of every byte is needed here.
 */
export class NotCuttable extends Error {}

/** Bytes of rows per piece: a few for each worker to share, and little text held at a time. */
export const ROW_PIECE_BYTES = 4 * 1024 * 1024;

const LT = 0x3c;
const SLASH = 0x2f;
const GT = 0x3e;

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * First index of needle in hay from `from`, found through one of its bytes that is rare in sheet XML
 * (the "h" of "sheetData"): looking for "<" would stop at every tag, for "D" at every cell of column D.
 */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const k = Math.max(0, needle.indexOf(0x68)); // "h"
  for (let i = hay.indexOf(needle[k], from + k); i >= 0; i = hay.indexOf(needle[k], i + 1)) {
    const start = i - k;
    if (start + needle.length > hay.length) return -1;
    let j = 0;
    while (j < needle.length && hay[start + j] === needle[j]) j++;
    if (j === needle.length) return start;
  }
  return -1;
}

/** Space, tab, CR, LF, ">" or "/": what may follow a tag name. */
const endsName = (b: number | undefined) =>
  b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a || b === GT || b === SLASH;

/** Where the last "<{prefix}row" tag starts in bytes, or -1. */
function lastRowStart(bytes: Uint8Array, tag: Uint8Array): number {
  for (let i = bytes.lastIndexOf(LT); i > 0; i = bytes.lastIndexOf(LT, i - 1)) {
    let j = 1;
    while (j < tag.length && bytes[i + j] === tag[j]) j++;
    if (j === tag.length && endsName(bytes[i + j])) return i;
  }
  return -1;
}

/** The chunks as one array: a view when they lie end to end in one buffer (node's inflate), else a copy. */
function joined(list: Uint8Array[]): Uint8Array {
  const first = list[0];
  const last = list[list.length - 1];
  let contiguous = true;
  for (let i = 1; contiguous && i < list.length; i++)
    contiguous =
      list[i].buffer === first.buffer && list[i].byteOffset === list[i - 1].byteOffset + list[i - 1].length;
  if (contiguous)
    return new Uint8Array(first.buffer, first.byteOffset, last.byteOffset + last.length - first.byteOffset);
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Calls onRows with each piece of rows (at least `size` bytes but the last; a view that is not kept) as
 * soon as it is cut, and returns the rest of the document in order.
 */
type Phase = 'head' | 'rows' | 'tail';

export function cutRows(
  chunks: Iterable<Uint8Array>,
  size: number,
  onRows: (piece: Uint8Array) => void,
): Uint8Array[] {
  const document: Uint8Array[] = [];
  let state: Phase = 'head';
  // Inflated bytes not yet placed, joined only when there is a cut to look for.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let rowTag = ascii('<row');
  let sheetDataEnd = ascii('</sheetData');
  const emit = (piece: Uint8Array) => {
    if (piece.indexOf(LT) >= 0) onRows(piece);
  };
  const keep = (rest: Uint8Array) => {
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
  };
  const head = (): Phase => {
    const bytes = joined(pending);
    const at = indexOfBytes(bytes, ascii('sheetData'), 0);
    const close = at < 0 ? -1 : bytes.indexOf(GT, at);
    if (close < 0) {
      keep(bytes);
      return 'head';
    }
    const open = bytes.lastIndexOf(LT, at);
    const prefix = open < 0 ? '' : String.fromCharCode(...bytes.subarray(open + 1, at));
    if (open < 0 || !/^([A-Za-z_][\w.-]*:)?$/.test(prefix)) throw new NotCuttable();
    if (bytes[close - 1] === SLASH) {
      document.push(bytes); // <sheetData/>: no rows
      keep(new Uint8Array(0));
      return 'tail';
    }
    rowTag = ascii(`<${prefix}row`);
    sheetDataEnd = ascii(`</${prefix}sheetData`);
    document.push(bytes.subarray(0, close + 1));
    keep(bytes.subarray(close + 1));
    return 'rows';
  };
  const rows = (last: boolean): Phase => {
    const bytes = joined(pending);
    const end = indexOfBytes(bytes, sheetDataEnd, 0);
    if (end >= 0) {
      emit(bytes.subarray(0, end));
      document.push(bytes.subarray(end));
      keep(new Uint8Array(0));
      return 'tail';
    }
    // No </sheetData>: the whole read will say what is wrong.
    if (last) throw new NotCuttable();
    const cut = lastRowStart(bytes, rowTag);
    if (cut > 0) emit(bytes.subarray(0, cut));
    keep(cut > 0 ? bytes.subarray(cut) : bytes);
    return 'rows';
  };
  for (const chunk of chunks) {
    if (state === 'tail') {
      document.push(chunk);
      continue;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (state === 'head') state = head();
    if (state === 'rows' && pendingBytes >= size) state = rows(false);
  }
  if (state === 'head') throw new NotCuttable();
  if (state === 'rows') rows(true);
  return document;
}
