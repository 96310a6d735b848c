/**
 * Worker threads that read pieces of a large sheet (src/xlsx/parallelSheet.ts), one per core beside
 * the main thread's, up to three. They are started once the package is opened, so their start-up (~0.1 s) overlaps with reading
 * its styles and shared strings, and they keep the process alive only while a piece is being read; close() ends them.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CellReaders } from '../xlsx/parallelSheet';
import type { SheetCells } from '../xlsx/sheetCells';
import type { CellRequest } from './cellWorker';

type Reply = { id: number; cells: SheetCells } | { id: number; error: string };

/** The worker's module beside this one; run from TypeScript sources (tsx), it registers tsx first. */
function startWorker(): Worker {
  const file = path.join(__dirname, `cellWorker${path.extname(__filename)}`);
  const worker = file.endsWith('.ts')
    ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`, { eval: true })
    : new Worker(file);
  worker.unref();
  return worker;
}

export interface CellWorkers extends CellReaders {
  /** Ends the threads (the command line calls it once the sheets are read). */
  close(): Promise<void>;
}

export function startCellReaders(): CellWorkers | null {
  const count = Math.min(3, os.availableParallelism() - 1);
  if (count < 1) return null;
  const workers = Array.from({ length: count }, startWorker);
  const waiting = new Map<number, { resolve: (c: SheetCells) => void; reject: (e: Error) => void }>();
  const busy = workers.map(() => 0);
  for (const [i, w] of workers.entries()) {
    w.on('message', (reply: Reply) => {
      if (--busy[i] === 0) w.unref();
      const wait = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) wait?.reject(new Error(reply.error));
      else wait?.resolve(reply.cells);
    });
    w.on('error', (err) => {
      for (const wait of waiting.values()) wait.reject(err);
      waiting.clear();
    });
  }
  let next = 0;
  return {
    workers: count,
    read(rows, opts, part) {
      const id = next++;
      const request: CellRequest = { id, rows, opts, part };
      return new Promise<SheetCells>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const i = id % workers.length;
        if (busy[i]++ === 0) workers[i].ref();
        workers[i].postMessage(request, [rows.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
