import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, EraserRegular, TableAddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface OutputActionsProps {
  busy: boolean;
  onInsert: () => void;
  onCopy: () => void;
  onClear: () => void;
  /** Host-specific commands, e.g. the standalone page's download. */
  extra?: ReactNode;
}

export function OutputActions({ busy, onInsert, onCopy, onClear, extra }: OutputActionsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <section className={styles.root} aria-label={t.output.title}>
      <Heading level={2}>{t.output.title}</Heading>
      <Button appearance="primary" icon={<TableAddRegular />} disabled={busy} onClick={onInsert}>
        {t.output.insert}
      </Button>
      <Button icon={<CopyRegular />} disabled={busy} onClick={onCopy}>
        {t.output.copy}
      </Button>
      <Button icon={<EraserRegular />} disabled={busy} onClick={onClear}>
        {t.output.clear}
      </Button>
      {extra}
    </section>
  );
}
