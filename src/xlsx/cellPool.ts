/**
 * Workers that read pieces of rows (parallelSheet.ts), whatever the threads are: node's worker_threads
 * for the command line (src/cli/cellWorkers.ts), Web Workers in the standalone page
 * (src/worker/cellWorkers.ts). Both run `answer` on their side.
 */
import type { CellReaders } from './parallelSheet';
import { cellReader, type CellOptions, type SheetCells } from './sheetCells';

export interface CellRequest {
  id: number;
  rows: Uint8Array;
  opts: CellOptions;
  part: string;
}

export type CellReply = { id: number; cells: SheetCells } | { id: number; error: string };

/** One worker as the pool sees it. */
export interface PieceWorker {
  post(request: CellRequest, transfer: ArrayBuffer[]): void;
  onReply(cb: (reply: CellReply) => void): void;
  onFailure(cb: (err: Error) => void): void;
  /** Whether the worker has work: node keeps the process alive only then. */
  busy?(busy: boolean): void;
  terminate(): unknown;
}

export interface CellWorkers extends CellReaders {
  /** Ends the threads. */
  close(): Promise<void>;
}

const decoder = new TextDecoder();

/** What a worker does with a request; the reply's arrays move back without a copy. */
export function answer({ id, rows, opts, part }: CellRequest): { reply: CellReply; transfer: ArrayBuffer[] } {
  try {
    const reader = cellReader(opts, part);
    reader.read(decoder.decode(rows));
    const cells = reader.cells();
    const transfer = [cells.rows, cells.cols, cells.kinds, cells.numbers, cells.styles].map(
      (a) => a.buffer as ArrayBuffer,
    );
    return { reply: { id, cells }, transfer };
  } catch (err) {
    return { reply: { id, error: (err as Error).message }, transfer: [] };
  }
}

/**
 * Requests go round the live workers in turn. A worker that fails (it could not load, crashed or
 * exited) fails what it holds and takes no more; with none left, a request fails at once. Every
 * failure makes the caller read the sheet again whole, so a dead worker never leaves a read pending.
 */
export function cellPool(workers: PieceWorker[]): CellWorkers {
  const waiting = new Map<
    number,
    { worker: number; resolve: (c: SheetCells) => void; reject: (e: Error) => void }
  >();
  const load = workers.map(() => 0);
  const dead = workers.map(() => false);
  for (const [i, w] of workers.entries()) {
    w.onReply((reply) => {
      if (--load[i] === 0) w.busy?.(false);
      const wait = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) wait?.reject(new Error(reply.error));
      else wait?.resolve(reply.cells);
    });
    w.onFailure((err) => {
      if (dead[i]) return;
      dead[i] = true;
      load[i] = 0;
      w.busy?.(false);
      for (const [id, wait] of waiting)
        if (wait.worker === i) {
          waiting.delete(id);
          wait.reject(err);
        }
    });
  }
  let next = 0;
  return {
    workers: workers.length,
    read(rows, opts, part) {
      const id = next++;
      const live = workers.map((_, i) => i).filter((i) => !dead[i]);
      if (!live.length) return Promise.reject(new Error('no worker left'));
      const i = live[id % live.length];
      return new Promise<SheetCells>((resolve, reject) => {
        waiting.set(id, { worker: i, resolve, reject });
        if (load[i]++ === 0) workers[i].busy?.(true);
        workers[i].post({ id, rows, opts, part }, [rows.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
