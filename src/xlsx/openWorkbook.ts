/**
 * Opens .xlsx bytes after checking what they are: an old .xls or a password-protected file (both OLE
 * containers), a CSV, a zip without a workbook, or a zip whose declared contents would blow up in
 * memory. A zip that lies about its sizes is caught as its parts inflate (zip.ts).
 */
import { indexPackage, type WorkbookPackage } from './workbookPackage';
import { UnreadableWorkbook, zipEntries } from './zip';

export { UnreadableWorkbook } from './zip';

/** Unzipped size above which a file is refused (a real monthly export is a few MB). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
const MAX_RATIO = 200;

export async function openWorkbook(bytes: Uint8Array): Promise<WorkbookPackage> {
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
  // Deflate never grows data by more than a few bytes per block: more compressed than whole is a lie.
  const liar = entries.find((e) => e.method === 8 && e.compressedSize > e.size + e.size / 100 + 1024);
  if (liar)
    throw new UnreadableWorkbook(
      `Tệp bất thường: ${liar.name} khai báo kích thước giải nén sai (${liar.size} byte), vượt giới hạn an toàn.`,
    );
  const unzipped = entries.reduce((sum, e) => sum + e.size, 0);
  if (unzipped > MAX_UNZIPPED_BYTES || unzipped > b.length * MAX_RATIO + 50 * 1024 * 1024)
    throw new UnreadableWorkbook(
      `Tệp bất thường: nội dung giải nén khai báo ${Math.round(unzipped / 1048576)} MB, vượt giới hạn an toàn.`,
    );
  return indexPackage(b);
}
