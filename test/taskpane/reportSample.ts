/** A small hand-made report for the pane's pure modules (the engine's own output is tested in test/core). */
import { DEFAULT_THRESHOLDS } from '../../src/core/metrics/catalog';
import type { Report, SheetReport, UnitReport } from '../../src/core/report';

export function unit(name: string, row: number, value: number | null, below = false): UnitReport {
  return {
    name,
    row,
    level: 'commune',
    metrics: {
      onTimeRate: {
        value,
        numerator: value === null ? undefined : Math.round(value * 100),
        denominator: 100,
      },
    },
    below: below ? ['onTimeRate'] : [],
  };
}

export function sheet(overrides: Partial<SheetReport> = {}): SheetReport {
  return {
    sheet: 'Tháng 4-2024',
    kind: 'dossier-stats',
    period: { from: '2024-03-15', to: '2024-04-14' },
    headerRows: [1, 2],
    units: [unit('Xã An Hưng', 5, 0.97, true), unit('Xã Bình Minh', 6, 0.995), unit('Xã Ân Thi', 7, null)],
    leaders: [],
    total: { onTimeRate: { value: 0.99, numerator: 9636, denominator: 9643 } },
    benchmark: { onTimeRate: 0.976 },
    findings: [],
    narrative: 'Tỷ lệ giải quyết đúng hạn ở 1 xã chưa đạt chỉ tiêu 98% (An Hưng 97,00%).',
    metricIds: ['onTimeRate'],
    columns: { name: 'B', resTotal: 'G' },
    ...overrides,
  };
}

export function report(sheets: SheetReport[]): Report {
  return { schemaVersion: 1, source: 'mau.xlsx', thresholds: DEFAULT_THRESHOLDS, sheets, findings: [] };
}
