/** The engine's Web Worker: reading files and analyzing them off the pages' main thread. */
import { createEngineJobs } from './engineJobs';
import type { RequestMessage } from './protocol';

// The project's lib is DOM, not WebWorker: the two members used here, typed by hand.
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<RequestMessage>) => void) | null;
};
const handle = createEngineJobs(
  (message, transfer) => scope.postMessage(message, transfer ?? []),
  // Loaded with the file host, when a file is opened: the task pane's worker never needs them.
  () => import(/* webpackChunkName: "xlsx" */ './cellWorkers').then((m) => m.startCellReaders()),
);
// One request at a time, in order: a HostPort call must not overtake the read before it.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};
