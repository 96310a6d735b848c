/**
 * Web Workers, started by the engine worker, that read pieces of a large sheet
 * (src/xlsx/parallelSheet.ts): one per core beside the engine's own, up to three; none where the
 * browser cannot start a worker from a worker. The part is inflated by the browser's DecompressionStream
 * where it knows raw deflate.
 */
import { cellPool, type CellReply, type CellWorkers } from '../xlsx/cellPool';
import { decompressionStreamInflate } from '../xlsx/streamInflate';

export function startCellReaders(): CellWorkers | null {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  const count = Math.min(3, cores - 1);
  if (count < 1 || typeof Worker === 'undefined') return null;
  const workers = Array.from({ length: count }, () => {
    // Written as one expression: that is the form webpack recognizes as a worker entry.
    const worker = new Worker(
      // @ts-expect-error -- import.meta: type-checking runs as CommonJS (for jest); webpack builds ES modules.
      new URL('./cell.worker.ts', import.meta.url),
    );
    return {
      post: (request: unknown, transfer: ArrayBuffer[]) => worker.postMessage(request, transfer),
      onReply: (cb: (reply: CellReply) => void) =>
        worker.addEventListener('message', (e: MessageEvent<CellReply>) => cb(e.data)),
      // A script that could not load, or threw: the worker then takes no more pieces.
      onFailure: (cb: (err: Error) => void) => {
        worker.addEventListener('error', (e: ErrorEvent) => cb(new Error(e.message)));
        worker.addEventListener('messageerror', () => cb(new Error('message could not be read')));
      },
      terminate: () => worker.terminate(),
    };
  });
  // The browser's own inflate, off this thread (fflate here took ~0.25 s of the 100k list's 45 MB).
  const inflate = decompressionStreamInflate();
  return inflate ? { ...cellPool(workers), inflate } : cellPool(workers);
}
