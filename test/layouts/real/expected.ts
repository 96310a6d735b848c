/** A layout's expectations, computed from the rows it generated with the contract's formulas. */
import type { Built, BodyRow } from './build';
import { isBelow, metricsOf, sum } from './counts';
import type { Expected } from './layout';

export interface ExpectOptions {
  description: string;
  sheet: string;
  kind?: string;
  period: Expected['period'];
  scope: Expected['scope'];
  /** Metric ids the layout has columns for. */
  metrics: string[];
  thresholds: Record<string, number>;
  benchmark?: Record<string, number>;
  findings?: Expected['findings'];
  mustNotFind?: string[];
  narrativeMustContain?: string[];
  narrativeMustNotContain?: string[];
}

export function expectedOf(built: Built, body: BodyRow[], o: ExpectOptions): Expected {
  const units = body
    .map((b, i) => ({ b, row: built.rows[i] }))
    .filter(({ b }) => b.role === 'unit')
    .map(({ b, row }) => ({
      name: b.name,
      row,
      level: b.level ?? null,
      metrics: metricsOf(b.counts!, o.metrics),
    }));
  const total = body.find((b) => b.role === 'total');
  const below = Object.fromEntries(
    o.metrics.map((id) => [
      id,
      units.filter((u) => isBelow(u.metrics[id], o.thresholds[id])).map((u) => u.name),
    ]),
  );
  return {
    description: o.description,
    sheet: o.sheet,
    kind: o.kind ?? 'dossier-stats',
    period: o.period,
    headerRows: built.headerRows,
    scope: o.scope,
    thresholds: o.thresholds,
    units,
    // Without a total row the engine still gives the sheet's overall figure: the sum of its units.
    total: metricsOf(
      total?.counts ?? sum(body.filter((b) => b.role === 'unit').map((b) => b.counts!)),
      o.metrics,
    ),
    ...(o.benchmark ? { benchmark: o.benchmark } : {}),
    below,
    findings: o.findings ?? [],
    ...(o.mustNotFind ? { mustNotFind: o.mustNotFind } : {}),
    ...(o.narrativeMustContain ? { narrativeMustContain: o.narrativeMustContain } : {}),
    ...(o.narrativeMustNotContain ? { narrativeMustNotContain: o.narrativeMustNotContain } : {}),
  };
}
