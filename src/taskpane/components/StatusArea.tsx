import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { AppState, Notice, Task } from '../state';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  // Sticky: the commands sit at the bottom of long panels, their progress and result must stay in view.
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  detail: { display: 'block', overflowWrap: 'anywhere' },
});

function taskLabel(task: Task, progress: AppState['progress'], t: Strings): string {
  return task === 'read' ? t.busy.read(progress?.done ?? 0, progress?.total ?? 0) : t.busy[task];
}

function noticeText(notice: Notice, t: Strings): string {
  if (notice.kind !== 'inserted') return t.notices[notice.kind];
  return notice.shading
    ? t.notices.insertedUnshaded(notice.sheetName, notice.shading)
    : t.notices.inserted(notice.sheetName);
}

/** Progress of the running task, then the last error or success message. */
export function StatusArea({ state, onDismiss }: { state: AppState; onDismiss: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { task, progress, error, notice } = state;
  if (!task && !error && !notice) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          icon={<DismissRegular />}
          aria-label={t.dismiss}
          onClick={onDismiss}
        />
      }
    />
  );
  return (
    <div className={styles.root}>
      {task && (
        <Field validationMessage={taskLabel(task, progress, t)} validationState="none">
          <ProgressBar value={progress?.total ? progress.done / progress.total : undefined} />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errors[error.key]}</MessageBarTitle>
            <span className={styles.detail}>{error.detail}</span>
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.kind === 'nothingToCopy' ? 'info' : 'success'} layout="multiline">
          <MessageBarBody>{noticeText(notice, t)}</MessageBarBody>
          {dismiss}
        </MessageBar>
      )}
    </div>
  );
}
