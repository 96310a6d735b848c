/** The engine's Web Worker: reading files and analyzing them off the pages' main thread. */
import { createEngineJobs } from './engineJobs';
import type { RequestMessage } from './protocol';

// The project's lib is DOM, not WebWorker: the two members used here, typed by hand.
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<RequestMessage>) => void) | null;
};
const handle = createEngineJobs((message, transfer) => scope.postMessage(message, transfer ?? []));
// One request at a time, in order: a HostPort call must not overtake the read before it.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};
