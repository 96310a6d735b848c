/** The summary as the file host writes it: NĐ 30/2020 look, Times New Roman 13 (12 in the title block). */
import ExcelJS from 'exceljs';
import { buildSummaryLayout } from '../../src/core/summary';
import { openWorkbook, XlsxHost } from '../../src/xlsx';
import { reportOf } from '../helpers/fixtures';

async function writtenSummary(): Promise<ExcelJS.Worksheet> {
  const report = await reportOf('so-hoa-quy-hop-2024-10');
  const source = new ExcelJS.Workbook();
  source.addWorksheet('Số liệu');
  const host = new XlsxHost(await openWorkbook(new Uint8Array(await source.xlsx.writeBuffer())));
  const { sheetName } = await host.writeSummary(
    buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC', date: new Date(2024, 10, 5) }),
  );
  // Through the file format, as the officer's Excel reads it.
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(host.save() as unknown as ArrayBuffer);
  return reread.getWorksheet(sheetName)!;
}

function cellWith(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => (found ??= c.value === text ? c : undefined)));
  if (!found) throw new Error(`no cell "${text}"`);
  return found;
}

describe('summary written to a file', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await writtenSummary();
  });

  test('every written cell is Times New Roman', () => {
    const fonts = new Set<string>();
    ws.eachRow((row) => row.eachCell((c) => fonts.add(String(c.font?.name))));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  test('13 points in tables and text, 12 for the agency and the national heading', () => {
    expect(cellWith(ws, 'STT').font.size).toBe(13);
    expect(cellWith(ws, 'PHỤ LỤC').font).toMatchObject({ size: 13, bold: true });
    expect(cellWith(ws, 'Độc lập - Tự do - Hạnh phúc').font).toMatchObject({ size: 13, bold: true });
    expect(cellWith(ws, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font).toMatchObject({ size: 12, bold: true });
    const sizes = new Set<number>();
    ws.eachRow((row) => row.eachCell((c) => sizes.add(Number(c.font?.size))));
    expect([...sizes].sort()).toEqual([12, 13]);
  });
});
