import { nextSort, sheetIndicators, sortRows } from '../../src/taskpane/indicators';
import { report, sheet, unit } from './reportSample';

describe('indicator tables', () => {
  it('makes one table per metric of each sheet with units, with total, benchmark and target', () => {
    const [only] = sheetIndicators(
      report([sheet(), sheet({ sheet: 'Ghi chú', kind: 'unknown', units: [], metricIds: [] })]),
    );
    expect(only.sheet.sheet).toBe('Tháng 4-2024');
    expect(only.tables).toHaveLength(1);
    expect(only.tables[0]).toMatchObject({
      metric: 'onTimeRate',
      leaders: false,
      threshold: 0.98,
      belowCount: 1,
      benchmark: 0.976,
      total: { value: 0.99 },
    });
  });

  it('lists leaders, with their unit, on signature sheets', () => {
    const leader = { ...unit('Đỗ Văn Lan', 7, 0.94, true), unit: 'UBND huyện' };
    const [s] = sheetIndicators(report([sheet({ kind: 'signatures', units: [], leaders: [leader] })]));
    expect(s.tables[0].leaders).toBe(true);
    expect(s.tables[0].rows[0]).toMatchObject({ name: 'Đỗ Văn Lan', unit: 'UBND huyện', below: true });
  });
});

describe('sorting', () => {
  const rows = sheetIndicators(report([sheet()]))[0].tables[0].rows;
  const names = (sorted: typeof rows) => sorted.map((r) => r.name);

  it('keeps the sheet order until a header is clicked, then toggles', () => {
    expect(names(sortRows(rows, null, 'vi'))).toEqual(['Xã An Hưng', 'Xã Bình Minh', 'Xã Ân Thi']);
    const byValue = nextSort(null, 'value');
    expect(byValue).toEqual({ column: 'value', direction: 'ascending' });
    expect(nextSort(byValue, 'value')).toEqual({ column: 'value', direction: 'descending' });
    expect(nextSort(byValue, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });

  it('sorts values with empty ones last in both directions', () => {
    expect(names(sortRows(rows, { column: 'value', direction: 'ascending' }, 'vi'))).toEqual([
      'Xã An Hưng',
      'Xã Bình Minh',
      'Xã Ân Thi',
    ]);
    expect(names(sortRows(rows, { column: 'value', direction: 'descending' }, 'vi'))).toEqual([
      'Xã Bình Minh',
      'Xã An Hưng',
      'Xã Ân Thi',
    ]);
  });

  it('sorts names the Vietnamese way (Ân after An, before Bình)', () => {
    expect(names(sortRows(rows, { column: 'name', direction: 'ascending' }, 'vi'))).toEqual([
      'Xã An Hưng',
      'Xã Ân Thi',
      'Xã Bình Minh',
    ]);
  });
});
