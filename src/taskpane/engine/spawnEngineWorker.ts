/** Webpack 5 bundles the worker from this expression (its own chunk, same origin: CSP worker-src 'self'). */
import type { WorkerLike } from './EngineClient';

export function spawnEngineWorker(): WorkerLike {
  // Written as one expression: that is the form webpack recognizes as a worker entry.
  return new Worker(
    // @ts-expect-error -- import.meta: type-checking runs as CommonJS (for jest); webpack builds ES modules.
    new URL('../../worker/engine.worker.ts', import.meta.url),
  ) as unknown as WorkerLike;
}
