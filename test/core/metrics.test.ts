/** The indicators' formulas (report-contract.md), thresholds, ranking and QĐ 766 points, module by module. */
import type { ColumnMap } from '../../src/core/detect/fields';
import { findingSink } from '../../src/core/findings';
import { isBelow, belowList } from '../../src/core/metrics/below';
import {
  DEFAULT_THRESHOLDS,
  isCountMetric,
  METRICS,
  PRINTED_RATES,
  reportedMetrics,
} from '../../src/core/metrics/catalog';
import { rankBy, rankUnits } from '../../src/core/metrics/rank';
import { count, rate, sumOf, type RowValues } from '../../src/core/metrics/rate';
import { applicableRules, DEFAULT_SCORE_RULES, points, scoreUnit } from '../../src/core/metrics/score766';
import { tableMetrics } from '../../src/core/metrics/tableMetrics';
import { aggregateList } from '../../src/core/metrics/dossierList';
import { COUNT_FIELDS } from '../../src/core/detect/fields';
import { METRIC_IDS, type MetricId, type UnitReport } from '../../src/core/report';

const ctx = (columns: ColumnMap = {}) => ({
  sink: findingSink('Tháng 4', 'vi'),
  row: 9,
  unit: 'Xã An Vinh',
  columns,
  header: (c: number) => `cột ${c}`,
  check: true,
});
const metricsOf = (v: RowValues) => {
  const c = ctx();
  return { m: tableMetrics(v, c), findings: c.sink.list };
};

