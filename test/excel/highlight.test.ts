import { MARK_BATCH } from '../../src/excel/highlight';
import { STORE_KEYS } from '../../src/excel/store';
import { fillSheet, makeHost } from './helpers';

function sourceSheet(excel: ReturnType<typeof makeHost>['excel']) {
  const sheet = fillSheet(excel, 'Tháng 4', 10, 4);
  sheet.formulas.set('9,3', '=SUM(D1:D9)');
  sheet.format(2, 1).fill = '#FFFF00'; // the officer's own yellow
  return sheet;
}

const snapshot = (sheet: ReturnType<typeof sourceSheet>) =>
  JSON.stringify({ values: sheet.values, formulas: [...sheet.formulas], formats: sheet.numberFormats });

describe('highlight and clearHighlights', () => {
  test('(d) shading then clearing restores the original fills and never touches values or formulas', async () => {
    const { excel, host, settings } = makeHost();
    const sheet = sourceSheet(excel);
    const before = snapshot(sheet);
    const marks = [
      { sheet: 'Tháng 4', row: 3, column: 'B' },
      { sheet: 'Tháng 4', row: 4, column: 'B' },
      { sheet: 'Tháng 4', row: 10, column: 'D' },
    ];
    await host.highlight(marks);
    expect(excel.syncs).toHaveLength(3); // the sheets and their protection, the fills, the shading
    expect([sheet.format(2, 1).fill, sheet.format(3, 1).fill, sheet.format(9, 3).fill]).toEqual([
      '#FBE2D5',
      '#FBE2D5',
      '#FBE2D5',
    ]);
    expect(settings.saved.get(STORE_KEYS.highlights)).toEqual({
      [sheet.id]: { B3: '#FFFF00', B4: '#FFFFFF', D10: '#FFFFFF' },
    });
    expect(snapshot(sheet)).toBe(before);

    excel.resetRecords();
    await host.clearHighlights();
    expect(excel.syncs).toHaveLength(4); // the sheet list, their protection, the fills, the restore
    expect(sheet.format(2, 1).fill).toBe('#FFFF00');
    expect(sheet.format(3, 1).fill).toBeUndefined();
    expect(sheet.format(9, 3).fill).toBeUndefined();
    expect(snapshot(sheet)).toBe(before);
    expect(settings.saved.has(STORE_KEYS.highlights)).toBe(false);
  });

  test("a second run keeps the first backup, so clearing still restores the officer's fill", async () => {
    const { excel, host } = makeHost();
    const sheet = sourceSheet(excel);
    await host.highlight([{ sheet: 'Tháng 4', row: 3, column: 'B' }]);
    await host.highlight([
      { sheet: 'Tháng 4', row: 3, column: 'B' },
      { sheet: 'Tháng 4', row: 3, column: 'B' },
    ]);
    await host.clearHighlights();
    expect(sheet.format(2, 1).fill).toBe('#FFFF00');
  });

  test('a fill the officer changed after shading, and a renamed or deleted sheet, are handled', async () => {
    const { excel, host } = makeHost();
    const sheet = sourceSheet(excel);
    fillSheet(excel, 'Tạm', 3, 3);
    await host.highlight([
      { sheet: 'Tháng 4', row: 3, column: 'B' },
      { sheet: 'Tháng 4', row: 5, column: 'C' },
      { sheet: 'Tạm', row: 1, column: 'A' },
    ]);
    sheet.name = 'Tháng 4 (sửa)';
    sheet.format(4, 2).fill = '#00B050';
    excel.sheets.splice(excel.sheets.indexOf(excel.sheet('Tạm')), 1);
    await host.clearHighlights();
    expect(sheet.format(2, 1).fill).toBe('#FFFF00');
    expect(sheet.format(4, 2).fill).toBe('#00B050');
  });

  test('many marks go in batches of a fixed size, each well under the payload limit', async () => {
    const { excel, host } = makeHost();
    fillSheet(excel, 'Danh sách', 12_000, 1);
    const marks = Array.from({ length: 12_000 }, (_, i) => ({ sheet: 'Danh sách', row: i + 1, column: 'A' }));
    await host.highlight(marks);
    expect(excel.syncs).toHaveLength(1 + 2 * Math.ceil(12_000 / MARK_BATCH));
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThan(2 * 1024 * 1024);
    expect(excel.sheet('Danh sách').format(11_999, 0).fill).toBe('#FBE2D5');
  });

  test('clearing with nothing recorded does not call Excel', async () => {
    const { excel, host } = makeHost();
    await host.clearHighlights();
    await host.highlight([]);
    expect(excel.syncs).toHaveLength(0);
  });
});
