/** zod schemas for everything that crosses a boundary: thresholds files, stored settings. */
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, isCountMetric } from './metrics/catalog';
import { METRIC_IDS, type MetricId } from './report';
import { PERIOD_RULES } from './parse/period';

const metricId = z.enum(METRIC_IDS);

/** `{ "<metricId>": <fraction 0..1> }`; counts take a non-negative whole number. */
export const thresholdsSchema = z
  .partialRecord(metricId, z.number().finite().min(0))
  .superRefine((t, ctx) => {
    for (const [id, v] of Object.entries(t)) {
      if (v === undefined) continue;
      if (isCountMetric(id as MetricId)) {
        if (!Number.isInteger(v))
          ctx.addIssue({ code: 'custom', path: [id], message: `${id}: cần một số nguyên ≥ 0` });
      } else if (v > 1) {
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `${id}: tỷ lệ phải từ 0 đến 1 (ví dụ 0.98 cho 98%)`,
        });
      }
    }
  });

export const SHEET_KINDS = [
  'dossier-stats',
  'digitization-payment',
  'signatures',
  'dossier-list',
  'empty',
  'unknown',
] as const;

export const presetSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(120),
  thresholds: thresholdsSchema,
});
export type Preset = z.infer<typeof presetSchema>;

export const periodRuleSchema = z.enum(PERIOD_RULES);

export const appendixSchema = z.object({
  agency: z.string().max(200).default(''),
  office: z.string().max(200).default(''),
  letterNo: z.string().max(60).default(''),
  letterSuffix: z.string().max(60).default('UBND-VP'),
  place: z.string().max(80).default(''),
  signerTitle: z.string().max(120).default(''),
  signerName: z.string().max(120).default(''),
});
export type AppendixInfo = z.infer<typeof appendixSchema>;

/** One scored indicator: the first of `metrics` the sheet has, up to `max` points, full at `target`. */
export const scoreRuleSchema = z.object({
  metrics: z.array(metricId).min(1).max(4),
  max: z.number().finite().min(0).max(100),
  target: z.number().finite().gt(0).max(1).nullable(),
});

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  activePreset: z.string().default('default'),
  presets: z.array(presetSchema).max(50).default([]),
  thresholds: thresholdsSchema.default({}),
  /** Sheet name -> kind chosen by the officer when detection was unsure. */
  kindOverrides: z.record(z.string(), z.enum(SHEET_KINDS)).default({}),
  /** Sheet name -> field id -> column letter. */
  columnOverrides: z.record(z.string(), z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/))).default({}),
  periodRule: periodRuleSchema.default('15-14'),
  summarySheetName: z.string().min(1).max(31).default('Tổng hợp CCHC'),
  appendix: appendixSchema.partial().default({}),
  /** Score preset the rules started from (metrics/score766 SCORE_PRESETS), 'custom' once edited. */
  scorePreset: z.string().max(60).default('qd766'),
  /** Absent: the preset's rules. */
  scoreRules: z.array(scoreRuleSchema).max(20).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** Defaults, then the overrides given; throws a readable error on bad input. */
export function resolveThresholds(overrides?: unknown): Record<MetricId, number> {
  const parsed = thresholdsSchema.safeParse(overrides ?? {});
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const out = { ...DEFAULT_THRESHOLDS };
  for (const [k, v] of Object.entries(parsed.data)) if (v !== undefined) out[k as MetricId] = v;
  return out;
}
