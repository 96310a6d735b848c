import { cleanSheetName, freeSheetName } from '../../src/core/sheetName';
import { XlsxHost } from '../../src/xlsx';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import ExcelJS from 'exceljs';
import type { SummaryLayout } from '../../src/core/summary/layout';

describe('sheet names (both hosts)', () => {
  test('free names get "(n)" within 31 characters, compared without case', () => {
    expect(freeSheetName('Tổng hợp CCHC', ['tổng hợp cchc', 'Tổng hợp CCHC (2)'])).toBe('Tổng hợp CCHC (3)');
    const long = 'Tổng hợp cải cách hành chính năm 2024';
    const named = freeSheetName(long, [long.slice(0, 31)]);
    expect(named).toBe(`${long.slice(0, 27)} (2)`);
    expect(named.length).toBe(31);
  });

  test('characters Excel refuses in sheet names are replaced, apostrophes at either end dropped', () => {
    expect(cleanSheetName("'Tổng hợp: 1/2024 [bản nháp]?'")).toBe('Tổng hợp  1 2024  bản nháp');
    expect(cleanSheetName('a\\b*c')).toBe('a b c');
    // Cut at 31 characters, then no apostrophe may end the name.
    expect(cleanSheetName(`${'x'.repeat(30)}'y`)).toBe('x'.repeat(30));
    expect(cleanSheetName('  ')).toBe('Tổng hợp CCHC');
    expect(cleanSheetName("''")).toBe('Tổng hợp CCHC');
  });

  test('"History" is reserved by Excel, in any case', () => {
    expect(freeSheetName('History', [])).toBe('History (2)');
    expect(freeSheetName('HISTORY', [])).toBe('HISTORY (2)');
    expect(freeSheetName('History (2)', [])).toBe('History (2)');
  });

  test('names are the same after NFC: a decomposed "Tổng hợp" is taken by the composed one', () => {
    const decomposed = 'Tổng hợp CCHC'.normalize('NFD');
    expect(decomposed).not.toBe('Tổng hợp CCHC');
    expect(freeSheetName('Tổng hợp CCHC', [decomposed])).toBe('Tổng hợp CCHC (2)');
  });

  test('the file host names its summary by the same rules', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('tổng hợp cchc'.normalize('NFD'));
    const host = new XlsxHost(await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
    const layout: SummaryLayout = {
      sheetName: 'History',
      columnWidths: [10],
      rows: [],
      printTitleRows: null,
      page: { orientation: 'landscape', margins: { top: 1, bottom: 1, left: 1, right: 1 } },
    };
    expect(await host.writeSummary(layout)).toEqual({ sheetName: 'History (2)' });
    expect(await host.writeSummary({ ...layout, sheetName: 'Tổng hợp CCHC' })).toEqual({
      sheetName: 'Tổng hợp CCHC (2)',
    });
  });
});
