/** Header block, column mapping, row roles and merged cells on small grids with exact answers. */
import { fieldOf, layoutOf, mapColumns } from '../../src/core/detect/fields';
import { findHeader, isColumnNumberRow } from '../../src/core/detect/header';
import { MergeIndex } from '../../src/core/detect/merges';
import { classifyRows, mergedText, roleOf } from '../../src/core/detect/rows';
import type { Grid } from '../../src/core/grid';

/** The An Lão layout: title, a two-row header with merged groups, a "(1) (2) …" row, units, total. */
const AN_LAO: Grid = {
  name: 'Tháng 4',
  values: [
    ['UBND HUYỆN AN LÃO'],
    ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
    ['STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', null, 'Số hồ sơ đã giải quyết', null, null],
    [null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Trả đúng hạn', 'Trả quá hạn'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
    [1, 'Xã An Hưng', 120, 60, 100, 98, 2],
    [2, 'Thị trấn An Lão', 80, 20, 70, 70, 0],
    [null, 'Tổng cộng', 200, 80, 170, 168, 2],
  ],
  merges: [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 6 },
  ],
};

describe('header block', () => {
  test('two merged rows above a column-number row; paths read from the top down', () => {
    const h = findHeader(AN_LAO)!;
    expect([h.top, h.bottom, h.firstDataRow, h.width]).toEqual([2, 3, 5, 7]);
    expect(h.paths).toEqual([
      ['STT'],
      ['Đơn vị'],
      ['Số hồ sơ nhận giải quyết', 'Tổng số'],
      ['Số hồ sơ nhận giải quyết', 'Trực tuyến'],
      ['Số hồ sơ đã giải quyết', 'Tổng số'],
      ['Số hồ sơ đã giải quyết', 'Trả đúng hạn'],
      ['Số hồ sơ đã giải quyết', 'Trả quá hạn'],
    ]);
  });

  test('no header in a sheet of prose or of bare numbers', () => {
    expect(
      findHeader({ name: 'x', values: [['Kính gửi: UBND các xã'], ['Đề nghị báo cáo.']], merges: [] }),
    ).toBeNull();
    expect(
      findHeader({
        name: 'x',
        values: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        merges: [],
      }),
    ).toBeNull();
  });

  test('column-number rows: "(1) (2) (3)", "1 2 3 …", "A B (1)=2+3"; not a data row', () => {
    const row = (cells: Grid['values'][number]): Grid => ({ name: 'x', values: [cells], merges: [] });
    expect(isColumnNumberRow(row(['(1)', '(2)', '(3)']), 0, 3)).toBe(true);
    expect(isColumnNumberRow(row([1, 2, 3, 4]), 0, 4)).toBe(true);
    expect(isColumnNumberRow(row(['(1)=2+3', '(2)', '(3)']), 0, 3)).toBe(true);
    expect(isColumnNumberRow(row([1, 120, 60, 100]), 0, 4)).toBe(false);
    expect(isColumnNumberRow(row(['(1)', '(2)']), 0, 2)).toBe(false);
  });
});

describe('column mapping', () => {
  test('the section decides what "Tổng số" means', () => {
    const h = findHeader(AN_LAO)!;
    expect(layoutOf(h.paths)).toBe('stats');
    expect(mapColumns(h.paths, 'stats')).toEqual({
      stt: 0,
      name: 1,
      recvTotal: 2,
      recvOnline: 3,
      resTotal: 4,
      resOnTime: 5,
      resLate: 6,
    });
  });

  test('"Quá hạn" under resolved and under in progress are different fields', () => {
    expect(fieldOf(['Số hồ sơ đã giải quyết', 'Quá hạn'], 'stats')).toBe('resLate');
    expect(fieldOf(['Số hồ sơ đang giải quyết', 'Quá hạn'], 'stats')).toBe('progOverdue');
  });

  test("an officer's column choice replaces what detection found there", () => {
    const h = findHeader(AN_LAO)!;
    const map = mapColumns(h.paths, 'stats', { resEarly: 5 });
    expect(map.resEarly).toBe(5);
    expect(map.resOnTime).toBeUndefined();
  });

  test('two date columns make a dossier list; "ký số" and documents a signature table', () => {
    expect(layoutOf([['Mã hồ sơ'], ['Ngày tiếp nhận'], ['Ngày hẹn trả'], ['Đơn vị tiếp nhận']])).toBe('list');
    expect(layoutOf([['Đơn vị'], ['Lãnh đạo'], ['Tổng số văn bản đi'], ['Số văn bản ký số']])).toBe(
      'signatures',
    );
  });
});

describe('row roles', () => {
  test('units, totals, benchmarks, groups and notes', () => {
    expect(roleOf('Xã An Hưng', '1', true)).toBe('unit');
    expect(roleOf('Tổng cộng', '', true)).toBe('total');
    expect(roleOf('Trung bình toàn tỉnh', '', true)).toBe('benchmark');
    expect(roleOf('Các xã, thị trấn', 'I', true)).toBe('group');
    expect(roleOf('Các xã, thị trấn', 'I', false)).toBe('heading');
    expect(roleOf('Ghi chú: số liệu tạm tính', '', false)).toBeNull();
    expect(roleOf('', '', false)).toBeNull();
  });

  test('classifyRows keeps the unit and total rows of a table, 0-based', () => {
    const h = findHeader(AN_LAO)!;
    const columns = mapColumns(h.paths, 'stats');
    const merges = new MergeIndex(AN_LAO, h.width);
    const rows = classifyRows(AN_LAO, merges, h.firstDataRow, columns, [2, 3, 4, 5, 6]);
    expect(rows.map((r) => [r.row, r.name, r.role])).toEqual([
      [5, 'Xã An Hưng', 'unit'],
      [6, 'Thị trấn An Lão', 'unit'],
      [7, 'Tổng cộng', 'total'],
    ]);
  });
});

describe('merged cells', () => {
  test('covered cells point at their master; the master and free cells at nothing', () => {
    const m = new MergeIndex(AN_LAO, 7);
    expect(m.coveredBy(3, 0)).toEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(m.coveredBy(2, 6)).toEqual({ top: 2, left: 4, bottom: 2, right: 6 });
    expect(m.coveredBy(2, 4)).toBeUndefined();
    expect(m.coveredBy(5, 1)).toBeUndefined();
    expect(mergedText(AN_LAO, m, 3, 3)).toBe('Trực tuyến');
    expect(mergedText(AN_LAO, m, 2, 5)).toBe('Số hồ sơ đã giải quyết');
  });
});
