import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { AppState } from '../state';
import type { Workflow } from '../workflow';
import { useI18n } from './i18nContext';
import { SheetCard } from './SheetCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** Step 1: the workbook's sheets, their detected kind and period; the officer corrects what is wrong. */
export function SheetsPanel({
  state,
  workflow,
  busy,
}: {
  state: AppState;
  workflow: Workflow;
  busy: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { report, settings, columns } = state;
  return (
    <div className={styles.root}>
      <Body1 className={styles.intro}>{report ? t.sheets.intro : t.sheets.none}</Body1>
      <Button
        icon={<ArrowClockwiseRegular />}
        disabled={busy}
        onClick={() => void workflow.refresh('sheets')}
      >
        {t.readWorkbook}
      </Button>
      {report?.sheets.map((sheet) => (
        <SheetCard
          key={sheet.sheet}
          sheet={sheet}
          columns={columns[sheet.sheet] ?? []}
          kindOverride={settings.kindOverrides[sheet.sheet] ?? null}
          columnOverrides={settings.columnOverrides[sheet.sheet] ?? {}}
          disabled={busy}
          onKind={(kind) => void workflow.setKind(settings, sheet.sheet, kind)}
          onColumn={(field, letter) => void workflow.setColumn(settings, sheet.sheet, field, letter)}
        />
      ))}
    </div>
  );
}
