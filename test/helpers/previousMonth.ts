/**
 * "Last month" for ho-so-an-lao-2024-04.xlsx, made from the fixture itself: period 15/2–14/3/2024,
 * Xã An Vinh 30/73 online (still below 50%: missed twice), Xã An Tân 80/135 (was above), and Xã An
 * Nghĩa under its old name "Xã Nghĩa Hưng" (cannot be matched by name: the officer pairs it).
 */
import ExcelJS from 'exceljs';
import path from 'node:path';

const SHEET = 'Tháng 4-2024';
export const CURRENT_FIXTURE = path.resolve(__dirname, '../fixtures/ho-so-an-lao-2024-04.xlsx');

export async function previousMonthBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CURRENT_FIXTURE);
  const ws = wb.getWorksheet(SHEET)!;
  ws.name = 'Tháng 3-2024';
  ws.getCell('B5').value = 'Kỳ báo cáo: từ ngày 15/2/2024 đến ngày 14/3/2024';
  const set = (row: number, online: number, direct: number) => {
    ws.getCell(`D${row}`).value = online;
    ws.getCell(`E${row}`).value = direct;
  };
  set(26, 30, 43); // Xã An Vinh
  set(28, 80, 55); // Xã An Tân
  ws.getCell('B31').value = 'Xã Nghĩa Hưng';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
