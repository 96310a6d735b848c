import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { Settings } from '../../core';
import { APPENDIX_FIELDS, draftOfAppendix, parseAppendix, type AppendixField } from '../appendix';
import type { Workflow } from '../workflow';
import { useI18n } from './i18nContext';
import { SettingsForm } from './SettingsForm';

/** Agency and office lines, letter number and code, place, signer: saved with the thresholds. */
export function AppendixForm({
  settings,
  workflow,
  busy,
}: {
  settings: Settings;
  workflow: Workflow;
  busy: boolean;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftOfAppendix(settings.appendix));
  const [errors, setErrors] = useState<Partial<Record<AppendixField, string>>>({});
  const save = () => {
    const result = parseAppendix(draft, t);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    void workflow.saveAppendix(settings, result.appendix);
  };
  return (
    <SettingsForm
      id="appendix-title"
      title={t.appendix.title}
      intro={t.appendix.intro}
      save={t.appendix.save}
      busy={busy}
      onSave={save}
    >
      {APPENDIX_FIELDS.map((f) => (
        <Field
          key={f}
          label={t.appendix[f]}
          validationMessage={errors[f]}
          validationState={errors[f] ? 'error' : 'none'}
        >
          <Input
            value={draft[f]}
            placeholder={f === 'letterSuffix' ? 'UBND-VP' : undefined}
            onChange={(_, data) => setDraft({ ...draft, [f]: data.value })}
          />
        </Field>
      ))}
    </SettingsForm>
  );
}
