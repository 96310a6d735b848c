/**
 * The zip container of an .xlsx, read from its central directory and inflated entry by entry with
 * fflate (streaming, node and browser alike), and written back with unchanged entries copied as their
 * original compressed bytes.
 */
import { Inflate, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { UnreadableWorkbook } from './unreadable';

export { UnreadableWorkbook };

export interface ZipEntry {
  /** Name as stored, with a leading "/" or "\" removed (some writers add one). */
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared: a bomb may lie about it. */
  size: number;
  crc: number;
  localHeader: number;
}

const broken = () =>
  new UnreadableWorkbook('Tệp hỏng: không phải tệp .xlsx hợp lệ (không đọc được cấu trúc zip).');

/** The entries of the zip's central directory, without inflating anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw broken();
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count && p + 46 <= bytes.length; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(p + 28, true);
    out.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^[/\\]+/, ''),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localHeader: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** An entry's stored (compressed) bytes, or null when its local header is not where it says. */
export function rawData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + e.compressedSize);
}

/**
 * A one-shot raw inflate that throws past `limit` bytes of output, for hosts that have a native one
 * (the command line passes node's zlib, ~3× faster than fflate); the browser keeps fflate.
 */
export type RawInflate = (data: Uint8Array, limit: number) => Uint8Array;
let nativeInflate: RawInflate | null = null;

export function setNativeInflate(inflate: RawInflate | null): void {
  nativeInflate = inflate;
}

/** Decoded text per piece when a part was inflated in one go. */
const PIECE = 1 << 20;
/**
 * Larger parts stream through fflate. Up to this size a part is inflated whole by node (1 MB output chunks,
 * then viewed, not copied, by rowPieces.ts): the 100k list's 45 MB sheet so peaks at 351–395 MB.
 */
const NATIVE_MAX_BYTES = 64 * 1024 * 1024;

/** Compressed input per step: the output of one step stays bounded (deflate expands ~1000× at most). */
const STEP = 64 * 1024;

const tooBig = (e: ZipEntry) =>
  new UnreadableWorkbook(
    `Tệp bất thường: ${e.name} giải nén ra nhiều hơn kích thước khai báo, vượt giới hạn an toàn.`,
  );
const corrupt = (e: ZipEntry) =>
  new UnreadableWorkbook(`Tệp hỏng, không đọc được: dữ liệu nén của ${e.name} bị lỗi.`);

/** An entry's stored bytes and whether they are deflated, refusing what cannot be read. */
function compressedData(bytes: Uint8Array, e: ZipEntry): { data: Uint8Array; deflated: boolean } {
  const data = rawData(bytes, e);
  if (!data)
    throw new UnreadableWorkbook(`Tệp hỏng, không đọc được: thiếu dữ liệu của phần ${e.name} trong tệp.`);
  if (e.method !== 0 && e.method !== 8)
    throw new UnreadableWorkbook(`Tệp hỏng, không đọc được: phần ${e.name} nén theo kiểu không hỗ trợ.`);
  return { data, deflated: e.method === 8 };
}

/**
 * An entry's bytes as they inflate, refusing the file as soon as they pass the declared size (a lying
 * bomb is never inflated whole into memory).
 */
export function* inflateEntry(bytes: Uint8Array, e: ZipEntry): Generator<Uint8Array> {
  const { data, deflated } = compressedData(bytes, e);
  if (!deflated) {
    yield data;
    return;
  }
  if (nativeInflate && e.size <= NATIVE_MAX_BYTES) {
    let out: Uint8Array;
    try {
      out = nativeInflate(data, e.size);
    } catch (err) {
      throw (err as Error).name === 'RangeError' ? tooBig(e) : corrupt(e);
    }
    for (let at = 0; at < out.length; at += PIECE) yield out.subarray(at, at + PIECE);
    return;
  }
  let pending: Uint8Array[] = [];
  let n = 0;
  const inflate = new Inflate((chunk) => {
    n += chunk.length;
    if (n > e.size) throw tooBig(e);
    pending.push(chunk);
  });
  for (let at = 0; at < data.length || at === 0; at += STEP) {
    const last = at + STEP >= data.length;
    try {
      inflate.push(data.subarray(at, at + STEP), last);
    } catch (err) {
      throw err instanceof UnreadableWorkbook ? err : corrupt(e);
    }
    const out = pending;
    pending = [];
    yield* out;
    if (last) break;
  }
}

/** A host's asynchronous native raw inflate (the browser's DecompressionStream), chunk by chunk. */
export type AsyncInflate = (data: Uint8Array) => AsyncIterable<Uint8Array>;

/** The same bytes as inflateEntry, through an asynchronous inflate: off this thread, ~4× fflate's speed. */
export async function inflateEntryAsync(
  bytes: Uint8Array,
  e: ZipEntry,
  inflate: AsyncInflate,
): Promise<Uint8Array[]> {
  const { data, deflated } = compressedData(bytes, e);
  if (!deflated) return [data];
  const out: Uint8Array[] = [];
  let n = 0;
  try {
    for await (const chunk of inflate(data)) {
      n += chunk.length;
      if (n > e.size) throw tooBig(e);
      out.push(chunk);
    }
  } catch (err) {
    throw err instanceof UnreadableWorkbook ? err : corrupt(e);
  }
  return out;
}

/** An entry's text, decoded as UTF-8 across chunk boundaries, in pieces. */
export function* entryText(bytes: Uint8Array, e: ZipEntry): Generator<string> {
  const decoder = new TextDecoder();
  for (const chunk of inflateEntry(bytes, e)) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/** An entry's whole text. */
export const entryString = (bytes: Uint8Array, e: ZipEntry) => [...entryText(bytes, e)].join('');

/** One part of the output: either copied from the input as stored, or new content. */
export type OutputPart = { name: string; copyOf: ZipEntry } | { name: string; content: Uint8Array };

/** Builds the output zip: copied entries keep their compressed bytes, new ones are deflated. */
export function writeZip(input: Uint8Array, parts: OutputPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const part of parts) {
    if ('content' in part) {
      const file = new ZipDeflate(part.name, { level: 6 });
      zip.add(file);
      file.push(part.content, true);
      continue;
    }
    const e = part.copyOf;
    const raw = rawData(input, e)!;
    const file: ZipInputFile = { filename: part.name, size: e.size, crc: e.crc, compression: e.method };
    zip.add(file);
    file.ondata!(null, raw as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  const total = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
