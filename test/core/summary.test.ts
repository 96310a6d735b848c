/** Dates, month-over-month changes, which source cells get shaded, the paragraph and the formatters. */
import { comparePeriods } from '../../src/core/compare/periods';
import { formatCount, formatDay, formatRate, formatTarget } from '../../src/core/format';
import { dayOf, isoOf, parseDateCell, parseDateText } from '../../src/core/parse/date';
import type { Report, SheetReport, UnitReport } from '../../src/core/report';
import { DEFAULT_THRESHOLDS } from '../../src/core/metrics/catalog';
import { highlightMarks } from '../../src/core/summary/highlights';
import { narrate } from '../../src/core/summary/narrative';

describe('dates', () => {
  test('dd/mm/yyyy in Vietnamese order, ISO, Excel serials and Date objects', () => {
    expect(isoOf(parseDateText('15/3/2024')!)).toBe('2024-03-15');
    expect(isoOf(parseDateText('05-09-2024 08:30')!)).toBe('2024-09-05');
    expect(isoOf(parseDateText('2024-10-14')!)).toBe('2024-10-14');
    expect(isoOf(parseDateCell(45580)!)).toBe('2024-10-15');
    expect(isoOf(parseDateCell(new Date(Date.UTC(2024, 9, 14)))!)).toBe('2024-10-14');
  });

  test('impossible or foreign days are no dates', () => {
    expect(dayOf(2024, 2, 30)).toBeNull();
    expect(dayOf(2023, 2, 29)).toBeNull();
    expect(dayOf(2024, 2, 29)).not.toBeNull();
    expect(parseDateText('31/04/2024')).toBeNull();
    expect(parseDateText('3/15/2024')).toBeNull();
    expect(parseDateText('Tháng 4/2024')).toBeNull();
    expect(parseDateCell(true)).toBeNull();
    expect(parseDateCell(-3)).toBeNull();
  });
});

describe('numbers as the letters write them', () => {
  test('9.737, 99,93%, targets without trailing zeros, and English', () => {
    expect(formatCount(9737)).toBe('9.737');
    expect(formatRate(0.99927)).toBe('99,93%');
    expect(formatRate(0.99927, 'en')).toBe('99.93%');
    expect(formatTarget(0.3)).toBe('30%');
    expect(formatTarget(0.976)).toBe('97,6%');
    expect(formatDay('2024-03-15')).toBe('15/3/2024');
  });
});

const unit = (
  name: string,
  row: number,
  metrics: UnitReport['metrics'],
  below: UnitReport['below'] = [],
) => ({
  name,
  row,
  level: 'commune' as const,
  metrics,
  below,
});

const sheet = (
  name: string,
  to: string | null,
  units: UnitReport[],
  extra: Partial<SheetReport> = {},
): SheetReport => ({
  sheet: name,
  kind: 'dossier-stats',
  period: to ? { from: null, to } : null,
  headerRows: [3, 4],
  units,
  leaders: [],
  total: null,
  benchmark: null,
  findings: [],
  narrative: '',
  metricIds: ['onlineRate'],
  ...extra,
});

describe('month over month', () => {
  test('each unit is compared with the latest earlier sheet of its kind', () => {
    const march = sheet('Tháng 3', '2024-03-14', [
      unit('Xã An Vinh', 6, { onlineRate: { value: 0.4 } }, ['onlineRate']),
    ]);
    const feb = sheet('Tháng 2', '2024-02-14', [
      unit('Xã An Vinh', 6, { onlineRate: { value: 0.2 } }, ['onlineRate']),
    ]);
    const april = sheet('Tháng 4', '2024-04-14', [
      unit('UBND xã An Vinh', 6, { onlineRate: { value: 0.45 } }, ['onlineRate']),
      unit('Xã An Hòa', 7, { onlineRate: { value: 0.7 } }),
    ]);
    comparePeriods([april, feb, march]);
    expect(april.previous).toEqual({ sheet: 'Tháng 3', period: { from: null, to: '2024-03-14' } });
    expect(april.units[0].change?.onlineRate).toBeCloseTo(0.05, 10);
    expect(april.units[0].belowTwice).toEqual(['onlineRate']);
    expect(april.units[1].change).toBeUndefined();
    expect(march.previous?.sheet).toBe('Tháng 2');
    expect(feb.previous).toBeUndefined();
  });
});

describe('cells to shade', () => {
  test('the printed rate of a unit below target, the count column of a count, else the name', () => {
    const s = sheet(
      'Tháng 4',
      null,
      [
        unit('Xã An Vinh', 6, { onlineRate: { value: 0.3 }, lateCount: { value: 2 } }, [
          'onlineRate',
          'lateCount',
        ]),
        unit('Xã An Hòa', 7, { onTimeRate: { value: 0.9 } }, ['onTimeRate']),
        unit('Xã An Tân', 8, { onlineRate: { value: 0.9 } }),
      ],
      { columns: { name: 'B', rateOnline: 'H', resLate: 'F' } },
    );
    const report: Report = {
      schemaVersion: 1,
      source: 'x.xlsx',
      thresholds: DEFAULT_THRESHOLDS,
      sheets: [s],
      findings: [],
    };
    expect(highlightMarks(report)).toEqual([
      { sheet: 'Tháng 4', row: 6, column: 'H' },
      { sheet: 'Tháng 4', row: 6, column: 'F' },
      { sheet: 'Tháng 4', row: 7, column: 'B' },
    ]);
  });
});

describe('the paragraph', () => {
  test('the total for the scope, then the units below target, worst first, by their bare names', () => {
    const s = sheet(
      'Tháng 4',
      null,
      [
        unit('Xã An Vinh', 6, { onlineRate: { value: 0.3 } }, ['onlineRate']),
        unit('Xã An Hòa', 7, { onlineRate: { value: 0.2 } }, ['onlineRate']),
        unit('Xã An Tân', 8, { onlineRate: { value: 0.9 } }),
      ],
      {
        metricIds: ['onlineRate'],
        total: { onlineRate: { value: 0.45 } },
        scope: { level: 'district', name: 'An Lão', noun: 'huyện' },
      },
    );
    expect(narrate(s, DEFAULT_THRESHOLDS, 'vi')).toBe(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn huyện đạt 45,00%. Có 2/3 xã chưa đạt chỉ tiêu 50% (An Hòa 20,00%; An Vinh 30,00%).',
    );
  });
});
