import { Body1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SCORE_PRESETS } from '../../core';
import type { Settings } from '../../core';
import { METRICS } from '../../core';
import {
  activeRules,
  CUSTOM_SCORES,
  draftOfRules,
  parseRules,
  presetRules,
  type RuleDraft,
} from '../scoreRules';
import type { Workflow } from '../workflow';
import { useI18n } from './i18nContext';
import { SettingsForm } from './SettingsForm';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalXXL },
  // minmax(0, …): the inputs shrink to a narrow pane instead of overflowing it.
  rule: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  input: { minWidth: 0, width: '100%' },
  label: { gridColumn: '1 / -1', fontWeight: tokens.fontWeightSemibold },
});

/**
 * Step 3, second form: the score per indicator, from a preset (QĐ 766, the national portal's 2026
 * blocks) or edited. Remounted (key) when the saved rules change, which resets the draft.
 */
export function ScoreRulesPanel({
  settings,
  workflow,
  busy,
}: {
  settings: Settings;
  workflow: Workflow;
  busy: boolean;
}) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const [presetId, setPresetId] = useState(settings.scoreRules ? CUSTOM_SCORES : settings.scorePreset);
  const [base, setBase] = useState(() => activeRules(settings));
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => draftOfRules(base, lang));
  const [errors, setErrors] = useState<Record<number, Partial<Record<keyof RuleDraft, string>>>>({});

  const choosePreset = (id: string) => {
    setPresetId(id);
    const rules = presetRules(id);
    if (!rules) return;
    setBase(rules);
    setDrafts(draftOfRules(rules, lang));
    setErrors({});
  };
  const edit = (i: number, field: keyof RuleDraft, value: string) => {
    setPresetId(CUSTOM_SCORES);
    setDrafts(drafts.map((d, j) => (j === i ? { ...d, [field]: value } : d)));
  };
  const save = () => {
    const result = parseRules(base, drafts, t);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    // A preset kept as it is stays a preset: a later correction of its figures reaches this workbook.
    const custom = presetId === CUSTOM_SCORES;
    void workflow.saveScoreRules(
      settings,
      custom ? CUSTOM_SCORES : presetId,
      custom ? result.rules : undefined,
    );
  };
  const presetLabel = (id: string) => t.score.presets[id] ?? id;

  return (
    <SettingsForm
      id="score-title"
      className={styles.root}
      title={t.score.title}
      intro={t.score.intro}
      save={t.score.save}
      busy={busy}
      onSave={save}
    >
      <Field label={t.score.preset}>
        <Dropdown
          value={presetId === CUSTOM_SCORES ? t.score.custom : presetLabel(presetId)}
          selectedOptions={[presetId]}
          onOptionSelect={(_, data) => data.optionValue && choosePreset(data.optionValue)}
        >
          {SCORE_PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {presetLabel(p.id)}
            </Option>
          ))}
          <Option value={CUSTOM_SCORES}>{t.score.custom}</Option>
        </Dropdown>
      </Field>
      {base.map((rule, i) => {
        const name = METRICS[rule.metrics[0]].label[lang];
        return (
          <div key={rule.metrics.join()} role="group" aria-label={name} className={styles.rule}>
            <Body1 className={styles.label}>{name}</Body1>
            <Field
              label={t.score.max}
              validationMessage={errors[i]?.max}
              validationState={errors[i]?.max ? 'error' : 'none'}
            >
              <Input
                className={styles.input}
                value={drafts[i].max}
                inputMode="decimal"
                aria-label={`${name}: ${t.score.max}`}
                onChange={(_, data) => edit(i, 'max', data.value)}
              />
            </Field>
            <Field
              label={t.score.target}
              hint={t.score.targetHint}
              validationMessage={errors[i]?.target}
              validationState={errors[i]?.target ? 'error' : 'none'}
            >
              <Input
                className={styles.input}
                value={drafts[i].target}
                inputMode="decimal"
                contentAfter={t.thresholds.percentUnit}
                aria-label={`${name}: ${t.score.target}`}
                onChange={(_, data) => edit(i, 'target', data.value)}
              />
            </Field>
          </div>
        );
      })}
    </SettingsForm>
  );
}
