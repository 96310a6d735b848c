/**
 * Worker threads that read pieces of a large sheet (src/xlsx/parallelSheet.ts), one per core beside
 * the main thread's, up to three. They are started once the package is opened, so their start-up
 * (~0.1 s) overlaps with reading its styles and shared strings, and they keep the process alive only
 * while a piece is being read; close() ends them.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cellPool, type CellReply, type CellWorkers, type PieceWorker } from '../xlsx/cellPool';

/**
 * The worker's module beside this one; run from TypeScript sources (tsx), it registers tsx first (by
 * absolute path: an eval'd worker resolves modules from the working directory).
 */
function startWorker(): PieceWorker {
  const file = path.join(__dirname, `cellWorker${path.extname(__filename)}`);
  const worker = file.endsWith('.ts')
    ? new Worker(
        `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(file)});`,
        {
          eval: true,
        },
      )
    : new Worker(file);
  worker.unref();
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    onReply: (cb) => worker.on('message', (reply: CellReply) => cb(reply)),
    // A worker that could not load, threw, or exited: 'exit' also comes after an 'error'.
    onFailure: (cb) => {
      worker.on('error', cb);
      worker.on('messageerror', cb);
      worker.on('exit', (code) => cb(new Error(`worker exited (${code})`)));
    },
    busy: (busy) => (busy ? worker.ref() : worker.unref()),
    terminate: () => worker.terminate(),
  };
}

export function startCellReaders(): CellWorkers | null {
  const count = Math.min(3, os.availableParallelism() - 1);
  return count < 1 ? null : cellPool(Array.from({ length: count }, startWorker));
}
