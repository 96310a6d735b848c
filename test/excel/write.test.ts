import ExcelJS from 'exceljs';
import { SUMMARY_MARKER, type SummaryLayout } from '../../src/core/summary/layout';
import { SUMMARY_NAME } from '../../src/excel/sheets';
import { STORE_KEYS } from '../../src/excel/store';
import * as xlsx from '../../src/xlsx';
import { buildSummaryLayout } from '../../src/core/summary';
import { reportOf } from '../helpers/fixtures';
import { loadIntoBook } from './exceljs-to-book';
import { nameValue } from './wire/workbook';
import { fillSheet, makeHost } from './helpers';

const FORMULA_LOOKING = ['=HYPERLINK("http://x.invalid","bấm")', "+cmd|' /C calc'!A0", '@SUM(1)', '-1+2'];

function layout(overrides: Partial<SummaryLayout> = {}): SummaryLayout {
  return {
    sheetName: 'Tổng hợp CCHC',
    columnWidths: [6, 30, 12, 12],
    rows: [
      { cells: [{ value: 'TỔNG HỢP KẾT QUẢ CCHC', style: 'title', span: 4 }], height: 33 },
      { cells: [{ value: 'Kỳ báo cáo: từ ngày 15/3/2024 đến ngày 14/4/2024', style: 'note', span: 4 }] },
      {
        cells: [
          { value: 'STT', style: 'th' },
          { value: 'Đơn vị', style: 'th' },
          { value: 'Đã giải quyết', style: 'th' },
          { value: 'Tỷ lệ', style: 'th' },
        ],
      },
      {
        cells: [
          { value: 1, style: 'cellCenter' },
          { value: 'Xã An Hưng', style: 'cellText' },
          { value: 9737, style: 'cellCount' },
          { value: '99,93%', style: 'cellRate' },
        ],
      },
      {
        cells: [
          { value: 2, style: 'cellCenter', shaded: true },
          { value: FORMULA_LOOKING[0], style: 'cellText', shaded: true },
          { value: FORMULA_LOOKING[1], style: 'cellText', shaded: true },
          { value: FORMULA_LOOKING[2], style: 'cellText', shaded: true },
        ],
      },
      { cells: [{ value: FORMULA_LOOKING[3], style: 'paragraph', span: 4 }] },
    ],
    printTitleRows: [3, 3],
    page: { orientation: 'landscape', margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
    ...overrides,
  };
}

describe('writeSummary', () => {
  test('(c) writing twice leaves exactly one summary sheet, at the same place, in five syncs each', async () => {
    const { excel, host, settings } = makeHost();
    fillSheet(excel, 'Tháng 4', 5, 3);
    fillSheet(excel, 'Tháng 5', 5, 3);
    await host.writeSummary(layout());
    excel.sheets.splice(1, 0, excel.sheets.pop()!); // the officer drags the summary between the months
    excel.resetRecords();
    const result = await host.writeSummary(layout({ rows: layout().rows.slice(0, 3) }));
    // The sheet list, the new sheet's content, the swap, then print setup and frozen rows (no charts).
    expect(excel.syncs).toHaveLength(5);
    expect(result).toEqual({ sheetName: 'Tổng hợp CCHC' });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Tháng 4', 'Tổng hợp CCHC', 'Tháng 5']);
    const summary = excel.sheet('Tổng hợp CCHC');
    expect(summary.values).toHaveLength(3); // the new content, not the old sheet's six rows
    expect(nameValue(excel, SUMMARY_NAME)).toBe("='Tổng hợp CCHC'!$A$1");
    expect(settings.saved.has(STORE_KEYS.summary)).toBe(false);
    expect(excel.activeSheet).toBe('Tổng hợp CCHC');
  });

  test('(c) Excel 2016 (ExcelApi 1.1, no names API): the sheet id kept in the document marks it instead', async () => {
    const { excel, host, settings } = makeHost('1.1');
    fillSheet(excel, 'Tháng 4', 5, 3);
    await host.writeSummary(layout());
    await host.writeSummary(layout());
    expect(excel.sheets.map((s) => s.name)).toEqual(['Tháng 4', 'Tổng hợp CCHC']);
    expect(settings.saved.get(STORE_KEYS.summary)).toEqual({
      marker: SUMMARY_MARKER,
      sheetId: excel.sheets[1].id,
    });
    expect(excel.names.size).toBe(0);
  });

  test('a summary written by the web page or command line (ExcelJS host) is recognized and replaced', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tháng 4').getCell('A1').value = 'Nguồn';
    const file = new xlsx.XlsxHost(
      await xlsx.openWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())),
    );
    await file.writeSummary(layout());
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(file.save() as unknown as ArrayBuffer);
    const { excel, host } = makeHost();
    loadIntoBook(reopened, excel);
    expect((await host.listSheets()).map((s) => [s.name, s.isOwnSummary])).toEqual([
      ['Tháng 4', false],
      ['Tổng hợp CCHC', true],
    ]);
    await host.writeSummary(layout({ rows: layout().rows.slice(0, 2) }));
    expect(excel.sheets.map((s) => s.name)).toEqual(['Tháng 4', 'Tổng hợp CCHC']);
    expect(excel.sheet('Tổng hợp CCHC').values).toHaveLength(2);
    expect(nameValue(excel, SUMMARY_NAME)).toBe("='Tổng hợp CCHC'!$A$1");
  });

  test('(c) a user\'s sheet named like the summary is kept intact; ours becomes "(2)" and is replaced on re-run', async () => {
    const { excel, host } = makeHost();
    const user = fillSheet(excel, 'Tổng hợp CCHC', 4, 2, (r, c) => `ghi chú ${r}-${c}`);
    user.formulas.set('5,0', '=SUM(B1:B4)');
    const before = JSON.stringify({ values: user.values, formulas: [...user.formulas] });
    expect((await host.writeSummary(layout())).sheetName).toBe('Tổng hợp CCHC (2)');
    expect((await host.writeSummary(layout())).sheetName).toBe('Tổng hợp CCHC (2)');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Tổng hợp CCHC', 'Tổng hợp CCHC (2)']);
    expect(JSON.stringify({ values: user.values, formulas: [...user.formulas] })).toBe(before);
    expect(excel.sheet('Tổng hợp CCHC').formats.size).toBe(0);
  });

  test('our summary renamed by the officer is still recognized and replaced', async () => {
    const { excel, host } = makeHost();
    fillSheet(excel, 'Nguồn', 3, 3);
    await host.writeSummary(layout());
    excel.sheet('Tổng hợp CCHC').name = 'Báo cáo tháng 4';
    await host.writeSummary(layout());
    expect(excel.sheets.map((s) => s.name)).toEqual(['Nguồn', 'Tổng hợp CCHC']);
  });

  test('(e) formula-looking text is written as text: value kept, no formula', async () => {
    const { excel, host } = makeHost();
    fillSheet(excel, 'Nguồn', 3, 3);
    await host.writeSummary(layout());
    const summary = excel.sheet('Tổng hợp CCHC');
    expect(summary.formulas.size).toBe(0);
    expect([summary.value(4, 1), summary.value(4, 2), summary.value(4, 3), summary.value(5, 0)]).toEqual(
      FORMULA_LOOKING,
    );
    expect(summary.numberFormat(4, 1)).toBe('@');
    // Numbers stay numbers with their display format; numeric-looking text stays text.
    expect(summary.value(3, 2)).toBe(9737);
    expect(summary.numberFormat(3, 2)).toMatch(/^\[>=1000000\]/);
    expect(summary.value(3, 3)).toBe('99,93%');
  });

  test('Excel would have turned that text into formulas without the text format (the test can fail)', async () => {
    const { excel, run } = makeHost();
    const sheet = excel.addSheet('X');
    await run(async (context) => {
      context.workbook.worksheets.getItem('X').getRange('A1:D1').values = [FORMULA_LOOKING];
      await context.sync();
    });
    expect(sheet.formulas.size).toBe(4);
  });

  test('styles become fonts, fills, borders, merges, sizes and print setup (ExcelApi 1.13)', async () => {
    const { excel, host } = makeHost('1.13');
    fillSheet(excel, 'Nguồn', 3, 3);
    await host.writeSummary(layout());
    const s = excel.sheet('Tổng hợp CCHC');
    const f = (r: number, c: number) => s.format(r, c);
    expect(f(3, 1).font).toEqual({ name: 'Times New Roman', size: 13 });
    expect(f(0, 0).font).toMatchObject({ bold: true, size: 13 });
    expect(f(1, 0).font).toMatchObject({ italic: true, size: 12 });
    expect(f(2, 1).fill).toBe('#DCE6F1');
    expect(f(4, 1).fill).toBe('#FBE2D5');
    expect(f(3, 1).fill).toBeUndefined();
    expect([...f(3, 1).borders].sort()).toEqual(['bottom', 'left', 'right', 'top']);
    expect(f(0, 0).borders.size).toBe(0);
    expect([f(3, 1).horizontalAlignment, f(3, 2).horizontalAlignment, f(2, 0).horizontalAlignment]).toEqual([
      'Left',
      'Right',
      'Center',
    ]);
    expect(f(2, 1).wrapText).toBe(true);
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 1, right: 3 },
      { top: 5, left: 0, bottom: 5, right: 3 },
    ]);
    expect([...s.columnWidths]).toEqual([
      [0, 35.25],
      [1, 161.25],
      [2, 66.75],
      [3, 66.75],
    ]);
    expect([...s.rowHeights]).toEqual([[0, 33]]);
    expect(s.page).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      topMargin: 56.88,
      bottomMargin: 56.88,
      leftMargin: 84.96,
      rightMargin: 42.48,
      printTitleRows: '$3:$3',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: null },
    });
    expect(s.frozenRows).toBe(3);
  });

  test('a real summary: one native chart per indicator, target as a line, a page per table, data off paper', async () => {
    const { excel, host } = makeHost('1.13');
    const report = await reportOf('so-hoa-quy-hop-2024-10', { onlinePaymentRate: 0.3 });
    const summary = buildSummaryLayout(report, {
      lang: 'vi',
      sheetName: 'Tổng hợp CCHC',
      date: new Date(2024, 9, 20),
    });
    const syncs = excel.syncCount;
    await host.writeSummary(summary);
    expect(excel.syncCount - syncs).toBe(5); // list, content, swap, print setup, charts
    const s = excel.sheet('Tổng hợp CCHC');
    expect(s.charts.map((c) => [c.title, c.type, c.seriesTypes[1]])).toEqual([
      ['Tỷ lệ số hóa hồ sơ', 'ColumnClustered', 'Line'],
      ['Tỷ lệ số hóa kết quả giải quyết', 'ColumnClustered', 'Line'],
      ['Tỷ lệ thanh toán trực tuyến', 'ColumnClustered', 'Line'],
      ['Tỷ lệ hồ sơ đồng bộ lên Cổng DVC', 'ColumnClustered', 'Line'],
    ]);
    // 22 units + the series-name row, three columns (name, rate, target) from column U.
    expect(s.charts[0].source).toBe(`${summary.charts![0].firstRow - 1},20,23,3`);
    const first = summary.charts![2].firstRow;
    expect(s.value(first - 1, 20)).toBe('Đơn vị');
    expect([s.value(first, 20), s.value(first, 21), s.value(first, 22)]).toEqual(['Liên Hợp', 1 / 26, 0.3]);
    expect(s.page.printArea).toBe(`A1:I${summary.rows.length}`);
    expect(s.pageBreaks.length).toBeGreaterThanOrEqual(3);
  });

  test('Excel 2019 (ExcelApi 1.7): charts as bars and line; no page breaks or print area', async () => {
    const { excel, host } = makeHost('1.7');
    const report = await reportOf('so-hoa-quy-hop-2024-10');
    await host.writeSummary(buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' }));
    const s = excel.sheet('Tổng hợp CCHC');
    expect(s.charts).toHaveLength(4);
    expect(s.pageBreaks).toEqual([]);
    expect(s.page.printArea).toBeUndefined();
  });

  test('Excel 2016 (ExcelApi 1.1): no merge, sizes or page setup; spans centred across the selection', async () => {
    const { excel, host } = makeHost('1.1');
    fillSheet(excel, 'Nguồn', 3, 3);
    expect((await host.writeSummary(layout())).sheetName).toBe('Tổng hợp CCHC');
    const s = excel.sheet('Tổng hợp CCHC');
    expect(s.merges).toEqual([]);
    expect(s.format(0, 3).horizontalAlignment).toBe('CenterAcrossSelection');
    expect(s.format(5, 0).wrapText).toBe(false); // the paragraph overflows instead of wrapping in column A
    expect(s.columnWidths.size + s.rowHeights.size + s.frozenRows).toBe(0);
    expect(s.page).toEqual({});
    expect(s.value(0, 0)).toBe('TỔNG HỢP KẾT QUẢ CCHC');
  });
});

