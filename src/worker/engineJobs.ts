/**
 * What the engine's worker does with each request (engine.worker.ts only wires it to `self`, so
 * tests run it in-process). The file host is imported only when a file is opened: the task pane's worker
 * analyzes grids read by Office and never loads it unless last month's file is chosen.
 */
import { analyzeWorkbook } from '../core';
import type { PreviousPeriod } from '../core';
import type { Grid } from '../core';
import { columnChoices, type ColumnChoice } from '../taskpane/columns';
import type { LoadedWorkbook } from '../web/loadWorkbook';
import type { CellReaders } from '../xlsx/parallelSheet';
import type { AnalyzeResult, JobOptions, OnProgress, RequestMessage, ResponseMessage } from './protocol';

type Post = (message: ResponseMessage, transfer?: Transferable[]) => void;

type Readers = () => Promise<CellReaders | null>;

async function openFile(bytes: ArrayBuffer, readers: Readers): Promise<LoadedWorkbook> {
  const { loadWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../web/loadWorkbook');
  return loadWorkbook(new Blob([bytes]), readers);
}

function analyze(grids: Grid[], options: JobOptions, onProgress: OnProgress): AnalyzeResult {
  const { report, matches } = analyzeWorkbook(grids, { ...options, onProgress });
  const columns: Record<string, ColumnChoice[]> = {};
  for (const sheet of report.sheets) {
    const grid = grids.find((g) => g.name === sheet.sheet);
    if (grid) columns[sheet.sheet] = columnChoices(grid, sheet.headerRows);
  }
  return { report, matches, columns };
}

/** Last month's sheets, cut down to what a comparison needs (the reply stays small). */
async function readPrevious(
  bytes: ArrayBuffer,
  options: JobOptions,
  onProgress: OnProgress,
  readers: Readers,
) {
  onProgress('open', 0, 0);
  const { port } = await openFile(bytes, readers);
  const grids = await port.readSheets(undefined, (done, total) => onProgress('read', done, total));
  const { report } = analyzeWorkbook(grids, { ...options, previous: undefined, onProgress });
  const previous: PreviousPeriod = {
    source: options.source,
    sheets: report.sheets.map(({ sheet, kind, period, units }) => ({
      sheet,
      kind,
      period,
      units: units.map(({ name, metrics, below }) => ({ name, metrics, below })),
    })),
  };
  return previous;
}

/**
 * startReaders: threads that read a large sheet in pieces (the browser's, see cellWorkers.ts); started
 * once, when the first large sheet comes, and shared by every file this worker opens.
 */
export function createEngineJobs(
  post: Post,
  startReaders: Readers = async () => null,
): (message: RequestMessage) => Promise<void> {
  let pool: Promise<CellReaders | null> | undefined;
  // Threads that cannot start (their chunk failed to load) only cost speed: the file is read here.
  const readers = () => (pool ??= startReaders().catch(() => null));
  let file: LoadedWorkbook | null = null;
  let grids: Grid[] = [];

  const opened = (): LoadedWorkbook => {
    if (!file) throw new Error('Chưa mở tệp nào.');
    return file;
  };

  async function run(message: RequestMessage, onProgress: OnProgress): Promise<unknown> {
    switch (message.type) {
      case 'open':
        onProgress('open', 0, 0);
        file = await openFile(message.bytes, readers);
        return { macroEnabled: file.macroEnabled };
      case 'read':
        grids = await opened().port.readSheets(undefined, (done, total) => onProgress('read', done, total));
        return null;
      case 'grids':
        grids = message.grids;
        return null;
      case 'analyze':
        return analyze(grids, message.options, onProgress);
      case 'previous':
        return readPrevious(message.bytes, message.options, onProgress, readers);
      case 'port': {
        const host = opened().port as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
        return (await host[message.method](...message.args)) ?? null;
      }
      case 'save':
        return opened().save();
    }
  }

  return async (message) => {
    const { id } = message;
    try {
      const result = await run(message, (phase, done, total) =>
        post({ id, type: 'progress', phase, done, total }),
      );
      post({ id, type: 'done', result }, result instanceof ArrayBuffer ? [result] : []);
    } catch (err) {
      post({ id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
}
