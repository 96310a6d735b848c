/** OfficeHost's run, messages, hidden sheets and settings through the real Office.js serializer (items 4, 6, minor). */
import { defaultSettings, settingsSchema } from '../../../src/core/schema';
import { workbookName } from '../../../src/excel/document-name';
import { SETTINGS_SHEET } from '../../../src/excel/sheets';
import { fillWireSheet, makeWireHost } from './host';

describe('OfficeHost on the wire host', () => {
  test('item 4: while the officer types in a cell, a command waits (delayForCellEdit) instead of failing', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 2);
    book.cellEditMode = true;
    const [grid] = await host.readSheets();
    expect(grid.values[2]).toEqual(['Xã 2', 21]);
    expect(book.cellEditMode).toBe(false);
  });

  test('item 4: where Excel cannot wait, the officer is told to leave the cell (vi, en)', async () => {
    for (const [lang, text] of [
      ['vi', 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để rời ô đang gõ, rồi bấm lại.'],
      [
        'en',
        'Excel is in cell edit mode. Press Enter or Esc to leave the cell you are typing in, then try again.',
      ],
    ] as const) {
      const { book, host } = makeWireHost({ delayForCellEdit: false, lang });
      fillWireSheet(book, 'Tháng 4', 3, 2);
      book.cellEditMode = true;
      await expect(host.listSheets()).rejects.toThrow(text);
    }
  });

  test('item 4: AccessDenied on a read-only or protected workbook says what to do', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 2);
    book.structureProtected = true;
    await expect(host.writeSummary({ ...emptyLayout })).rejects.toMatchObject({
      code: 'AccessDenied',
      message: expect.stringContaining('Bỏ bảo vệ (Xem lại > Bỏ bảo vệ)'),
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['Tháng 4']);
  });

  test('item 6: Excel 2016 (1.1) saves settings without setting visibility (1.2), and reads them back', async () => {
    const { book, host } = makeWireHost({ apiVersion: '1.1' });
    fillWireSheet(book, 'Tháng 4', 3, 2);
    await host.saveSettings(defaultSettings());
    expect(book.sheet(SETTINGS_SHEET).visibility).toBe('Visible');
    expect(await host.loadSettings()).toEqual(settingsSchema.parse(defaultSettings()));
  });

  test('item 6: ExcelApi 1.2+ hides the settings sheet very hidden', async () => {
    const { book, host } = makeWireHost({ apiVersion: '1.2' });
    fillWireSheet(book, 'Tháng 4', 3, 2);
    await host.saveSettings(defaultSettings());
    expect(book.sheet(SETTINGS_SHEET).visibility).toBe('VeryHidden');
  });

  test('item 6: a structure-protected workbook: the settings save says why it cannot add its sheet', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 2);
    book.structureProtected = true;
    await expect(host.saveSettings(defaultSettings())).rejects.toThrow(
      'Cấu trúc sổ tính đang được bảo vệ nên không lưu được cài đặt (cần thêm một sheet ẩn).',
    );
    // Once the sheet exists, protecting the structure no longer stops a save.
    book.structureProtected = false;
    await host.saveSettings(defaultSettings());
    book.structureProtected = true;
    await host.saveSettings({ ...defaultSettings(), periodRule: 'calendar' });
    expect((await host.loadSettings())?.periodRule).toBe('calendar');
  });

  test('minor: hidden and very hidden sheets are neither listed nor read', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 2);
    fillWireSheet(book, 'Tra cứu', 3, 2).visibility = 'VeryHidden';
    fillWireSheet(book, 'Tháng 3 (cũ)', 3, 2).visibility = 'Hidden';
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['Tháng 4']);
    expect((await host.readSheets()).map((g) => g.name)).toEqual(['Tháng 4']);
  });

  test('minor: selecting a cell on a hidden sheet says to unhide it; on a visible one it selects', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 2);
    fillWireSheet(book, 'Tháng 3 (cũ)', 3, 2).visibility = 'Hidden';
    await expect(host.selectCell('Tháng 3 (cũ)', 5, 'C')).rejects.toThrow(
      'Sheet “Tháng 3 (cũ)” đang ẩn nên không chọn được ô C5.',
    );
    await host.selectCell('Tháng 4', 2, 'B');
    expect([book.activeSheet, book.selection]).toEqual(['Tháng 4', 'Tháng 4!B2']);
  });
});

describe('workbookName (the source shown under the figures)', () => {
  test.each([
    ['C:\\Users\\vp\\Báo cáo\\Tháng 4.xlsx', 'Tháng 4.xlsx'],
    ['/Users/vp/Documents/Tỷ lệ 100%.xlsx', 'Tỷ lệ 100%.xlsx'],
    [
      'https://d.docs.live.net/4f2a/Documents/B%C3%A1o%20c%C3%A1o%20th%C3%A1ng%204.xlsx',
      'Báo cáo tháng 4.xlsx',
    ],
    [
      'https://ubnd.sharepoint.com/:x:/r/sites/vp/_layouts/15/Doc.aspx?sourcedoc=%7B1A2B%7D&file=T%E1%BB%95ng+h%E1%BB%A3p+CCHC.xlsx&action=default&mobileredirect=true',
      'Tổng hợp CCHC.xlsx',
    ],
    ['https://ubnd.sharepoint.com/_layouts/15/Doc.aspx?sourcedoc=%7B1A2B%7D&action=edit', 'Sổ tính trên web'],
    ['', 'Sổ tính chưa lưu'],
  ])('%s -> %s', (url, name) => {
    expect(workbookName(url, 'vi')).toBe(name);
  });

  test('English fallbacks', () => {
    expect(workbookName(null, 'en')).toBe('Unsaved workbook');
  });
});

const emptyLayout = {
  sheetName: 'Tổng hợp CCHC',
  columnWidths: [8, 20],
  rows: [{ cells: [{ value: 'TỔNG HỢP', style: 'title' as const, span: 2 }] }],
  printTitleRows: null,
  page: { orientation: 'landscape' as const, margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
};
