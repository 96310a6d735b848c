/** Metric ids of the report contract (report-contract.md). Order is the order of the summary. */
export const RATE_METRICS = [
  'onTimeRate',
  'onTimeRate766',
  'onlineRate',
  'digitizedDossierRate',
  'digitizedResultRate',
  'onlinePaymentRate',
  'portalSyncRate',
  'signatureRate',
] as const;

export const COUNT_METRICS = ['lateCount', 'overdueInProgressCount'] as const;

export const METRIC_IDS = [...RATE_METRICS, ...COUNT_METRICS] as const;

export type RateMetricId = (typeof RATE_METRICS)[number];
export type CountMetricId = (typeof COUNT_METRICS)[number];
export type MetricId = (typeof METRIC_IDS)[number];

export function isCountMetric(id: MetricId): id is CountMetricId {
  return (COUNT_METRICS as readonly string[]).includes(id);
}

/**
 * Default thresholds (../shared/docs/domain.md section 4, "Suggested defaults"). Rates are fractions;
 * a unit is below when its rate is under the threshold. Counts: below when the count is above it.
 */
export const DEFAULT_THRESHOLDS: Record<MetricId, number> = {
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
};
