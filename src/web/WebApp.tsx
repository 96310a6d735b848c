import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { startTransition, useCallback, useState } from 'react';
import type { Grid } from '../core';
import type { HostPort } from '../core';
import type { Report } from '../core';
import { App } from '../taskpane/components/App';
import { Heading } from '../taskpane/components/Heading';
import { useI18n } from '../taskpane/components/i18nContext';
import { Cancelled, EngineClient } from '../taskpane/engine/EngineClient';
import { workerSession, type EngineSession } from '../taskpane/engine/session';
import { spawnEngineWorker } from '../taskpane/engine/spawnEngineWorker';
import type { Strings } from '../taskpane/i18n';
import { downloadFile, summaryFileName } from './download';
import { FilePicker } from './FilePicker';
import { selectingPort } from './selectingPort';
import { useWideScreen } from './useWideScreen';
import { workerPort } from './workerPort';
import { Workspace, type CellTarget } from './workspace/Workspace';

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
  // Wide screens: the sheet on the left, the steps on the right (the pane's width and a bit).
  wide: {
    maxWidth: 'none',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(420px, 520px)',
    alignItems: 'start',
  },
  steps: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  sheet: { position: 'sticky', top: tokens.spacingVerticalL, height: 'calc(100vh - 32px)', minWidth: 0 },
  another: { alignSelf: 'flex-end' },
  opening: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** A file open in the engine worker: the page reads, writes and saves it there, off the main thread. */
interface Opened {
  client: EngineClient;
  port: HostPort;
  engine: EngineSession;
  fileName: string;
  /** An .xlsm: the download keeps that type and its macros. */
  macroEnabled: boolean;
  loadGrid: (sheet: string) => Promise<Grid>;
}

/** Reads a sheet for the sheet view once, however often the officer comes back to its tab. */
function sheetReader(port: HostPort): (sheet: string) => Promise<Grid> {
  const grids = new Map<string, Promise<Grid>>();
  return (sheet) => {
    let grid = grids.get(sheet);
    if (!grid) {
      grid = port.readSheets([sheet]).then(([read]) => read);
      grids.set(sheet, grid);
    }
    return grid;
  };
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
  const wide = useWideScreen();
  const [report, setReport] = useState<Report | null>(null);
  const [target, setTarget] = useState<CellTarget | null>(null);
  const onReport = useCallback((next: Report | null) => setReport(next), []);

  const fail = (title: keyof Strings['errors'], err: unknown) =>
    setError({ title: t.errors[title], detail: err instanceof Error ? err.message : String(err) });

  const open = async (file: File) => {
    const client = new EngineClient(spawnEngineWorker);
    setOpening(client);
    setError(null);
    setCancelled(false);
    try {
      // The worker fetches the file host's chunk only now, and opens the file there.
      const { macroEnabled } = await client.call<{ macroEnabled: boolean }>({
        type: 'open',
        bytes: await file.arrayBuffer(),
      });
      // A cancel ends the worker and the file it held: back to choosing a file, nothing written.
      client.onTerminated = () => {
        setOpened(null);
        setCancelled(true);
      };
      const port = workerPort(client);
      // A transition: React draws the pane in slices, so its first mount is no long main-thread task.
      startTransition(() =>
        setOpened({
          client,
          // One port per opened file (a new one would make the pane read the workbook again).
          port: selectingPort(port, (sheet, row, column) =>
            setTarget((last) => ({ sheet, row, column, seq: (last?.seq ?? 0) + 1 })),
          ),
          engine: workerSession(client),
          fileName: file.name,
          macroEnabled,
          loadGrid: sheetReader(port),
        }),
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
    setReport(null);
    setTarget(null);
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
      downloadFile(bytes, summaryFileName(workbook.fileName, workbook.macroEnabled));
    } catch (err) {
      fail('download', err);
    }
  };

  const steps = (
    <>
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
            selectable={wide}
            onReport={onReport}
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
    </>
  );

  if (!wide || !opened) return <div className={styles.page}>{steps}</div>;
  return (
    <div className={mergeClasses(styles.page, styles.wide)}>
      <div className={styles.sheet}>
        <Workspace report={report} target={target} loadGrid={opened.loadGrid} />
      </div>
      <div className={styles.steps}>{steps}</div>
    </div>
  );
}
