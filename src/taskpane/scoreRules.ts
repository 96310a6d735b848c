/**
 * The scoring form: each rule's maximum points and the rate that earns them, edited as texts
 * ("13,2", "80") while settings keep numbers and fractions. A preset's rules stand until edited.
 */
import { z } from 'zod';
import type { Lang } from '../core';
import { DEFAULT_SCORE_RULES, SCORE_PRESETS, type ScoreRule } from '../core';
import { scoreRuleSchema, type Settings } from '../core';
import { formatTarget } from '../core';
import type { Strings } from './i18n';
import { numberText, percentText } from './thresholds';

/** The preset id of rules the officer edited. */
export const CUSTOM_SCORES = 'custom';

export function presetRules(id: string): ScoreRule[] | undefined {
  return SCORE_PRESETS.find((p) => p.id === id)?.rules;
}

/** The rules the engine uses for these settings. */
export function activeRules(settings: Settings): ScoreRule[] {
  return settings.scoreRules ?? presetRules(settings.scorePreset) ?? DEFAULT_SCORE_RULES;
}

export interface RuleDraft {
  max: string;
  /** Percent text; empty for "no target" (points = rate × maximum). */
  target: string;
}

const pointsText = (n: number, lang: Lang) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));

export function draftOfRules(rules: ScoreRule[], lang: Lang): RuleDraft[] {
  return rules.map((r) => ({
    max: pointsText(r.max, lang),
    target: r.target === null ? '' : formatTarget(r.target, lang).replace(/\s*%$/, ''),
  }));
}

export type RulesResult =
  | { ok: true; rules: ScoreRule[] }
  | { ok: false; errors: Record<number, Partial<Record<keyof RuleDraft, string>>> };

/** The edited texts over `base` (which fixes the indicators), checked by zod. */
export function parseRules(base: ScoreRule[], drafts: RuleDraft[], t: Strings): RulesResult {
  const row = z.object({
    max: numberText(t).pipe(z.number().max(100, t.score.pointsRange)),
    // A target of 0 scores like none (points = rate × maximum), and is stored as none.
    target: z.union([
      z
        .string()
        .trim()
        .length(0)
        .transform(() => null),
      percentText(t).transform((v) => (v > 0 ? v : null)),
    ]),
  });
  const errors: Record<number, Partial<Record<keyof RuleDraft, string>>> = {};
  const rules = base.map((rule, i) => {
    const parsed = row.safeParse(drafts[i]);
    if (parsed.success) return scoreRuleSchema.parse({ ...rule, ...parsed.data });
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof RuleDraft;
      (errors[i] ??= {})[field] ??= unionMessage(issue, t);
    }
    return rule;
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, rules };
}

/** A union reports "invalid_union"; the officer needs the percent branch's own message. */
function unionMessage(issue: z.core.$ZodIssue, t: Strings): string {
  if (issue.code !== 'invalid_union') return issue.message;
  return issue.errors.at(-1)?.[0]?.message ?? t.thresholds.invalidNumber;
}