describe('rate, count, sumOf', () => {
  test('a rate keeps its counts; no rate over a zero or a missing side', () => {
    expect(rate(221, 228)).toEqual({ value: 221 / 228, numerator: 221, denominator: 228 });
    expect(rate(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(rate(null, 5)).toEqual({ value: null });
    expect(rate(5, undefined)).toEqual({ value: null });
  });

  test('counts: a faulty cell stays null, an absent one has no value', () => {
    expect(count(7)).toEqual({ value: 7 });
    expect(count(0)).toEqual({ value: 0 });
    expect(count(null)).toEqual({ value: null });
    expect(count(undefined)).toEqual({ value: null });
  });

  test('sumOf: absent parts are skipped, a faulty one spoils the sum, none present is undefined', () => {
    expect(sumOf(1, undefined, 2)).toBe(3);
    expect(sumOf(0, 0)).toBe(0);
    expect(sumOf(1, null, 2)).toBeNull();
    expect(sumOf(undefined, undefined)).toBeUndefined();
    expect(sumOf()).toBeUndefined();
  });
});

describe('tableMetrics formulas', () => {
  test('on time = (early + on time) / resolved, and QĐ 766 adds dossiers in progress within time', () => {
    const { m, findings } = metricsOf({
      resTotal: 228,
      resEarly: 200,
      resOnTime: 21,
      resLate: 7,
      progTotal: 12,
      progNotDue: 10,
      progOverdue: 2,
    });
    expect(m.onTimeRate).toEqual({ value: 221 / 228, numerator: 221, denominator: 228 });
    expect(m.onTimeRate766).toEqual({ value: 231 / 240, numerator: 231, denominator: 240 });
    expect(m.lateCount).toEqual({ value: 7 });
    expect(m.overdueInProgressCount).toEqual({ value: 2 });
    expect(findings).toEqual([]);
  });

  test('on time from one "early or on time" column, or as resolved minus late', () => {
    expect(metricsOf({ resTotal: 50, resEarlyOnTime: 45, resLate: 5 }).m.onTimeRate).toEqual({
      value: 0.9,
      numerator: 45,
      denominator: 50,
    });
    expect(metricsOf({ resTotal: 40, resLate: 4 }).m.onTimeRate).toEqual({
      value: 0.9,
      numerator: 36,
      denominator: 40,
    });
    // In progress not yet due as in progress minus overdue.
    expect(metricsOf({ resTotal: 40, resLate: 4, progTotal: 10, progOverdue: 3 }).m.onTimeRate766).toEqual({
      value: 43 / 50,
      numerator: 43,
      denominator: 50,
    });
  });

  test('online = online / (online + in person + postal); else over newly received, else total minus carried over', () => {
    expect(metricsOf({ recvOnline: 30, recvDirect: 60, recvPostal: 10 }).m.onlineRate).toEqual({
      value: 0.3,
      numerator: 30,
      denominator: 100,
    });
    expect(metricsOf({ recvOnline: 30, recvNew: 120 }).m.onlineRate).toEqual({
      value: 0.25,
      numerator: 30,
      denominator: 120,
    });
    expect(metricsOf({ recvOnline: 30, recvTotal: 150, recvCarried: 30 }).m.onlineRate).toEqual({
      value: 0.25,
      numerator: 30,
      denominator: 120,
    });
    // Online alone says nothing about its share.
    expect(metricsOf({ recvOnline: 30 }).m.onlineRate).toBeUndefined();
  });

  test('digitization, payment, portal sync and signatures over their own denominators', () => {
    const { m } = metricsOf({
      digReceived: 400,
      digDossiers: 300,
      resultsTotal: 200,
      digResults: 150,
      feeTotal: 80,
      paidOnline: 20,
      synced: 380,
      issued: 50,
      signed: 45,
    });
    expect(m.digitizedDossierRate).toEqual({ value: 0.75, numerator: 300, denominator: 400 });
    expect(m.digitizedResultRate).toEqual({ value: 0.75, numerator: 150, denominator: 200 });
    expect(m.onlinePaymentRate).toEqual({ value: 0.25, numerator: 20, denominator: 80 });
    expect(m.portalSyncRate).toEqual({ value: 0.95, numerator: 380, denominator: 400 });
    expect(m.signatureRate).toEqual({ value: 0.9, numerator: 45, denominator: 50 });
  });

  test('received and resolved totals stand in for missing digitization denominators', () => {
    const { m } = metricsOf({ recvTotal: 500, resTotal: 100, digDossiers: 250, digResults: 50, synced: 500 });
    expect(m.digitizedDossierRate?.denominator).toBe(500);
    expect(m.digitizedResultRate?.denominator).toBe(100);
    expect(m.portalSyncRate).toEqual({ value: 1, numerator: 500, denominator: 500 });
  });

  test('a faulty in-progress total spoils QĐ 766 but not the usual on-time rate', () => {
    const { m, findings } = metricsOf({
      resTotal: 100,
      resEarly: 60,
      resOnTime: 38,
      resLate: 2,
      progTotal: 20,
      progNotDue: 15,
      progOverdue: 1,
    });
    expect(m.onTimeRate).toEqual({ value: 0.98, numerator: 98, denominator: 100 });
    expect(m.onTimeRate766).toEqual({ value: null });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['parts-mismatch', 'error']]);
  });

  test('a received total unlike its parts is only a warning and spoils no rate', () => {
    const { m, findings } = metricsOf({ recvTotal: 101, recvOnline: 40, recvDirect: 60 });
    expect(m.onlineRate).toEqual({ value: 0.4, numerator: 40, denominator: 100 });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['parts-mismatch', 'warning']]);
  });

  test('aggregate rows (check off) are spoiled the same way but raise nothing', () => {
    const c = { ...ctx(), check: false };
    const m = tableMetrics({ resTotal: 10, resEarly: 5, resOnTime: 4, resLate: 2, signed: 9, issued: 8 }, c);
    expect(m.onTimeRate).toEqual({ value: null });
    expect(m.signatureRate).toEqual({ value: null, numerator: 9, denominator: 8 });
    expect(c.sink.list).toEqual([]);
  });

  test('a rate of exactly 100% is no ratio over 100', () => {
    const { m, findings } = metricsOf({ issued: 8, signed: 8 });
    expect(m.signatureRate).toEqual({ value: 1, numerator: 8, denominator: 8 });
    expect(findings).toEqual([]);
  });
});

