import type { Grid } from '../../src/core/grid';
import {
  columnOffsets,
  columnWidths,
  mergesIn,
  ROW_HEIGHT,
  scrollTargetFor,
  visibleColumns,
  visibleRows,
} from '../../src/web/workspace/windowing';

describe('sheet grid windowing', () => {
  it('renders the rows in view plus four either side, never the 100,000', () => {
    // 600 px of 22 px rows scrolled to row 50,000.
    expect(visibleRows(50_000 * ROW_HEIGHT, 600, 100_004)).toEqual({ first: 49_996, last: 50_032 });
    expect(visibleRows(0, 600, 100_004)).toEqual({ first: 0, last: 32 });
    expect(visibleRows(100_000 * ROW_HEIGHT, 600, 100_004).last).toBe(100_003);
    expect(visibleRows(0, 600, 0)).toEqual({ first: 0, last: -1 });
  });

  it('finds the columns in view by their offsets', () => {
    const offsets = columnOffsets(Array.from({ length: 40 }, () => 100));
    expect(offsets[40]).toBe(4000);
    expect(visibleColumns(offsets, 1050, 300)).toEqual({ first: 6, last: 17 });
    expect(visibleColumns(offsets, 0, 300)).toEqual({ first: 0, last: 7 });
  });

  it('keeps a merged title drawn while any part of it is in view', () => {
    const title = { top: 0, left: 0, bottom: 0, right: 12 };
    const block = { top: 6, left: 2, bottom: 7, right: 5 };
    expect(mergesIn([title, block], { first: 5, last: 30 }, { first: 3, last: 9 })).toEqual([block]);
    expect(mergesIn([title, block], { first: 0, last: 30 }, { first: 10, last: 12 })).toEqual([title]);
  });

  it('sizes columns from the data rows, not from merged titles or header captions', () => {
    const grid: Grid = {
      name: 'Tháng 10-2024',
      values: [
        ['BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', null, null],
        ['STT', 'Đơn vị', 'Trực tiếp, qua dịch vụ bưu chính công ích'],
        [1, 'UBND xã An Trung', 15],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    };
    const text = (r: number, c: number) => String(grid.values[r][c] ?? '');
    // 16 characters of "UBND xã An Trung" at 7 px plus 12 px padding; the others at Excel's 64 px.
    expect(columnWidths(grid, text, 2)).toEqual([64, 124, 64]);
    expect(columnWidths(grid, text, 0)[2]).toBe(280);
  });

  it('centres a finding’s row and scrolls sideways only as far as its column needs', () => {
    const offsets = columnOffsets([40, 200, 64, 64, 64, 64, 64, 64]);
    const viewport = { left: 0, width: 400, height: 440 };
    expect(scrollTargetFor({ row: 14, col: 6 }, offsets, viewport)).toEqual({ top: 99, left: 160 });
    expect(scrollTargetFor({ row: 2, col: 1 }, offsets, viewport)).toEqual({ top: 0, left: 0 });
    expect(scrollTargetFor({ row: 2, col: 0 }, offsets, { ...viewport, left: 300 })).toEqual({
      top: 0,
      left: 0,
    });
  });
});
