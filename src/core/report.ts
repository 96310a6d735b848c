/** The JSON report of report-contract.md (schemaVersion 1). Field names are the contract's. */

/** Metric ids of the contract, in the order of the summary; each is described in metrics/catalog.ts. */
export const METRIC_IDS = [
  'onTimeRate',
  'onTimeRate766',
  'onlineRate',
  'digitizedDossierRate',
  'digitizedResultRate',
  'onlinePaymentRate',
  'portalSyncRate',
  'signatureRate',
  'lateCount',
  'overdueInProgressCount',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type SheetKind =
  'dossier-stats' | 'digitization-payment' | 'signatures' | 'dossier-list' | 'empty' | 'unknown';
/** department: sở, ban, ngành, phòng…; district: a pre-2025 huyện; commune: xã, phường, thị trấn, đặc khu; field: a lĩnh vực or procedure. */
export type UnitLevel = 'department' | 'district' | 'commune' | 'field' | null;

export type ScopeLevel = 'province' | 'district' | 'commune';

/** Whose report the sheet is: { level: 'province', name: 'Ninh Bình', noun: 'tỉnh' }. */
export interface Scope {
  level: ScopeLevel;
  /** As the title block names it, or null when only the total row ("Toàn tỉnh") says the level. */
  name: string | null;
  /** The word for the scope in a sentence: tỉnh, thành phố, huyện, thị xã, quận, xã, phường, thị trấn, đặc khu. */
  noun: string;
}
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'header-not-found'
  | 'columns-not-recognized'
  | 'header-ambiguous'
  | 'missing-column'
  | 'not-a-number'
  | 'negative-value'
  | 'error-value'
  | 'parts-mismatch'
  | 'total-mismatch'
  | 'rate-mismatch'
  | 'ratio-over-100'
  | 'duplicate-unit'
  | 'empty-sheet'
  | 'legacy-encoding';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** 1-based sheet row, or null for a whole-sheet finding. */
  row: number | null;
  /** Column letter where one cell is at fault. */
  column?: string;
  unit?: string;
  message: string;
  /** Sheet name, for workbook-level lists (the task pane groups by it). */
  sheet?: string;
}

export interface MetricValue {
  /** Rate as a fraction, or a count. null when the inputs are missing, faulty or the denominator is 0. */
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export type Metrics = Partial<Record<MetricId, MetricValue>>;

export interface UnitReport {
  name: string;
  row: number;
  level: UnitLevel;
  metrics: Metrics;
  below: MetricId[];
  /** Signatures per leader: the unit the leader belongs to. */
  unit?: string;
  position?: string;
  /** Place per indicator, best first (ties share a place). */
  rank?: Partial<Record<MetricId, number>>;
  /** Place from the mean of the per-indicator places. */
  overallRank?: number;
  /** Change since the previous period, in fractions (0.0215 = +2,15 points). */
  change?: Partial<Record<MetricId, number>>;
  /** Indicators below threshold in this period and the previous one. */
  belowTwice?: MetricId[];
  /** QĐ 766-style points. */
  score766?: { points: Partial<Record<MetricId, number>>; total: number; max: number };
}

export interface Period {
  from: string | null;
  to: string | null;
  /** The text the period was read from. */
  text?: string;
}

export interface SheetReport {
  sheet: string;
  kind: SheetKind;
  period: Period | null;
  headerRows: [number, number] | null;
  title?: string | null;
  scope?: Scope | null;
  units: UnitReport[];
  leaders: UnitReport[];
  total: Metrics | null;
  benchmark: Partial<Record<MetricId, number>> | null;
  /** The benchmark row's own label ("Trung bình toàn quốc"), for the paragraph and the summary. */
  benchmarkName?: string;
  findings: Finding[];
  narrative: string;
  /** Metrics this sheet provides, in summary order. */
  metricIds: MetricId[];
  /** The sheet of the previous period the changes are measured against. */
  previous?: { sheet: string; period: Period | null } | null;
  /**
   * When the header left a group unnamed and two readings fit the rows equally: each reading, the
   * one used first (groups given to the loose runs of columns, left to right; field -> column letter).
   */
  headerReadings?: { sections: string[]; columns: Record<string, string>; score: number }[];
  /** Column mapping used: field id -> column letter (for the task pane and overrides). */
  columns?: Record<string, string>;
}

export interface Report {
  schemaVersion: 1;
  source: string;
  thresholds: Record<MetricId, number>;
  sheets: SheetReport[];
  findings: Finding[];
}
