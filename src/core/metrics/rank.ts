/**
 * Ranking of units per indicator, best first, ties sharing a place ("1, 2, 2, 4"), and an overall
 * place from the mean of the per-indicator places.
 */
import type { MetricId, UnitReport } from '../report';
import { isCountMetric } from './catalog';

/** Competition ranking of the units that have a value; higher rates and lower counts rank first. */
export function rankBy(units: UnitReport[], id: MetricId): Map<UnitReport, number> {
  const rated = units.filter((u) => u.metrics[id]?.value !== null && u.metrics[id]?.value !== undefined);
  const better = (u: UnitReport) => (isCountMetric(id) ? -1 : 1) * (u.metrics[id]!.value as number);
  const sorted = [...rated].sort((a, b) => better(b) - better(a));
  const out = new Map<UnitReport, number>();
  sorted.forEach((u, i) => {
    const prev = sorted[i - 1];
    out.set(u, prev && Math.abs(better(prev) - better(u)) < 1e-12 ? out.get(prev)! : i + 1);
  });
  return out;
}

/** Fills `rank` per indicator and `overallRank` on each unit. */
export function rankUnits(units: UnitReport[], ids: MetricId[]): void {
  const places = new Map<UnitReport, number[]>();
  for (const id of ids) {
    for (const [u, place] of rankBy(units, id)) {
      u.rank = { ...u.rank, [id]: place };
      places.set(u, [...(places.get(u) ?? []), place]);
    }
  }
  const mean = new Map([...places].map(([u, ps]) => [u, ps.reduce((a, b) => a + b, 0) / ps.length]));
  const sorted = [...mean].sort((a, b) => a[1] - b[1]);
  sorted.forEach(([u, m], i) => {
    const prev = sorted[i - 1];
    u.overallRank = prev && Math.abs(prev[1] - m) < 1e-9 ? prev[0].overallRank : i + 1;
  });
}
