/** A worker thread of the command line: reads pieces of rows for src/xlsx/parallelSheet.ts. */
import { parentPort } from 'node:worker_threads';
import { answer, type CellRequest } from '../xlsx/cellPool';

parentPort!.on('message', (request: CellRequest) => {
  const { reply, transfer } = answer(request);
  parentPort!.postMessage(reply, transfer);
});
