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
import { startTransition, useState } from 'react';
import type { HostPort } from '../core/port';
import { App } from '../taskpane/components/App';
import { Heading } from '../taskpane/components/Heading';
import { useI18n } from '../taskpane/components/i18nContext';
import { Cancelled, EngineClient } from '../taskpane/engine/EngineClient';
import { workerSession, type EngineSession } from '../taskpane/engine/session';
import { spawnEngineWorker } from '../taskpane/engine/spawnEngineWorker';
import type { Strings } from '../taskpane/i18n';
import { downloadFile, summaryFileName } from './download';
import { FilePicker } from './FilePicker';
import { workerPort } from './workerPort';

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
  opening: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** A file open in the engine worker: the page reads, writes and saves it there, off the main thread. */
interface Opened {
  client: EngineClient;
  port: HostPort;
  engine: EngineSession;
  fileName: string;
}

export const SAMPLE_URL = 'assets/tep-mau-cchc.xlsx';

/** The standalone page: the task pane's App over a workbook opened in the browser. */
export function WebApp() {
  const styles = useStyles();
  const { t } = useI18n();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [opening, setOpening] = useState<EngineClient | null>(null);
  const [error, setError] = useState<{ title: string; detail: string } | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const fail = (title: keyof Strings['errors'], err: unknown) =>
    setError({ title: t.errors[title], detail: err instanceof Error ? err.message : String(err) });

  const open = async (file: File) => {
    const client = new EngineClient(spawnEngineWorker);
    setOpening(client);
    setError(null);
    setCancelled(false);
    try {
      // The worker fetches ExcelJS (big) only now, and opens the file there.
      await client.call({ type: 'open', bytes: await file.arrayBuffer() });
      // A cancel ends the worker and the file it held: back to choosing a file, nothing written.
      client.onTerminated = () => {
        setOpened(null);
        setCancelled(true);
      };
      // A transition: React draws the pane in slices, so its first mount is no long main-thread task.
      startTransition(() =>
        setOpened({ client, port: workerPort(client), engine: workerSession(client), fileName: file.name }),
      );
    } catch (err) {
      client.close();
      if (err instanceof Cancelled) setCancelled(true);
      else fail('open', err);
    } finally {
      setOpening(null);
    }
  };

  const putAway = (workbook: Opened) => {
    workbook.client.close();
    setOpened(null);
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
      const bytes = await workbook.client.call<ArrayBuffer>({ type: 'save' });
      downloadFile(bytes, summaryFileName(workbook.fileName));
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
      {cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>{t.notices.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {opening && (
        <div className={styles.opening}>
          <Spinner size="small" label={t.busy.open} />
          <Button size="small" aria-label={t.busy.cancelLabel} onClick={() => opening.cancel()}>
            {t.busy.cancel}
          </Button>
        </div>
      )}
      {opened ? (
        <>
          <Button
            className={styles.another}
            appearance="subtle"
            size="small"
            icon={<FolderOpenRegular />}
            onClick={() => putAway(opened)}
          >
            {t.web.another}
          </Button>
          <App
            key={opened.fileName}
            port={opened.port}
            engine={opened.engine}
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
          <FilePicker disabled={!!opening} onFile={(file) => void open(file)} />
          <Button appearance="subtle" disabled={!!opening} onClick={() => void openSample()}>
            {t.web.sample}
          </Button>
        </>
      )}
    </div>
  );
}
