import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { isCountMetric, METRIC_IDS, type MetricId } from '../../core';
import type { Settings } from '../../core';
import { METRICS } from '../../core';
import {
  availablePresets,
  CUSTOM_PRESET,
  draftOf,
  parseDraft,
  presetName,
  presetThresholds,
  type ThresholdDraft,
} from '../thresholds';
import type { Workflow } from '../workflow';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * Step 3: the targets, as percents. Local draft until "Lưu ngưỡng"; the parent remounts this panel
 * (key) when the saved settings change, which resets the draft.
 */
export function ThresholdsPanel({
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
  const presets = availablePresets(settings);
  const [presetId, setPresetId] = useState(settings.activePreset);
  const [draft, setDraft] = useState<ThresholdDraft>(() => draftOf(settings.thresholds, lang));
  const [errors, setErrors] = useState<Partial<Record<MetricId, string>>>({});

  const choosePreset = (id: string) => {
    const preset = presets.find((p) => p.id === id);
    setPresetId(id);
    if (preset) setDraft(draftOf(presetThresholds(preset), lang));
    setErrors({});
  };
  const edit = (id: MetricId, value: string) => {
    setPresetId(CUSTOM_PRESET);
    setDraft({ ...draft, [id]: value });
  };
  const save = () => {
    const result = parseDraft(draft, t);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    void workflow.saveThresholds(settings, presetId, result.thresholds);
  };
  const selected = presets.find((p) => p.id === presetId);

  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Body1 className={styles.intro}>{t.thresholds.intro}</Body1>
      <Field label={t.thresholds.preset}>
        <Dropdown
          value={selected ? presetName(selected, t) : t.thresholds.custom}
          selectedOptions={[presetId]}
          onOptionSelect={(_, data) => data.optionValue && choosePreset(data.optionValue)}
        >
          {presets.map((p) => (
            <Option key={p.id} value={p.id}>
              {presetName(p, t)}
            </Option>
          ))}
          <Option value={CUSTOM_PRESET}>{t.thresholds.custom}</Option>
        </Dropdown>
      </Field>
      {METRIC_IDS.map((id) => (
        <Field
          key={id}
          label={METRICS[id].label[lang]}
          validationMessage={errors[id]}
          validationState={errors[id] ? 'error' : 'none'}
        >
          <Input
            value={draft[id]}
            inputMode={isCountMetric(id) ? 'numeric' : 'decimal'}
            contentAfter={isCountMetric(id) ? t.thresholds.countUnit : t.thresholds.percentUnit}
            onChange={(_, data) => edit(id, data.value)}
          />
        </Field>
      ))}
      <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={busy}>
        {t.thresholds.save}
      </Button>
    </form>
  );
}
