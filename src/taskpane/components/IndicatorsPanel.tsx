import { Accordion, Body1, Button, Divider, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { sheetIndicators } from '../indicators';
import type { AppState } from '../state';
import { narrativeOf, type Workflow } from '../workflow';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';
import { IndicatorTable } from './IndicatorTable';
import { OutputActions } from './OutputActions';
import { PreviewDialog } from './PreviewDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  narrative: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface IndicatorsPanelProps {
  state: AppState;
  workflow: Workflow;
  busy: boolean;
  extraActions?: ReactNode;
}

/** Steps 4 and 5: the indicators per sheet, the ready paragraph, and the commands that write the summary. */
export function IndicatorsPanel({ state, workflow, busy, extraActions }: IndicatorsPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { report, settings } = state;
  const sheets = report ? sheetIndicators(report) : [];
  const narrative = report ? narrativeOf(report) : '';
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        icon={<CalculatorRegular />}
        disabled={busy}
        onClick={() => void workflow.refresh('indicators')}
      >
        {t.indicators.run}
      </Button>
      {sheets.length === 0 && <Body1 className={styles.muted}>{t.indicators.empty}</Body1>}
      {sheets.map(({ sheet, tables }, i) => (
        <section key={sheet.sheet} className={styles.section} aria-label={sheet.sheet}>
          <Heading level={2} size={400}>
            {sheet.sheet}
          </Heading>
          {/* The first indicator open, the rest one click away: a narrow pane stays readable. */}
          <Accordion multiple collapsible defaultOpenItems={i === 0 ? [tables[0].metric] : []}>
            {tables.map((table) => (
              <IndicatorTable key={table.metric} table={table} />
            ))}
          </Accordion>
        </section>
      ))}
      {narrative && (
        <section className={styles.section} aria-label={t.indicators.narrative}>
          <Heading level={2}>{t.indicators.narrative}</Heading>
          <Body1 as="p" block className={styles.narrative}>
            {narrative}
          </Body1>
        </section>
      )}
      {report && sheets.length > 0 && (
        <>
          <Divider />
          <OutputActions
            busy={busy}
            onInsert={() => void workflow.insertSummary(report, settings)}
            onCopy={() => void workflow.copyNarrative(report)}
            onClear={() => void workflow.clearHighlights()}
            extra={
              <>
                <PreviewDialog report={report} settings={settings} busy={busy} />
                {extraActions}
              </>
            }
          />
        </>
      )}
    </div>
  );
}
