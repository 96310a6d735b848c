import { makeStyles, tokens } from '@fluentui/react-components';
import type { AppState } from '../state';
import type { Workflow } from '../workflow';
import { AppendixForm } from './AppendixForm';
import { ComparePanel } from './ComparePanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

/** What the summary is compared with and how the letter is headed and signed. */
export function ReportPanel({
  state,
  workflow,
  busy,
}: {
  state: AppState;
  workflow: Workflow;
  busy: boolean;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <ComparePanel state={state} workflow={workflow} busy={busy} />
      <AppendixForm
        key={JSON.stringify(state.settings.appendix)}
        settings={state.settings}
        workflow={workflow}
        busy={busy}
      />
    </div>
  );
}
