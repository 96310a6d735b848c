/**
 * Opens .xlsx bytes with ExcelJS after checking what they are: an old .xls or a password-protected
 * file (both OLE containers), a CSV, a zip without a workbook, or a zip whose contents would blow up
 * in memory, whether its headers declare it or lie.
 */
import ExcelJS from 'exceljs';
import { parseArea } from '../core';

export class UnreadableWorkbook extends Error {}

/** Unzipped size above which a file is refused (a real monthly export is a few MB). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
const MAX_RATIO = 200;
/** Merges per sheet beyond which ExcelJS takes seconds to load (4 000: about 3 s) or runs out of memory. */
export const MAX_MERGES = 4000;
export const MAX_MERGED_CELLS = 250_000;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared: a bomb may lie about it. */
  size: number;
  localHeader: number;
}

/** The entries of the zip's central directory, without inflating anything. */
function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0)
    throw new UnreadableWorkbook('Tệp hỏng: không phải tệp .xlsx hợp lệ (không đọc được cấu trúc zip).');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count && p + 46 <= bytes.length; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(p + 28, true);
    out.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localHeader: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/**
 * An entry's bytes as they inflate, refusing the file as soon as they pass the declared size (JSZip
 * would inflate a lying bomb whole into memory before noticing).
 */
async function* contentOf(bytes: Uint8Array, e: ZipEntry): AsyncGenerator<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return; // JSZip judges the rest
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.slice(start, start + e.compressedSize);
  if (e.method === 0) yield data;
  // Older runtimes without DecompressionStream keep JSZip's own checks only.
  if (e.method !== 8 || typeof DecompressionStream === 'undefined') return;
  const inflate = new DecompressionStream('deflate-raw');
  const writer = inflate.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflate.readable.getReader();
  let n = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      n += r.value.length;
      if (n > e.size)
        throw new UnreadableWorkbook(
          `Tệp bất thường: ${e.name} giải nén ra nhiều hơn kích thước khai báo, vượt giới hạn an toàn.`,
        );
      yield r.value;
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    if (err instanceof UnreadableWorkbook) throw err;
    throw new UnreadableWorkbook(`Tệp hỏng, không đọc được: dữ liệu nén của ${e.name} bị lỗi.`);
  }
}

/**
 * Merged areas in a worksheet's XML, counted as it streams. ExcelJS creates every cell of a merge and
 * checks each merge against all earlier ones: a whole-sheet merge or tens of thousands of merges hang it.
 */
class MergeTally {
  count = 0;
  cells = 0;
  private rest = '';
  private readonly decoder = new TextDecoder();

  add(chunk: Uint8Array): void {
    const text = this.rest + this.decoder.decode(chunk, { stream: true });
    const re = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*:[^"]*)"/g;
    let end = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      end = re.lastIndex;
      const area = parseArea(m[1]);
      if (!area) continue;
      this.count++;
      this.cells += (Math.abs(area.bottom - area.top) + 1) * (Math.abs(area.right - area.left) + 1);
    }
    // Keep an unfinished tag for the next chunk, never a counted one.
    this.rest = text.slice(Math.max(end, text.length - 256));
  }
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    throw new UnreadableWorkbook(
      'Tệp được đặt mật khẩu hoặc là định dạng .xls cũ: hãy mở trong Excel, bỏ mật khẩu và lưu lại dạng .xlsx.',
    );
  if (!(b[0] === 0x50 && b[1] === 0x4b))
    throw new UnreadableWorkbook(
      'Tệp không phải .xlsx (có thể là .csv hoặc tệp văn bản): hãy mở trong Excel và lưu dạng .xlsx.',
    );
  const entries = zipEntries(b);
  const unzipped = entries.reduce((sum, e) => sum + e.size, 0);
  if (unzipped > MAX_UNZIPPED_BYTES || unzipped > b.length * MAX_RATIO + 50 * 1024 * 1024)
    throw new UnreadableWorkbook(
      `Tệp bất thường: nội dung giải nén khai báo ${Math.round(unzipped / 1048576)} MB, vượt giới hạn an toàn.`,
    );
  // A zip without a workbook part (a renamed .docx, an archive) would load as an empty, broken workbook.
  if (!entries.some((e) => e.name.replace(/^\//, '') === 'xl/workbook.xml'))
    throw new UnreadableWorkbook(
      'Tệp không phải bảng tính .xlsx (có thể là tệp Word hoặc tệp nén khác): hãy mở trong Excel và lưu dạng .xlsx.',
    );
  for (const e of entries) {
    const merges = /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(e.name) ? new MergeTally() : null;
    for await (const chunk of contentOf(b, e)) merges?.add(chunk);
    if (merges && (merges.count > MAX_MERGES || merges.cells > MAX_MERGED_CELLS))
      throw new UnreadableWorkbook(
        `Tệp bất thường: một trang tính có ${merges.count} vùng gộp ô (${merges.cells} ô), vượt giới hạn an toàn.`,
      );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(b as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbook(`Tệp hỏng, không đọc được: ${(e as Error).message}`);
  }
  return wb;
}
