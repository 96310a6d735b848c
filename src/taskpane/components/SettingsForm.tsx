import { Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Heading } from './Heading';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** A titled settings form: fields, then one save button; Enter in a field saves too. */
export function SettingsForm({
  id,
  title,
  intro,
  save,
  busy,
  onSave,
  className,
  children,
}: {
  /** Names the form for screen readers (aria-labelledby its heading). */
  id: string;
  title: string;
  intro: string;
  save: string;
  busy: boolean;
  onSave: () => void;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <form
      className={mergeClasses(styles.root, className)}
      aria-labelledby={id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <Heading level={2} size={400}>
        <span id={id}>{title}</span>
      </Heading>
      <Body1 className={styles.intro}>{intro}</Body1>
      {children}
      <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={busy}>
        {save}
      </Button>
    </form>
  );
}
