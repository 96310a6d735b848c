/**
 * Threshold presets and the form that edits them as percents ("98", "97,5") while settings keep
 * fractions (0.98). Validation is zod's, with messages in the pane's language.
 */
import { z } from 'zod';
import type { Lang } from '../core';
import { METRIC_IDS, isCountMetric, type MetricId } from '../core';
import { resolveThresholds, thresholdsSchema, type Preset, type Settings } from '../core';
import { formatTarget } from '../core';
import type { Strings } from './i18n';

/** The preset id of values the officer typed in. */
export const CUSTOM_PRESET = 'custom';

/** Names are shown translated (Strings.thresholds.presets); `name` is the stored fallback. */
export const BUILTIN_PRESETS: readonly Preset[] = [
  { id: 'default', name: 'Mặc định', thresholds: {} },
  {
    // Lâm Đồng 2025 targets (domain.md §4): on time ≥ 98%, digitized dossiers and results ≥ 80%,
    // online payment ≥ 60%, online ("toàn trình") dossiers ≥ 70%.
    id: 'lam-dong-2025',
    name: 'Lâm Đồng 2025',
    thresholds: {
      onTimeRate: 0.98,
      onTimeRate766: 0.98,
      onlineRate: 0.7,
      digitizedDossierRate: 0.8,
      digitizedResultRate: 0.8,
      onlinePaymentRate: 0.6,
    },
  },
];

/** Built-in presets, then any the workbook's settings carry under other ids. */
export function availablePresets(settings: Settings): Preset[] {
  const builtinIds = new Set(BUILTIN_PRESETS.map((p) => p.id));
  return [...BUILTIN_PRESETS, ...settings.presets.filter((p) => !builtinIds.has(p.id))];
}

export function presetName(preset: Preset, t: Strings): string {
  return t.thresholds.presets[preset.id] ?? preset.name;
}

export type ThresholdDraft = Record<MetricId, string>;

/** The form's texts for the given thresholds: percents for rates, whole numbers for counts. */
export function draftOf(thresholds: Partial<Record<MetricId, number>>, lang: Lang): ThresholdDraft {
  const full = resolveThresholds(thresholds);
  const entries = METRIC_IDS.map((id) => [
    id,
    isCountMetric(id) ? String(full[id]) : formatTarget(full[id], lang).replace(/\s*%$/, ''),
  ]);
  return Object.fromEntries(entries) as ThresholdDraft;
}

/** "97,5" or "97.5 %" as a number; anything else gets the pane's "enter a number" message. */
export function numberText(t: Strings) {
  return z
    .string()
    .trim()
    .transform((s) => s.replace(/\s*%$/, ''))
    .pipe(z.string().regex(/^\d+(?:[.,]\d+)?$/, t.thresholds.invalidNumber))
    .transform((s) => Number(s.replace(',', '.')));
}

/** A percent text as a fraction, rounded so that "97,6" is stored as 0.976, not 0.9759999999999999. */
export function percentText(t: Strings) {
  return numberText(t)
    .pipe(z.number().max(100, t.thresholds.rateRange))
    .transform((p) => Math.round(p * 1e4) / 1e6);
}

function draftSchema(t: Strings) {
  const rate = percentText(t);
  const count = numberText(t).pipe(z.number().int(t.thresholds.wholeNumber));
  return z.object(Object.fromEntries(METRIC_IDS.map((id) => [id, isCountMetric(id) ? count : rate])));
}

export type DraftResult =
  | { ok: true; thresholds: Record<MetricId, number> }
  | { ok: false; errors: Partial<Record<MetricId, string>> };

export function parseDraft(draft: ThresholdDraft, t: Strings): DraftResult {
  const parsed = draftSchema(t).safeParse(draft);
  if (!parsed.success) {
    const errors: Partial<Record<MetricId, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as MetricId] ??= issue.message;
    return { ok: false, errors };
  }
  // The engine's own schema has the last word on what a threshold may be.
  const thresholds = thresholdsSchema.parse(parsed.data) as Record<MetricId, number>;
  return { ok: true, thresholds };
}

/** The full threshold set a preset stands for. */
export function presetThresholds(preset: Preset): Record<MetricId, number> {
  return resolveThresholds(preset.thresholds);
}
