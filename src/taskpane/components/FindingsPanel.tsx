import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import type { Report } from '../../core';
import { countBySeverity, groupFindings } from '../findings';
import type { Workflow } from '../workflow';
import { FindingItem, SeverityHeading } from './FindingItem';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsPanelProps {
  report: Report | null;
  workflow: Workflow;
  busy: boolean;
  /** The host can select cells: items become buttons. */
  selectable: boolean;
}

/** Step 2: what is wrong in the figures, by sheet and severity; clicking an item selects the cell. */
export function FindingsPanel({ report, workflow, busy, selectable }: FindingsPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const groups = report ? groupFindings(report) : [];
  const counts = report ? countBySeverity(report) : null;
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        icon={<ClipboardTaskListLtrRegular />}
        disabled={busy}
        onClick={() => void workflow.refresh('check')}
      >
        {t.check.run}
      </Button>
      {counts && (
        <MessageBar intent={groups.length ? (counts.error ? 'error' : 'warning') : 'success'}>
          <MessageBarBody>
            {groups.length ? t.check.counts(counts.error, counts.warning, counts.info) : t.check.clean}
          </MessageBarBody>
        </MessageBar>
      )}
      {selectable && groups.length > 0 && <Body1 className={styles.hint}>{t.check.selectHint}</Body1>}
      {groups.map(({ sheet, groups: bySeverity }) => (
        <section key={sheet} className={styles.sheet} aria-label={sheet}>
          <Heading level={2}>{sheet}</Heading>
          {bySeverity.map(({ severity, findings }) => (
            <div key={severity}>
              <SeverityHeading severity={severity} count={findings.length} />
              <ul className={styles.list}>
                {findings.map((f, i) => (
                  <li key={`${f.code}-${f.row}-${f.column}-${i}`}>
                    <FindingItem
                      finding={f}
                      onSelect={selectable ? () => void workflow.selectFinding({ ...f, sheet }) : undefined}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