describe('metric catalog', () => {
  test('every contract metric has one entry, in the summary order', () => {
    expect(Object.keys(METRICS)).toEqual([...METRIC_IDS]);
  });

  test('default targets of domain.md section 4', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      onTimeRate: 0.98,
      onTimeRate766: 0.98,
      onlineRate: 0.5,
      digitizedDossierRate: 0.8,
      digitizedResultRate: 1,
      onlinePaymentRate: 0.6,
      portalSyncRate: 1,
      signatureRate: 1,
      lateCount: 0,
      overdueInProgressCount: 0,
    });
  });

  test('counts and rates', () => {
    expect(METRIC_IDS.filter(isCountMetric)).toEqual(['lateCount', 'overdueInProgressCount']);
  });

  test('printed rate columns checked against the computed rates', () => {
    expect(PRINTED_RATES).toEqual([
      ['rateOnTime', 'onTimeRate'],
      ['rateOnline', 'onlineRate'],
      ['digRate', 'digitizedDossierRate'],
      ['digResultRate', 'digitizedResultRate'],
      ['payRate', 'onlinePaymentRate'],
      ['syncRate', 'portalSyncRate'],
      ['sigRate', 'signatureRate'],
    ]);
  });

  test('the QĐ 766 on-time variant is reported only where the usual one is missing', () => {
    expect(reportedMetrics(['onTimeRate', 'onTimeRate766', 'lateCount'])).toEqual([
      'onTimeRate',
      'lateCount',
    ]);
    expect(reportedMetrics(['onTimeRate766', 'onlineRate'])).toEqual(['onTimeRate766', 'onlineRate']);
  });

  test('every rate has two column headings and every count one, in both languages', () => {
    for (const id of METRIC_IDS)
      for (const lang of ['vi', 'en'] as const)
        expect(METRICS[id].columns[lang]).toHaveLength(isCountMetric(id) ? 1 : 2);
  });
});

const unit = (name: string, metrics: UnitReport['metrics'], below: MetricId[] = []): UnitReport => ({
  name,
  row: 1,
  level: 'commune',
  metrics,
  below,
});

describe('below threshold', () => {
  test('rates under their target, counts above it; no value is never below', () => {
    expect(isBelow('onlineRate', { value: 0.4999 }, 0.5)).toBe(true);
    expect(isBelow('onlineRate', { value: 0.5 }, 0.5)).toBe(false);
    expect(isBelow('lateCount', { value: 1 }, 0)).toBe(true);
    expect(isBelow('lateCount', { value: 0 }, 0)).toBe(false);
    expect(isBelow('onlineRate', { value: null }, 0.5)).toBe(false);
    expect(isBelow('onlineRate', undefined, 0.5)).toBe(false);
    // 97,999999999% printed as 98,00% is not below 98%.
    expect(isBelow('onTimeRate', { value: 0.98 - 1e-13 }, 0.98)).toBe(false);
  });

  test('belowList names the indicators a unit misses', () => {
    expect(
      belowList(
        { onTimeRate: { value: 0.97 }, onlineRate: { value: 0.6 }, lateCount: { value: 3 } },
        DEFAULT_THRESHOLDS,
      ),
    ).toEqual(['onTimeRate', 'lateCount']);
  });
});

describe('ranking', () => {
  test('higher rates first, ties share a place, units without a value are not ranked', () => {
    const a = unit('A', { onlineRate: { value: 0.9 } });
    const b = unit('B', { onlineRate: { value: 0.7 } });
    const c = unit('C', { onlineRate: { value: 0.9 } });
    const d = unit('D', { onlineRate: { value: null } });
    const places = rankBy([a, b, c, d], 'onlineRate');
    expect([places.get(a), places.get(c), places.get(b), places.has(d)]).toEqual([1, 1, 3, false]);
  });

  test('fewer late dossiers rank first; the overall place is from the mean place', () => {
    const a = unit('A', { onlineRate: { value: 0.9 }, lateCount: { value: 5 } });
    const b = unit('B', { onlineRate: { value: 0.5 }, lateCount: { value: 0 } });
    const c = unit('C', { onlineRate: { value: 0.4 }, lateCount: { value: 9 } });
    rankUnits([a, b, c], ['onlineRate', 'lateCount']);
    expect([a.rank, b.rank, c.rank]).toEqual([
      { onlineRate: 1, lateCount: 2 },
      { onlineRate: 2, lateCount: 1 },
      { onlineRate: 3, lateCount: 3 },
    ]);
    expect([a.overallRank, b.overallRank, c.overallRank]).toEqual([1, 1, 3]);
  });
});

