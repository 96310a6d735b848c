/**
 * Where the pane's sheets are read and analyzed. Task pane: Office.js reads on the main thread (async
 * I/O, answered between requests), the worker analyzes. Standalone page: the worker holds the opened
 * file and does both. Either way a cancel stops the work and drops its result.
 */
import type { PreviousPeriod } from '../../core';
import type { Grid } from '../../core';
import type { HostPort } from '../../core';
import type { AnalyzeResult, JobOptions, OnProgress } from '../../worker/protocol';
import { Cancelled, type EngineClient } from './EngineClient';

export interface EngineSession {
  /** Reads the workbook's sheets (all but our summary) for the analyses that follow. */
  load(onProgress: OnProgress): Promise<void>;
  analyze(options: JobOptions, onProgress: OnProgress): Promise<AnalyzeResult>;
  /** Last month's file, read and analyzed in the worker with the same options. */
  readPrevious(file: Blob, options: JobOptions, onProgress: OnProgress): Promise<PreviousPeriod>;
  cancel(): void;
}

/**
 * `port` given: the sheets are read through it here and sent to the worker (again after a cancel,
 * which ended the worker holding them). Without it the worker reads the file it opened.
 */
export function workerSession(client: EngineClient, port?: HostPort): EngineSession {
  let grids: Grid[] = [];
  /** The worker generation holding `grids`. */
  let sentTo = -1;
  let cancels = 0;

  return {
    async load(onProgress) {
      if (!port) return void (await client.call({ type: 'read' }, onProgress));
      const at = cancels;
      const read = await port.readSheets(undefined, (done, total) => onProgress('read', done, total));
      // Office.js requests cannot be stopped; their result is dropped instead.
      if (cancels !== at) throw new Cancelled();
      grids = read;
      sentTo = -1;
    },
    async analyze(options, onProgress) {
      if (port && sentTo !== client.start()) {
        await client.call({ type: 'grids', grids });
        sentTo = client.generation;
      }
      return client.call<AnalyzeResult>({ type: 'analyze', options }, onProgress);
    },
    async readPrevious(file, options, onProgress) {
      const bytes = await file.arrayBuffer();
      return client.call<PreviousPeriod>({ type: 'previous', bytes, options }, onProgress);
    },
    cancel() {
      cancels++;
      client.cancel();
    },
  };
}