describe('a long summary stays one small request', () => {
  const unitRow = (i: number) => ({
    cells: [
      { value: i + 1, style: 'cellCenter' as const, shaded: i % 10 === 0 },
      { value: `Xã số ${i + 1}`, style: 'cellText' as const, shaded: i % 10 === 0 },
      { value: 1000 + i, style: 'cellCount' as const, shaded: i % 10 === 0 },
      { value: '98,5%', style: 'cellRate' as const, shaded: i % 10 === 0 },
    ],
  });

  test('formats go by blocks (table columns), not per row: operations do not grow with units', async () => {
    const cost = async (units: number) => {
      const { excel, host } = makeHost();
      fillSheet(excel, 'Nguồn', 2, 2);
      await host.writeSummary(
        layout({
          rows: [...layout().rows.slice(0, 3), ...Array.from({ length: units }, (_, i) => unitRow(i))],
        }),
      );
      const summary = excel.sheet('Tổng hợp CCHC');
      expect([...summary.format(3 + units - 1, 1).borders].sort()).toEqual([
        'bottom',
        'left',
        'right',
        'top',
      ]);
      return excel.syncs[1];
    };
    const small = await cost(20);
    const large = await cost(2000);
    // Column blocks cover any number of units; only each shaded row (one in ten) adds a fill operation
    // (six actions on the wire), plus Office.js's own split of the values into 1,500-cell blocks.
    expect((large.actions - small.actions) / (2000 - 20)).toBeLessThan(1);
    expect(large.requestBytes).toBeLessThan(1024 * 1024);
  });
});
