import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { App } from '../taskpane/components/App';
import { Heading } from '../taskpane/components/Heading';
import { useI18n } from '../taskpane/components/i18nContext';
import type { Strings } from '../taskpane/i18n';
import { downloadFile, summaryFileName } from './download';
import { FilePicker } from './FilePicker';
import type { LoadedWorkbook } from './loadWorkbook';

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // On a phone-sized window the pane's own padding is enough.
    '@media (max-width: 480px)': { padding: 0 },
  },
  muted: { color: tokens.colorNeutralForeground2 },
  another: { alignSelf: 'flex-end' },
});

type Opened = LoadedWorkbook & { fileName: string };

export const SAMPLE_URL = 'assets/tep-mau-cchc.xlsx';

/** The standalone page: the task pane's App over a workbook opened in the browser. */
export function WebApp() {
  const styles = useStyles();
  const { t } = useI18n();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<{ title: string; detail: string } | null>(null);

  const fail = (title: keyof Strings['errors'], err: unknown) =>
    setError({ title: t.errors[title], detail: err instanceof Error ? err.message : String(err) });

  const open = async (file: File) => {
    setOpening(true);
    setError(null);
    try {
      // ExcelJS is big: fetched only when a file is chosen.
      const { loadWorkbook } = await import(/* webpackChunkName: "xlsx" */ './loadWorkbook');
      setOpened({ ...(await loadWorkbook(file)), fileName: file.name });
    } catch (err) {
      fail('open', err);
    } finally {
      setOpening(false);
    }
  };

  /** The sample workbook served beside the page (assets/), opened like a chosen file. */
  const openSample = async () => {
    try {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      await open(new File([await response.blob()], SAMPLE_URL.split('/').pop()!));
    } catch (err) {
      fail('open', err);
    }
  };

  const download = async (workbook: Opened) => {
    try {
      downloadFile(await workbook.save(), summaryFileName(workbook.fileName, workbook.macroEnabled));
    } catch (err) {
      fail('download', err);
    }
  };

  return (
    <div className={styles.page}>
      {!opened && (
        <header>
          <Heading level={1} size={500}>
            {t.web.title}
          </Heading>
          <Body1 as="p" block className={styles.muted}>
            {t.web.intro}
          </Body1>
        </header>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      {opening && <Spinner label={t.busy.open} />}
      {opened ? (
        <>
          <Button
            className={styles.another}
            appearance="subtle"
            size="small"
            icon={<FolderOpenRegular />}
            onClick={() => setOpened(null)}
          >
            {t.web.another}
          </Button>
          <App
            key={opened.fileName}
            port={opened.port}
            source={opened.fileName}
            selectable={false}
            extraActions={(busy) => (
              <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void download(opened)}>
                {t.output.download}
              </Button>
            )}
          />
        </>
      ) : (
        <>
          <FilePicker disabled={opening} onFile={(file) => void open(file)} />
          <Button appearance="subtle" disabled={opening} onClick={() => void openSample()}>
            {t.web.sample}
          </Button>
        </>
      )}
    </div>
  );
}