describe('QĐ 766 points', () => {
  test('full points at or above the target, else pro rata; no target scores the rate', () => {
    const online = DEFAULT_SCORE_RULES[1];
    expect(points(0.5, online)).toBe(12);
    expect(points(0.25, online)).toBe(6);
    expect(points(0.95, { metrics: ['onTimeRate'], max: 20, target: null })).toBe(19);
    expect(points(1.2, { metrics: ['onTimeRate'], max: 20, target: null })).toBe(20);
  });

  test('a sheet is scored on the indicators it has, the QĐ 766 on-time rate before the usual one', () => {
    const rules = applicableRules(['onTimeRate', 'onTimeRate766', 'onlineRate'], DEFAULT_SCORE_RULES);
    expect(rules.map((r) => [r.metric, r.rule.max])).toEqual([
      ['onTimeRate766', 20],
      ['onlineRate', 12],
    ]);
    const score = scoreUnit(unit('A', { onTimeRate766: { value: 0.98 }, onlineRate: { value: 0.3 } }), rules);
    expect(score).toEqual({ points: { onTimeRate766: 19.6, onlineRate: 7.2 }, total: 26.8, max: 32 });
    expect(scoreUnit(unit('B', { onlineRate: { value: null } }), rules)).toBeUndefined();
  });
});

describe('the catalog says where each metric is computed, and it is so', () => {
  test('tableMetrics gives exactly the metrics the catalog credits it with', () => {
    const all = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 10])) as RowValues;
    const computed = Object.keys(tableMetrics(all, { ...ctx(), check: false })).sort();
    expect(computed).toEqual(
      METRIC_IDS.filter((id) => METRICS[id].computedBy.includes('tableMetrics')).sort(),
    );
  });

  test('aggregateList gives exactly the metrics the catalog credits it with', () => {
    const grid = {
      name: 'Danh sách',
      values: [
        ['Đơn vị', 'Hình thức', 'Ngày hẹn trả', 'Ngày trả', 'Số hóa', 'Thanh toán'],
        ['Xã An Vinh', 'Trực tuyến', '20/09/2024', '19/09/2024', 'Có', 'Đã thanh toán'],
      ],
      merges: [],
    };
    const columns = { name: 0, channel: 1, dueDate: 2, resultDate: 3, digitizedFlag: 4, paidFlag: 5 };
    const list = aggregateList(grid, 1, columns, 19990, String, findingSink('Danh sách', 'vi'));
    expect(Object.keys(list.total).sort()).toEqual(
      METRIC_IDS.filter((id) => METRICS[id].computedBy.includes('aggregateList')).sort(),
    );
  });
});

describe('a metric needs both of its sides', () => {
  test('a numerator without its denominator gives no metric', () => {
    for (const v of [
      { digDossiers: 5 },
      { digResults: 5 },
      { paidOnline: 5 },
      { synced: 5 },
      { signed: 5 },
      { issued: 5 },
    ])
      expect(metricsOf(v).m).toEqual({});
  });

  test('received = new + carried over where the sheet splits it so', () => {
    expect(metricsOf({ recvTotal: 100, recvNew: 80, recvCarried: 20 }).findings).toEqual([]);
    expect(metricsOf({ recvTotal: 101, recvNew: 80, recvCarried: 20 }).findings.map((f) => f.code)).toEqual([
      'parts-mismatch',
    ]);
  });

  test('received = resolved + in progress + returned only where both totals are there', () => {
    expect(metricsOf({ recvTotal: 100, resTotal: 50, returned: 5 }).findings).toEqual([]);
    expect(
      metricsOf({ recvTotal: 100, resTotal: 50, progTotal: 40, returned: 5 }).findings.map((f) => f.severity),
    ).toEqual(['warning']);
  });
});

describe('ranking and points, whatever the order', () => {
  test('the overall place follows the mean place, not the order of the rows', () => {
    const a = unit('A', { onlineRate: { value: 0.4 } });
    const b = unit('B', { onlineRate: { value: 0.9 } });
    const c = unit('C', { onlineRate: { value: 0.6 } });
    rankUnits([a, b, c], ['onlineRate']);
    expect([a.overallRank, b.overallRank, c.overallRank]).toEqual([3, 1, 2]);
  });

  test('a target of 0 counts as none', () => {
    expect(points(0.3, { metrics: ['onlineRate'], max: 10, target: 0 })).toBe(3);
  });

  test('every default rule scores its indicator', () => {
    expect(DEFAULT_SCORE_RULES.map((r) => [r.metrics, r.max, r.target])).toEqual([
      [['onTimeRate766', 'onTimeRate'], 20, null],
      [['onlineRate'], 12, 0.5],
      [['onlinePaymentRate'], 6, 1],
      [['digitizedDossierRate'], 4, 0.8],
      [['digitizedResultRate'], 6, null],
      [['portalSyncRate'], 6, null],
    ]);
  });
});
