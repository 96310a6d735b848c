/**
 * writeSummary through the real Office.js serializer against the wire workbook (issue 16, items 1, 2,
 * 3, 7, 8 and the defined-name lookup).
 */
import { SUMMARY_NAME } from '../../../src/excel/sheets';
import { CHART_DATA_COL, type SummaryLayout } from '../../../src/core/summary/layout';
import { fillWireSheet, makeWireHost } from './host';
import { resultsSummary } from './layouts';
import { jsonBytes } from '../../../src/excel/request-budget';
import { PAYLOAD_LIMIT } from './workbook';

const MB = 1024 * 1024;

describe('writeSummary on the wire host', () => {
  test('item 1: chart labels stay text in every row ("1", "-A", "3/2" are not a number, formula, date)', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 3);
    const wards = ['Phường 1', 'Phường -A', 'Phường 3/2', 'Phường 10%'];
    const summary = resultsSummary(4, (i) => wards[i]);
    await host.writeSummary(summary);
    const s = book.sheet('Tổng hợp CCHC');
    const spec = summary.charts![0];
    const labels = Array.from({ length: 4 }, (_, i) => s.value(spec.firstRow + i, CHART_DATA_COL));
    expect(labels.sort()).toEqual(['-A', '1', '10%', '3/2']);
    expect(s.formulas.size).toBe(0);
    // The header row (series names) is text too, and the rates are numbers shown as percentages.
    expect(s.numberFormat(spec.firstRow - 1, CHART_DATA_COL)).toBe('@');
    expect(typeof s.value(spec.firstRow, CHART_DATA_COL + 1)).toBe('number');
    expect(s.numberFormat(spec.firstRow, CHART_DATA_COL + 1)).toBe('0.00%');
  });

  test('item 7: each chart is column bars with the target as a line (not BarClustered)', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 3);
    await host.writeSummary(resultsSummary(6));
    const charts = book.sheet('Tổng hợp CCHC').charts;
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) expect([c.type, c.seriesTypes[1]]).toEqual(['ColumnClustered', 'Line']);
  });

  test('item 8: page setup on the active sheet, fit to one page wide with verticalFitToPages null, rows frozen', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 3);
    const summary: SummaryLayout = { ...resultsSummary(1), printTitleRows: [3, 4] };
    await host.writeSummary(summary);
    const s = book.sheet('Tổng hợp CCHC');
    expect(s.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: null });
    expect(s.zoomIgnored).toBe(false);
    expect(s.frozenRows).toBe(summary.printTitleRows![1]);
    expect(book.active).toBe(s);
  });

  test('item 2: a failure while building leaves the previous summary and its mark; the next run replaces it', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 3);
    fillWireSheet(book, 'Tháng 5', 3, 3);
    await host.writeSummary(resultsSummary(3));
    book.sheets.splice(1, 0, book.sheets.pop()!); // the officer drags the summary between the months
    const before = book.sheet('Tổng hợp CCHC');
    const title = before.value(0, 0);
    book.failOn = (call) => (call === 'Range.Merge' ? 'InactiveWorkbook' : undefined);
    await expect(host.writeSummary(resultsSummary(5))).rejects.toThrow(
      'Sổ tính không còn là cửa sổ đang làm việc',
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['Tháng 4', 'Tổng hợp CCHC', 'Tháng 5']);
    expect(book.sheet('Tổng hợp CCHC')).toBe(before);
    expect(before.value(0, 0)).toBe(title);
    expect(book.nameValue(SUMMARY_NAME)).toBe("='Tổng hợp CCHC'!$A$1");

    book.failOn = () => undefined;
    const { sheetName } = await host.writeSummary(resultsSummary(5));
    expect(sheetName).toBe('Tổng hợp CCHC');
    expect(book.sheets.map((s) => s.name)).toEqual(['Tháng 4', 'Tổng hợp CCHC', 'Tháng 5']);
    expect(book.sheet('Tổng hợp CCHC')).not.toBe(before);
    expect(book.nameValue(SUMMARY_NAME)).toBe("='Tổng hợp CCHC'!$A$1");
  });

  test('item 2: freeze panes or page setup refused (GeneralException) still leaves a complete, marked summary', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 3);
    book.failOn = (call) =>
      call === 'FreezePanes.FreezeRows' || call === 'PageLayout.set.Zoom' ? 'GeneralException' : undefined;
    const summary = resultsSummary(4);
    await host.writeSummary(summary);
    const s = book.sheet('Tổng hợp CCHC');
    expect(s.values.length).toBe(summary.rows.length);
    expect(s.charts.length).toBe(summary.charts!.length);
    expect(book.nameValue(SUMMARY_NAME)).toBe("='Tổng hợp CCHC'!$A$1");
    expect(book.active).toBe(s);
  });

  test('item 3: a 5,000-unit summary: every request under 5 MB through the real serializer', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Lớn', 3, 3);
    const summary = resultsSummary(5000);
    book.resetRecords();
    await host.writeSummary(summary);
    const biggest = Math.max(...book.requestBytes);
    expect(book.syncs.filter((s) => s.failed)).toEqual([]);
    expect(biggest).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * MB);
    expect(book.syncs.length).toBeLessThan(20);
    expect(book.sheet('Tổng hợp CCHC').values.length).toBe(summary.rows.length);
  });

  test('minor: the first sync asks for our one defined name, not every name of the workbook', async () => {
    const { book, host } = makeWireHost();
    const data = fillWireSheet(book, 'Tháng 4', 3, 3);
    for (let i = 0; i < 2000; i++) book.names.set(`Vung_${i}`, { sheet: data, cell: '$A$1' });
    book.resetRecords();
    await host.writeSummary(resultsSummary(3));
    expect(book.syncs[0].responseBytes).toBeLessThan(2000);
  });

  test('ItemAlreadyExists from Excel is told in Vietnamese with what to do', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 3, 3);
    book.failOn = (call) => (call === 'Worksheets.Add' ? 'ItemAlreadyExists' : undefined);
    await expect(host.writeSummary(resultsSummary(3))).rejects.toThrow(
      'Đã có một sheet hoặc tên trùng trong sổ tính',
    );
  });
});

describe('request budget', () => {
  test('jsonBytes counts UTF-8 bytes as Office.js sends them', () => {
    for (const value of [['Xã An Hưng', 9737], ['Phường Đông Ngàn', '@'], ['😀 emoji'], []])
      expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
  });
});
