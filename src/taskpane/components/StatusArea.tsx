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
import { CANCELLABLE, type AppState, type Notice, type Task } from '../state';
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
  running: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** The phase the worker reports ("Đọc trang tính 3/5…", "Kiểm tra…"), else the task's own words. */
function taskLabel(task: Task, progress: AppState['progress'], t: Strings): string {
  switch (progress?.phase) {
    case 'open':
      return t.busy.open;
    case 'read':
      return t.busy.read(progress.done, progress.total);
    case 'check':
      return t.busy.check(progress.done, progress.total);
    case 'compute':
      return t.busy.compute;
  }
  return task === 'read' ? t.busy.read(0, 0) : t.busy[task];
}

/** Measurable progress as 0..1; undefined draws the moving (indeterminate) bar. */
function fraction(progress: AppState['progress']): number | undefined {
  if (!progress?.total || progress.phase === 'compute') return undefined;
  return progress.done / progress.total;
}

function noticeText(notice: Notice, t: Strings): string {
  if (notice.kind !== 'inserted') return t.notices[notice.kind];
  return notice.shading
    ? t.notices.insertedUnshaded(notice.sheetName, notice.shading)
    : t.notices.inserted(notice.sheetName);
}

/** Progress of the running task (with "Hủy" where it can be stopped), then the last error or success. */
export function StatusArea({
  state,
  onDismiss,
  onCancel,
}: {
  state: AppState;
  onDismiss: () => void;
  onCancel: () => void;
}) {
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
        <div className={styles.running}>
          <Field
            className={styles.bar}
            validationMessage={taskLabel(task, progress, t)}
            validationState="none"
          >
            <ProgressBar value={fraction(progress)} aria-label={taskLabel(task, progress, t)} />
          </Field>
          {CANCELLABLE.includes(task) && (
            <Button size="small" aria-label={t.busy.cancelLabel} onClick={onCancel}>
              {t.busy.cancel}
            </Button>
          )}
        </div>
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
