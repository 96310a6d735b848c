import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
} from '@fluentui/react-components';
import { DocumentPrintRegular } from '@fluentui/react-icons';
import type { Report } from '../../core';
import type { Settings } from '../../core';
import { buildSummaryLayout } from '../../core';
import { useI18n } from './i18nContext';
import { PrintPreview } from './PrintPreview';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1180px, 96vw)', width: '96vw', padding: '16px' },
  content: { maxHeight: '78vh', overflowY: 'auto' },
});

/** "Xem trước bản in": the appendix the insert would write, page by page, before it is written. */
export function PreviewDialog({
  report,
  settings,
  busy,
}: {
  report: Report;
  settings: Settings;
  busy: boolean;
}) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<DocumentPrintRegular />} disabled={busy}>
          {t.preview.open}
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t.preview.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <PrintPreview
              layout={buildSummaryLayout(report, {
                lang,
                sheetName: settings.summarySheetName,
                appendix: settings.appendix,
              })}
            />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t.preview.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
