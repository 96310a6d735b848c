import { Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { HostPort } from '../../core';
import type { Report } from '../../core';
import type { EngineSession } from '../engine/session';
import type { TabId } from '../state';
import { useWorkflow } from '../useWorkflow';
import { useI18n } from './i18nContext';
import { FindingsPanel } from './FindingsPanel';
import { Heading } from './Heading';
import { IndicatorsPanel } from './IndicatorsPanel';
import { ReportPanel } from './ReportPanel';
import { ScoreRulesPanel } from './ScoreRulesPanel';
import { SheetsPanel } from './SheetsPanel';
import { StatusArea } from './StatusArea';
import { ThresholdsPanel } from './ThresholdsPanel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '280px',
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  tabs: { flexWrap: 'wrap', padding: `0 ${tokens.spacingHorizontalXS}` },
  panel: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  port: HostPort;
  /** Reads and analyzes in the engine worker. */
  engine: EngineSession;
  /** File name of the workbook, shown under the title and as the source in the summary. */
  source: string;
  /** Commands only one host has (the standalone page's download). */
  extraActions?: (busy: boolean) => ReactNode;
  /** False where the host cannot select a cell (a file, not an open workbook): findings are not clickable. */
  selectable?: boolean;
  /** Told each new report: the standalone page's sheet view shades and outlines from it. */
  onReport?: (report: Report | null) => void;
}

export function App({ port, engine, source, extraActions, selectable = true, onReport }: AppProps) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const { state, dispatch, workflow } = useWorkflow(port, engine, lang, source);
  const busy = state.task !== null;
  useEffect(() => onReport?.(state.report), [state.report, onReport]);

  const panels: Record<TabId, ReactNode> = {
    sheets: <SheetsPanel state={state} workflow={workflow} busy={busy} />,
    check: <FindingsPanel report={state.report} workflow={workflow} busy={busy} selectable={selectable} />,
    thresholds: (
      <>
        <ThresholdsPanel
          key={`${state.settings.activePreset}:${JSON.stringify(state.settings.thresholds)}`}
          settings={state.settings}
          workflow={workflow}
          busy={busy}
        />
        <ScoreRulesPanel
          key={`${state.settings.scorePreset}:${JSON.stringify(state.settings.scoreRules)}`}
          settings={state.settings}
          workflow={workflow}
          busy={busy}
        />
      </>
    ),
    indicators: (
      <IndicatorsPanel state={state} workflow={workflow} busy={busy} extraActions={extraActions?.(busy)} />
    ),
    report: <ReportPanel state={state} workflow={workflow} busy={busy} />,
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Heading level={1} size={400}>
          {t.appTitle}
        </Heading>
        {source && <Caption1 className={styles.source}>{source}</Caption1>}
      </header>
      <StatusArea
        state={state}
        onDismiss={() => dispatch({ type: 'dismiss' })}
        onCancel={() => workflow.cancel()}
      />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, data) => dispatch({ type: 'tab', tab: data.value as TabId })}
      >
        {(Object.keys(panels) as TabId[]).map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="tab-panel">
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${state.tab}`} className={styles.panel}>
        {panels[state.tab]}
      </div>
    </div>
  );
}
