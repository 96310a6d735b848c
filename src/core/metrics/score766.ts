/**
 * A score per unit in the style of the QĐ 766 dashboard (domain.md 1.2, 1.3): full points at or
 * above the target, otherwise rate × max / target; an indicator without a target scores rate × max.
 * Maxima and targets are settings: the national weights have changed since 2022.
 */
import type { MetricId, UnitReport } from '../report';

export interface ScoreRule {
  /** Indicators tried in order: the QĐ 766 on-time definition first, the provincial one if absent. */
  metrics: MetricId[];
  max: number;
  target: number | null;
}

export const DEFAULT_SCORE_RULES: ScoreRule[] = [
  { metrics: ['onTimeRate766', 'onTimeRate'], max: 20, target: null },
  { metrics: ['onlineRate'], max: 12, target: 0.5 },
  { metrics: ['onlinePaymentRate'], max: 6, target: 1 },
  { metrics: ['digitizedDossierRate'], max: 4, target: 0.8 },
  { metrics: ['digitizedResultRate'], max: 6, target: null },
  { metrics: ['portalSyncRate'], max: 6, target: null },
];

/**
 * The national dashboard's current blocks (domain.md 1.2), scored on the indicators our sheets carry:
 * Tiến độ 20, Dịch vụ công trực tuyến 12, Thanh toán trực tuyến 10 and Số hóa 22, the last split
 * between electronic results and digitized dossiers in the dashboard's 6:4 ratio. Công khai and
 * Hài lòng are measured on data the monthly exports do not hold.
 */
export const DVCQG_2026_RULES: ScoreRule[] = [
  { metrics: ['onTimeRate766', 'onTimeRate'], max: 20, target: null },
  { metrics: ['onlineRate'], max: 12, target: 0.5 },
  { metrics: ['onlinePaymentRate'], max: 10, target: 1 },
  { metrics: ['digitizedResultRate'], max: 13.2, target: null },
  { metrics: ['digitizedDossierRate'], max: 8.8, target: 0.8 },
];

/** Rule sets the officer starts from; names are shown translated (i18n score.presets). */
export const SCORE_PRESETS: readonly { id: string; rules: ScoreRule[] }[] = [
  { id: 'qd766', rules: DEFAULT_SCORE_RULES },
  { id: 'dvcqg-2026', rules: DVCQG_2026_RULES },
];

export function points(rate: number, rule: ScoreRule): number {
  if (rule.target === null || rule.target <= 0) return Math.min(rate, 1) * rule.max;
  return rate >= rule.target ? rule.max : (rate * rule.max) / rule.target;
}

export interface Score {
  points: Partial<Record<MetricId, number>>;
  total: number;
  /** Maximum of the indicators this unit was scored on. */
  max: number;
}

/** Rules whose indicator the sheet provides (a sheet without digitization is not scored on it). */
export function applicableRules(
  ids: MetricId[],
  rules: ScoreRule[],
): { rule: ScoreRule; metric: MetricId }[] {
  return rules.flatMap((rule) => {
    const metric = rule.metrics.find((m) => ids.includes(m));
    return metric ? [{ rule, metric }] : [];
  });
}

export function scoreUnit(
  u: UnitReport,
  applicable: { rule: ScoreRule; metric: MetricId }[],
): Score | undefined {
  const out: Score = { points: {}, total: 0, max: 0 };
  for (const { rule, metric } of applicable) {
    const v = u.metrics[metric]?.value;
    if (v === null || v === undefined) continue;
    const p = Math.round(points(v, rule) * 100) / 100;
    out.points[metric] = p;
    out.total += p;
    out.max += rule.max;
  }
  out.total = Math.round(out.total * 100) / 100;
  return out.max > 0 ? out : undefined;
}
