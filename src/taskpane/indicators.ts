/** The indicator tables of the "Chỉ tiêu" step, built from the report, and their sorting. */
import type { Lang } from '../core';
import type { MetricId } from '../core';
import type { MetricValue, Report, SheetReport, UnitReport } from '../core';

export interface IndicatorRow {
  /** Stable key: the sheet row of the unit or leader. */
  key: number;
  name: string;
  /** A leader's unit. */
  unit?: string;
  metric: MetricValue | null;
  below: boolean;
}

export interface IndicatorTable {
  metric: MetricId;
  /** Rows are leaders (signature sheets) rather than units. */
  leaders: boolean;
  rows: IndicatorRow[];
  total: MetricValue | null;
  benchmark: number | null;
  threshold: number;
  belowCount: number;
}

export interface SheetIndicators {
  sheet: SheetReport;
  tables: IndicatorTable[];
}

function rowOf(u: UnitReport, metric: MetricId): IndicatorRow {
  return {
    key: u.row,
    name: u.name,
    unit: u.unit,
    metric: u.metrics[metric] ?? null,
    below: u.below.includes(metric),
  };
}

function tableOf(sheet: SheetReport, metric: MetricId, threshold: number): IndicatorTable {
  const leaders = sheet.leaders.length > 0;
  const rows = (leaders ? sheet.leaders : sheet.units).map((u) => rowOf(u, metric));
  return {
    metric,
    leaders,
    rows,
    total: sheet.total?.[metric] ?? null,
    benchmark: sheet.benchmark?.[metric] ?? null,
    threshold,
    belowCount: rows.filter((r) => r.below).length,
  };
}

/** Sheets that yield indicators, each with one table per metric it provides. */
export function sheetIndicators(report: Report): SheetIndicators[] {
  return report.sheets
    .filter((s) => s.metricIds.length > 0 && (s.units.length > 0 || s.leaders.length > 0))
    .map((sheet) => ({ sheet, tables: sheet.metricIds.map((m) => tableOf(sheet, m, report.thresholds[m])) }));
}

export type SortColumn = 'name' | 'value';
export type SortDirection = 'ascending' | 'descending';
/** null keeps the sheet's own order. */
export type SortState = { column: SortColumn; direction: SortDirection } | null;

/** Clicking a header sorts by it ascending, clicking again reverses. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  const direction =
    current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
  return { column, direction };
}

/** Sorted copy; rows without a value stay last whatever the direction. */
export function sortRows(rows: readonly IndicatorRow[], sort: SortState, lang: Lang): IndicatorRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(lang === 'vi' ? 'vi-VN' : 'en-US');
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return sign * collator.compare(a.name, b.name);
    const x = a.metric?.value ?? null;
    const y = b.metric?.value ?? null;
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}
