import ExcelJS from 'exceljs';
import { defaultSettings, settingsSchema } from '../../src/core/schema';
import { SETTINGS_SHEET } from '../../src/excel/sheets';
import { openWorkbook, XlsxHost } from '../../src/xlsx';
import { loadIntoBook } from './exceljs-to-book';
import { makeHost } from './helpers';

const mine = () => ({
  ...defaultSettings(),
  thresholds: { onlinePaymentRate: 0.3 },
  kindOverrides: { 'Tháng 4': 'dossier-stats' as const },
});

describe('settings stored in the workbook', () => {
  test('absent settings read as null', async () => {
    const { host } = makeHost();
    expect(await host.loadSettings()).toBeNull();
  });

  test('saved settings go into A1 of a very hidden sheet (ExcelApi 1.2), as text, and read back', async () => {
    const { excel, host } = makeHost('1.2');
    excel.addSheet('Tháng 4');
    await host.saveSettings(mine());
    const sheet = excel.sheet(SETTINGS_SHEET);
    expect(sheet.visibility).toBe('VeryHidden');
    expect(sheet.numberFormat(0, 0)).toBe('@');
    const stored = settingsSchema.parse(mine()); // what the schema makes of it (defaults filled in)
    expect(JSON.parse(String(sheet.value(0, 0)))).toEqual(stored);
    expect(await host.loadSettings()).toEqual(stored);
    await host.saveSettings({ ...mine(), periodRule: 'calendar' });
    expect(excel.sheets.filter((s) => s.name === SETTINGS_SHEET)).toHaveLength(1);
    expect((await host.loadSettings())?.periodRule).toBe('calendar');
  });

  test('the settings sheet is not a source sheet', async () => {
    const { excel, host } = makeHost();
    excel.addSheet('Tháng 4').setValue(0, 0, 'x');
    await host.saveSettings(mine());
    expect((await host.readSheets()).map((g) => g.name)).toEqual(['Tháng 4']);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['Tháng 4']);
  });

  test('settings the web page or command line saved (ExcelJS host) are read by the add-in', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tháng 4');
    const file = new XlsxHost(await openWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())));
    await file.saveSettings(mine());
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(file.save() as unknown as ArrayBuffer);
    const { excel, host } = makeHost();
    loadIntoBook(reopened, excel);
    expect(await host.loadSettings()).toEqual(settingsSchema.parse(mine()));
  });

  test('stored settings are validated: defaults fill gaps; unusable ones read as null', async () => {
    const { excel, host } = makeHost();
    const sheet = excel.addSheet(SETTINGS_SHEET);
    sheet.setValue(0, 0, JSON.stringify({ thresholds: { onTimeRate: 0.95 } }));
    expect(await host.loadSettings()).toEqual(settingsSchema.parse({ thresholds: { onTimeRate: 0.95 } }));
    expect((await host.loadSettings())?.summarySheetName).toBe('Tổng hợp CCHC');
    sheet.setValue(0, 0, JSON.stringify({ thresholds: { onTimeRate: 95 } }));
    expect(await host.loadSettings()).toBeNull();
    sheet.setValue(0, 0, '{ not json');
    expect(await host.loadSettings()).toBeNull();
  });

  test('invalid settings are not saved', async () => {
    const { excel, host } = makeHost();
    await expect(host.saveSettings({ ...defaultSettings(), summarySheetName: '' })).rejects.toThrow();
    expect(excel.sheets).toHaveLength(0);
  });
});
