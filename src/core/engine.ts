/**
 * The engine's entry points: grids in, report and summary layout out. Pure: no Office, no DOM.
 */
import type { Grid } from './grid';
import type { Report } from './report';
import type { PeriodRule } from './parse/period';
import type { MetricId, SheetKind } from './report';
import type { Settings } from './schema';
import { resolveThresholds } from './schema';
import { analyzeSheet } from './analyze';
import {
  comparePeriods,
  compareWithPrevious,
  type PeriodMatch,
  type PreviousPeriod,
} from './compare/periods';
import { rankUnits } from './metrics/rank';
import {
  applicableRules,
  DEFAULT_SCORE_RULES,
  SCORE_PRESETS,
  scoreUnit,
  type ScoreRule,
} from './metrics/score766';
import { narrate } from './summary/narrative';

import type { Lang } from './lang';

/** What the engine is doing, for a progress bar: checking sheet i of n, then computing indicators. */
export type EnginePhase = 'check' | 'compute';

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
  /** Last month from another file: compared instead of the workbook's own earlier sheets. */
  previous?: PreviousPeriod;
  onProgress?: (phase: EnginePhase, done: number, total: number) => void;
}

/** The engine options a workbook's stored settings stand for. */
export function settingsOptions(settings: Settings): Omit<EngineOptions, 'source'> {
  return {
    thresholds: settings.thresholds,
    periodRule: settings.periodRule,
    kindOverrides: settings.kindOverrides,
    columnOverrides: settings.columnOverrides,
    scoreRules: settings.scoreRules ?? SCORE_PRESETS.find((p) => p.id === settings.scorePreset)?.rules,
  };
}

/** The report, and how units met last month's when `options.previous` is given. */
export function analyzeWorkbook(
  grids: Grid[],
  options: EngineOptions,
): { report: Report; matches: PeriodMatch[] } {
  const thresholds = resolveThresholds(options.thresholds);
  const skip = new Set(options.skipSheets ?? []);
  const kept = grids.filter((g) => !skip.has(g.name));
  const sheets = kept.map((g, i) => {
    options.onProgress?.('check', i, kept.length);
    return analyzeSheet(g, {
      thresholds,
      lang: options.lang ?? 'vi',
      periodRule: options.periodRule ?? '15-14',
      kindOverride: options.kindOverrides?.[g.name],
      columnOverride: options.columnOverrides?.[g.name],
    });
  });
  options.onProgress?.('compute', 0, 1);
  comparePeriods(sheets);
  const matches = options.previous ? compareWithPrevious(sheets, options.previous) : [];
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
  const report: Report = { schemaVersion: 1, source: options.source, thresholds, sheets, findings: [] };
  return { report, matches };
}

export function summarizeWorkbook(grids: Grid[], options: EngineOptions): Report {
  return analyzeWorkbook(grids, options).report;
}
