import type { MetricValue } from '../report';
import type { MetricId } from '../report';
import { isCountMetric } from './catalog';

/** Rates under their threshold, counts above it. A rate with no value is never below. */
export function isBelow(id: MetricId, m: MetricValue | undefined, threshold: number): boolean {
  if (!m || m.value === null) return false;
  return isCountMetric(id) ? m.value > threshold : m.value < threshold - 1e-12;
}

export function belowList(
  metrics: Partial<Record<MetricId, MetricValue>>,
  thresholds: Record<MetricId, number>,
): MetricId[] {
  return (Object.keys(metrics) as MetricId[]).filter((id) => isBelow(id, metrics[id], thresholds[id]));
}
