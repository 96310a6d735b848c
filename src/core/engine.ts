/**
 * The engine's entry points: grids in, report and summary layout out. Pure: no Office, no DOM.
 */
import type { Grid } from './grid';
import type { MetricId, Report } from './report';
import type { PeriodRule } from './parse/period';
import type { SheetKind } from './report';
import { resolveThresholds } from './schema';
import { analyzeSheet } from './analyze';
import { comparePeriods } from './compare/periods';
import { rankUnits } from './metrics/rank';
import { applicableRules, DEFAULT_SCORE_RULES, scoreUnit, type ScoreRule } from './metrics/score766';
import { narrate } from './summary/narrative';

import type { Lang } from './lang';

export interface EngineOptions {
  /** File name shown as the source. */
  source: string;
  /** Threshold overrides `{ metricId: fraction }`; the rest keep their defaults. */
  thresholds?: Partial<Record<MetricId, number>>;
  lang?: Lang;
  periodRule?: PeriodRule;
  /** Sheet name -> kind, when the officer corrected detection. */
  kindOverrides?: Record<string, SheetKind>;
  /** Sheet name -> field id -> column letter. */
  columnOverrides?: Record<string, Record<string, string>>;
  /** QĐ 766-style score: maxima and targets per indicator. */
  scoreRules?: ScoreRule[];
  /** Names of sheets to leave out (the add-in's own summary). */
  skipSheets?: string[];
}

export function summarizeWorkbook(grids: Grid[], options: EngineOptions): Report {
  const thresholds = resolveThresholds(options.thresholds);
  const skip = new Set(options.skipSheets ?? []);
  const sheets = grids
    .filter((g) => !skip.has(g.name))
    .map((g) =>
      analyzeSheet(g, {
        thresholds,
        lang: options.lang ?? 'vi',
        periodRule: options.periodRule ?? '15-14',
        kindOverride: options.kindOverrides?.[g.name],
        columnOverride: options.columnOverrides?.[g.name],
      }),
    );
  comparePeriods(sheets);
  for (const s of sheets) {
    rankUnits(s.units, s.metricIds);
    const rules = applicableRules(s.metricIds, options.scoreRules ?? DEFAULT_SCORE_RULES);
    if (rules.length)
      for (const u of s.units) {
        const score = scoreUnit(u, rules);
        if (score) u.score766 = score;
      }
    s.narrative = narrate(s, thresholds, options.lang ?? 'vi');
  }
  return { schemaVersion: 1, source: options.source, thresholds, sheets, findings: [] };
}
