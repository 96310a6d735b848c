/** A worker thread of the command line: reads pieces of rows for src/xlsx/parallelSheet.ts. */
import { parentPort } from 'node:worker_threads';
import { cellReader, type CellOptions } from '../xlsx/sheetCells';

export interface CellRequest {
  id: number;
  rows: Uint8Array;
  opts: CellOptions;
  part: string;
}

const decoder = new TextDecoder();

parentPort!.on('message', ({ id, rows, opts, part }: CellRequest) => {
  try {
    const reader = cellReader(opts, part);
    reader.read(decoder.decode(rows));
    const c = reader.cells();
    const buffers = [c.rows, c.cols, c.kinds, c.numbers, c.styles].map((a) => a.buffer as ArrayBuffer);
    parentPort!.postMessage({ id, cells: c }, buffers);
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
