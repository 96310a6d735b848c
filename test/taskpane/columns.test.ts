import type { Grid } from '../../src/core/grid';
import { columnChoices, fieldsToMap, isUnsure } from '../../src/taskpane/columns';
import { sheet } from './reportSample';

describe('column choices', () => {
  const grid: Grid = {
    name: 'Tháng 4',
    values: [
      ['BÁO CÁO', null, null, null],
      ['STT', 'Đơn vị', 'Tiếp nhận', null],
      [null, null, 'Trực tuyến', 'Trực tiếp'],
      [1, 'Xã An Hưng', 5, 7],
    ],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ],
  };

  it('labels each column with its header path, merged cells included', () => {
    expect(columnChoices(grid, [2, 3])).toEqual([
      { letter: 'A', header: 'STT' },
      { letter: 'B', header: 'Đơn vị' },
      { letter: 'C', header: 'Tiếp nhận › Trực tuyến' },
      { letter: 'D', header: 'Tiếp nhận › Trực tiếp' },
    ]);
  });

  it('offers letters alone when no header was found', () => {
    expect(columnChoices(grid, null).map((c) => c.header)).toEqual(['', '', '', '']);
  });
});

describe('fields to map', () => {
  it('lists the fields of the sheet kind plus those the engine mapped, in field order', () => {
    const fields = fieldsToMap(sheet({ kind: 'signatures', columns: { stt: 'A', issued: 'D' } }));
    expect(fields).toEqual(['stt', 'name', 'leader', 'position', 'issued', 'signed']);
    expect(fieldsToMap(sheet({ kind: 'unknown', columns: {} }))).toEqual([]);
  });

  it('calls a sheet unsure when its header was not recognized or a needed column is missing', () => {
    const finding = (code: 'missing-column' | 'header-not-found') => ({
      severity: 'warning' as const,
      code,
      row: null,
      message: '',
    });
    expect(isUnsure(sheet())).toBe(false);
    expect(isUnsure(sheet({ kind: 'unknown' }))).toBe(false);
    expect(isUnsure(sheet({ kind: 'unknown', findings: [finding('header-not-found')] }))).toBe(true);
    expect(isUnsure(sheet({ findings: [finding('missing-column')] }))).toBe(true);
  });
});
