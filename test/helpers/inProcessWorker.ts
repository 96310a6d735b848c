/**
 * The engine worker run in-process for jest: the same request handler as engine.worker.ts, messages
 * structured-cloned both ways and delivered asynchronously, as a real worker's are. terminate() drops
 * everything the handler posts afterwards.
 */
import type { WorkerLike } from '../../src/taskpane/engine/EngineClient';
import { createEngineJobs } from '../../src/worker/engineJobs';
import type { RequestMessage, ResponseMessage } from '../../src/worker/protocol';

export function inProcessWorker(): WorkerLike & { requests: RequestMessage['type'][] } {
  let dead = false;
  let queue = Promise.resolve();
  const worker: WorkerLike & { requests: RequestMessage['type'][] } = {
    onmessage: null,
    onerror: null,
    requests: [],
    postMessage(message) {
      const request = structuredClone(message) as RequestMessage;
      worker.requests.push(request.type);
      queue = queue.then(() => (dead ? undefined : handle(request)));
    },
    terminate() {
      dead = true;
    },
  };
  const handle = createEngineJobs((message: ResponseMessage) => {
    if (dead) return;
    const data = structuredClone(message);
    setTimeout(() => {
      if (!dead) worker.onmessage?.({ data } as MessageEvent<ResponseMessage>);
    }, 0);
  });
  return worker;
}
