/** A Web Worker of the standalone page's engine worker: reads pieces of rows of a large sheet. */
import { answer, type CellRequest } from '../xlsx/cellPool';

// The project's lib is DOM, not WebWorker: the two members used here, typed by hand.
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<CellRequest>) => void) | null;
};
scope.onmessage = (event) => {
  const { reply, transfer } = answer(event.data);
  scope.postMessage(reply, transfer);
};
