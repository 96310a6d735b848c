/** "Trễ hạn" is the other way officers write "quá hạn": in a header and in a dossier's status. */
import { summarizeWorkbook } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';

const run = (grid: Grid) => summarizeWorkbook([grid], { source: 'bao-cao.xlsx' }).sheets[0];

test('a header row whose only known word is "Trễ hạn" stays in the header and maps the late column', () => {
  const sheet = run({
    name: 'Tháng 9',
    values: [
      ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ'],
      ['STT', 'Đơn vị', 'Hồ sơ đã giải quyết', null],
      [null, null, 'Số lượng', 'Trễ hạn'],
      [1, 'Xã An Vinh', 120, 3],
      [2, 'Xã An Hòa', 80, 0],
    ],
    merges: [{ top: 1, left: 2, bottom: 1, right: 3 }],
  });
  expect(sheet.headerRows).toEqual([2, 3]);
  expect(sheet.columns).toMatchObject({ name: 'B', resTotal: 'C', resLate: 'D' });
  expect(sheet.units.map((u) => [u.name, u.metrics.onTimeRate, u.metrics.lateCount])).toEqual([
    ['Xã An Vinh', { value: 117 / 120, numerator: 117, denominator: 120 }, { value: 3 }],
    ['Xã An Hòa', { value: 1, numerator: 80, denominator: 80 }, { value: 0 }],
  ]);
});

test('a dossier whose status says "(trễ hạn)" is resolved late when no result date is listed', () => {
  const sheet = run({
    name: 'Danh sách',
    values: [
      ['DANH SÁCH HỒ SƠ'],
      ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Đơn vị tiếp nhận', 'Trạng thái'],
      [1, 'H1', '05/09/2024', '20/09/2024', 'Xã An Vinh', 'Đã trả kết quả (trễ hạn)'],
      [2, 'H2', '06/09/2024', '21/09/2024', 'Xã An Vinh', 'Đã trả kết quả'],
      [3, 'H3', '07/09/2024', '22/09/2024', 'Xã An Hòa', 'Đã trả kết quả (Trễ hạn)'],
    ],
    merges: [],
  });
  expect(sheet.kind).toBe('dossier-list');
  expect(sheet.units.map((u) => [u.name, u.metrics.onTimeRate, u.metrics.lateCount])).toEqual([
    ['Xã An Vinh', { value: 0.5, numerator: 1, denominator: 2 }, { value: 1 }],
    ['Xã An Hòa', { value: 0, numerator: 0, denominator: 1 }, { value: 1 }],
  ]);
  expect(sheet.total?.lateCount).toEqual({ value: 2 });
});
