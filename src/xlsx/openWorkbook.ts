/**
 * Opens .xlsx bytes with ExcelJS after checking what they are: an old .xls or a password-protected
 * file (both OLE containers), a CSV, or a zip whose declared contents would blow up in memory.
 */
import ExcelJS from 'exceljs';

export class UnreadableWorkbook extends Error {}

/** Unzipped size above which a file is refused (a real monthly export is a few MB). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
const MAX_RATIO = 200;

/** Sum of the uncompressed sizes in the zip's central directory, without inflating anything. */
export function declaredUnzippedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0)
    throw new UnreadableWorkbook('Tệp hỏng: không phải tệp .xlsx hợp lệ (không đọc được cấu trúc zip).');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries && p + 46 <= bytes.length; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    total += view.getUint32(p + 24, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return total;
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
  const unzipped = declaredUnzippedSize(b);
  if (unzipped > MAX_UNZIPPED_BYTES || unzipped > b.length * MAX_RATIO + 50 * 1024 * 1024)
    throw new UnreadableWorkbook(
      `Tệp bất thường: nội dung giải nén khai báo ${Math.round(unzipped / 1048576)} MB, vượt giới hạn an toàn.`,
    );
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(b as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbook(`Tệp hỏng, không đọc được: ${(e as Error).message}`);
  }
  return wb;
}
