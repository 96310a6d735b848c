import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Settings } from '../../core';
import { APPENDIX_FIELDS, draftOfAppendix, parseAppendix, type AppendixField } from '../appendix';
import type { Workflow } from '../workflow';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

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
  const styles = useStyles();
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
    <form
      className={styles.root}
      aria-labelledby="appendix-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Heading level={2} size={400}>
        <span id="appendix-title">{t.appendix.title}</span>
      </Heading>
      <Body1 className={styles.intro}>{t.appendix.intro}</Body1>
      {APPENDIX_FIELDS.map((f) => (
        <Field
          key={f}
          label={t.appendix[f]}
          validationMessage={errors[f]}
          validationState={errors[f] ? 'error' : 'none'}
        >
          <Input value={draft[f]} onChange={(_, data) => setDraft({ ...draft, [f]: data.value })} />
        </Field>
      ))}
      <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={busy}>
        {t.appendix.save}
      </Button>
    </form>
  );
}
