import { defaultSettings } from '../../src/core/schema';
import { detectCapabilities } from '../../src/excel/capabilities';
import { createOfficeHost } from '../../src/excel/office-host';
import { WireSettings, installWireGlobals } from './wire/host';
import { WireBook } from './wire/workbook';
import { fillSheet, makeHost } from './helpers';

describe('OfficeHost', () => {
  test('createOfficeHost wires Excel.run, the requirement sets and the document settings of the running Office', async () => {
    const excel = new WireBook({ apiVersion: '1.7' });
    installWireGlobals(excel, new WireSettings());
    expect(detectCapabilities()).toEqual({
      merge: true,
      sizing: true,
      nullObjects: true,
      definedNames: true,
      freezePanes: true,
      chartTypes: true,
      pageLayout: false,
      mergedAreas: false,
      sheetProtection: true,
      workbookProtection: true,
    });
    fillSheet(excel, 'Tháng 4', 3, 2);
    const [grid] = await createOfficeHost().readSheets();
    expect(grid.mergesUnknown).toBe(true);
    expect(grid.values[2]).toEqual(['Xã 2', 21]);
  });

  test('selectCell checks the sheet is visible, then activates it and selects the cell (two syncs)', async () => {
    const { excel, host } = makeHost();
    fillSheet(excel, 'Tháng 4', 3, 2);
    excel.addSheet('Khác');
    await host.selectCell('Tháng 4', 15, 'H');
    expect([excel.activeSheet, excel.selection, excel.syncCount]).toEqual(['Tháng 4', 'Tháng 4!H15', 2]);
    await host.selectCell('Khác', 2);
    expect(excel.selection).toBe('Khác!A2');
  });

  test('every command runs on Excel 2016 (ExcelApi 1.1) without touching a newer API', async () => {
    const { excel, host } = makeHost('1.1');
    fillSheet(excel, 'Tháng 4', 30, 5);
    const grids = await host.readSheets();
    expect(await host.listSheets()).toHaveLength(1);
    await host.saveSettings(defaultSettings());
    expect(await host.loadSettings()).not.toBeNull();
    await host.highlight([{ sheet: grids[0].name, row: 2, column: 'C' }]);
    await host.clearHighlights();
    const { sheetName } = await host.writeSummary({
      sheetName: 'Tổng hợp CCHC',
      columnWidths: [8, 20],
      rows: [{ cells: [{ value: 'TỔNG HỢP', style: 'title', span: 2 }], height: 30 }],
      printTitleRows: [1, 1],
      page: { orientation: 'landscape', margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
    });
    await host.selectCell(sheetName, 1);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Tháng 4', '_BaoCaoCCHC', 'Tổng hợp CCHC']);
  });
});
