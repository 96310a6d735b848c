import {
  BATCH_BUDGET,
  chunkRows,
  isDateFormat,
  parseMergedAddress,
  planBatches,
  toCellValue,
} from '../../src/excel/read';
import { PAYLOAD_LIMIT } from './wire/workbook';
import { MB, fillSheet, makeHost } from './helpers';

async function readCost(rows: number, columns = 12) {
  const { excel, host } = makeHost();
  fillSheet(excel, 'Data', rows, columns);
  const grids = await host.readSheets();
  return { grids, syncs: excel.syncs };
}

describe('reading sheets: round trips and payloads', () => {
  // One sync is one request and one response, so 100,000 rows x 12 columns (tens of MB) cannot come back in
  // a fixed number of syncs AND under 5 MB each. The sync count is fixed up to one batch budget (~2 MB of
  // cells, about 3,600 rows of 12 columns) and then grows with the bytes, by batches, not with rows.
  test('(a) 100 rows and 3,000 rows (one batch budget) take the same number of syncs', async () => {
    const small = await readCost(100);
    const large = await readCost(3000);
    expect(large.grids[0].values).toHaveLength(3000);
    expect(small.syncs).toHaveLength(4); // sheet list, used ranges, cells, merged areas
    expect(large.syncs).toHaveLength(small.syncs.length);
  });

  describe('100,000 rows x 12 columns', () => {
    let big: Awaited<ReturnType<typeof readCost>>;
    beforeAll(async () => {
      big = await readCost(100_000);
    });

    test('(a) a handful of batches (one per ~2 MB), never one sync per row', () => {
      const cellBatches = Math.ceil(100_000 / chunkRows(12));
      expect(big.syncs).toHaveLength(3 + cellBatches);
      expect(big.syncs.length).toBeLessThan(100);
      expect(big.grids[0].values[99_999]).toEqual([
        'Xã 99999',
        ...Array.from({ length: 11 }, (_, c) => 999_990 + c + 1),
      ]);
    });

    test('(b) no request or response above 5 MB, none refused', () => {
      expect(big.syncs.every((s) => !s.failed)).toBe(true);
      expect(Math.max(...big.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT);
      expect(Math.max(...big.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
      // The data really went through: tens of MB in total, split into many responses.
      expect(big.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(10 * MB);
    });
  });

  test('when long texts defeat the size estimate, a refused batch is split and read in halves', async () => {
    const { excel, host } = makeHost();
    const long = 'Thủ tục đăng ký khai sinh, kết hôn, nhận cha mẹ con '.repeat(20);
    fillSheet(excel, 'Texts', 6000, 6, (r, c) => `${r}:${c} ${long}`);
    const [grid] = await host.readSheets();
    expect(grid.values).toHaveLength(6000);
    expect(grid.values[5999][5]).toBe(`5999:5 ${long}`);
    expect(excel.syncs.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    const delivered = excel.syncs.filter((s) => !s.failed);
    expect(Math.max(...delivered.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
  });

  test('several small sheets share one cell batch', async () => {
    const { excel, host } = makeHost();
    for (const name of ['Tháng 1', 'Tháng 2', 'Tháng 3']) fillSheet(excel, name, 50, 10);
    const progress: [number, number][] = [];
    const grids = await host.readSheets(undefined, (done, total) => progress.push([done, total]));
    expect(grids.map((g) => g.name)).toEqual(['Tháng 1', 'Tháng 2', 'Tháng 3']);
    expect(excel.syncs).toHaveLength(4);
    expect(progress).toEqual([
      [3, 3], // the cells
      [3, 3], // the merged areas
    ]);
  });
});

describe('reading sheets: what the grid holds', () => {
  test('cells land at their sheet position; empty, covered and error cells; dates by number format', async () => {
    const { excel, host } = makeHost();
    const sheet = fillSheet(
      excel,
      'Báo cáo',
      3,
      3,
      (r, c) =>
        [
          ['Đơn vị', 'Kỳ', 'Tỷ lệ'],
          ['Xã An Hưng', 45397, 0.9693],
          ['#DIV/0!', null, true],
        ][r][c],
      4,
      2,
    );
    sheet.setNumberFormat(5, 3, 'dd/mm/yyyy');
    sheet.setNumberFormat(5, 4, '0.00%');
    sheet.merges.push({ top: 4, left: 2, bottom: 4, right: 3 });
    sheet.setValue(4, 3, null);
    const [grid] = await host.readSheets(['Báo cáo']);
    expect(grid.values.slice(0, 4)).toEqual([[], [], [], []]);
    expect(grid.values[4]).toEqual([null, null, 'Đơn vị', null, 'Tỷ lệ']);
    expect(grid.values[5]).toEqual([null, null, 'Xã An Hưng', new Date(Date.UTC(2024, 3, 15)), 0.9693]);
    expect(grid.values[6]).toEqual([null, null, { error: '#DIV/0!' }, null, true]);
    expect(grid.numFmts?.[5]).toEqual([null, null, null, 'dd/mm/yyyy', '0.00%']);
    expect(grid.merges).toEqual([{ top: 4, left: 2, bottom: 4, right: 3 }]);
    expect(grid.mergesUnknown).toBeUndefined();
  });

  test('Excel 2016 (ExcelApi 1.1): same cells, merges flagged unknown, no API above 1.1 used', async () => {
    const { excel, host } = makeHost('1.1');
    const sheet = fillSheet(excel, 'Data', 20, 4);
    sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    excel.addSheet('Trống');
    const grids = await host.readSheets();
    expect(grids[0].values).toHaveLength(20);
    expect(grids[0].merges).toEqual([]);
    expect(grids[0].mergesUnknown).toBe(true);
    expect(grids[1].values).toEqual([]);
    expect(excel.syncs).toHaveLength(3); // no merged-areas sync
  });

  test("the add-in's own summary is left out unless asked for by name", async () => {
    const { excel, host } = makeHost();
    fillSheet(excel, 'Nguồn', 5, 3);
    await host.writeSummary({
      sheetName: 'Tổng hợp CCHC',
      columnWidths: [10],
      rows: [{ cells: [{ value: 'Tổng hợp', style: 'title' }] }],
      printTitleRows: null,
      page: { orientation: 'landscape', margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
    });
    expect((await host.readSheets()).map((g) => g.name)).toEqual(['Nguồn']);
    expect((await host.readSheets(['Tổng hợp CCHC'])).map((g) => g.name)).toEqual(['Tổng hợp CCHC']);
    await expect(host.readSheets(['Không có'])).rejects.toThrow('Không tìm thấy sheet "Không có"');
    const info = await host.listSheets();
    expect(info.map((s) => [s.name, s.isOwnSummary, s.rowCount, s.columnCount])).toEqual([
      ['Nguồn', false, 5, 3],
      ['Tổng hợp CCHC', true, 1, 1],
    ]);
  });
});

describe('reading helpers', () => {
  test('planBatches splits rows by the budget and packs small sheets together', () => {
    const box = (rows: number, columns: number) => ({ top: 2, left: 1, rows, columns });
    const batches = planBatches([box(10, 5), null, box(10, 5)], 10 * 5 * 48 * 2);
    expect(batches).toEqual([
      [
        { sheet: 0, top: 2, rows: 10, left: 1, columns: 5 },
        { sheet: 2, top: 2, rows: 10, left: 1, columns: 5 },
      ],
    ]);
    const big = planBatches([box(1000, 10)], BATCH_BUDGET / 10);
    expect(big.length).toBe(Math.ceil(1000 / chunkRows(10, BATCH_BUDGET / 10)));
    expect(big.flat().reduce((n, c) => n + c.rows, 0)).toBe(1000);
  });

  test('date formats are told from number and text formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd/mm/yyyy', 'h:mm AM/PM', '[h]:mm'].map(isDateFormat)).toEqual(
      [true, true, true, true, true],
    );
    expect(
      ['General', '@', '0.00%', '#,##0', '#,##0 "đồng"', '[Red]0.0', '[>=1000]#"."###;0', null].map(
        isDateFormat,
      ),
    ).toEqual([false, false, false, false, false, false, false, false]);
    expect(toCellValue(1, 'yyyy-mm-dd')).toEqual(new Date(Date.UTC(1899, 11, 31)));
    expect(toCellValue('#N/A', null)).toEqual({ error: '#N/A' });
    expect(toCellValue('', null)).toBeNull();
  });

  test('merged-area addresses are parsed for quoted and plain sheet names', () => {
    expect(parseMergedAddress("'Tháng 4, 2024'!A7:A9, 'Tháng 4, 2024'!$B$7:$D$7", 'Tháng 4, 2024')).toEqual([
      { top: 6, left: 0, bottom: 8, right: 0 },
      { top: 6, left: 1, bottom: 6, right: 3 },
    ]);
    expect(parseMergedAddress('Sheet1!C3:D4,Sheet1!AA10:AB10', 'Sheet1')).toEqual([
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 9, left: 26, bottom: 9, right: 27 },
    ]);
    expect(parseMergedAddress("'It''s'!B2:C2", "It's")).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });
});
