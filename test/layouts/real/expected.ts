/** A layout's expectations, computed from the rows it generated with the contract's formulas. */
import { buildSheet, type Built, type BodyRow, type SheetSpec } from './build';
import { isBelow, metricsOf, sum, thresholdsFor } from './counts';
import type { Expected, RealLayout } from './layout';

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

export interface LayoutDefinition {
  name: string;
  source: string;
  exercises: string;
  spec: SheetSpec;
  knownGaps?: RealLayout['knownGaps'];
  /** What the engine must read; the sheet name and thresholds (from the metrics) are filled in. */
  expect: Omit<ExpectOptions, 'sheet' | 'thresholds'>;
  /** Adjusts the built sheet or the expectations (extra merges, planted faults). */
  adjust?: (built: Built, expected: Expected) => void;
}

/** A corpus layout: the sheet built from its spec and the expectations computed from its rows. */
export function defineLayout(d: LayoutDefinition): RealLayout {
  const built = buildSheet(d.spec);
  const expected = expectedOf(built, d.spec.body, {
    ...d.expect,
    sheet: d.spec.sheet,
    thresholds: thresholdsFor(d.expect.metrics),
  });
  d.adjust?.(built, expected);
  return {
    name: d.name,
    source: d.source,
    exercises: d.exercises,
    grid: built.grid,
    ...(d.knownGaps ? { knownGaps: d.knownGaps } : {}),
    expected,
  };
}

/**
 * The .expected.json for ../shared/tools/check-fixtures.mjs: the expectations, less the metrics whose
 * value must be null (the checker compares numbers only; real.test.ts asserts those nulls).
 */
export function checkerJson(layout: RealLayout): unknown {
  const numeric = (metrics: Record<string, { value: number | null }>) =>
    Object.fromEntries(Object.entries(metrics).filter(([, m]) => m.value !== null));
  const e = layout.expected;
  const json = {
    source: layout.source,
    ...e,
    units: e.units.map((u) => ({ ...u, metrics: numeric(u.metrics) })),
    total: e.total && numeric(e.total),
  };
  return JSON.parse(JSON.stringify(json));
}
