/**
 * The main thread's end of the engine worker: requests as promises with progress, and a cancel that
 * really stops (the worker is terminated; the next request starts a fresh one).
 */
import type { EngineRequest, OnProgress, ResponseMessage } from '../../worker/protocol';

/** The part of a Worker the client uses (tests pass an in-process one). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ResponseMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The officer pressed "Hủy": not a failure, nothing to report. */
export class Cancelled extends Error {
  constructor() {
    super('Đã hủy');
  }
}

interface Pending {
  resolve(result: unknown): void;
  reject(err: Error): void;
  onProgress?: OnProgress;
}

export class EngineClient {
  private worker: WorkerLike | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Counts the workers started: state a worker held (grids, an opened file) dies with it. */
  generation = 0;
  /** Called after a cancel terminated the worker (the page then goes back to choosing a file). */
  onTerminated: (() => void) | null = null;

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Starts the worker if none runs; returns its generation. */
  start(): number {
    this.live();
    return this.generation;
  }

  /** The running worker, started on first use. */
  private live(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    this.generation++;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.stop(new Error(`Bộ tính toán dừng đột ngột: ${event.message || 'không rõ lý do'}`));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: ResponseMessage): void {
    const job = this.pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') return job.onProgress?.(message.phase, message.done, message.total);
    this.pending.delete(message.id);
    if (message.type === 'done') job.resolve(message.result);
    else job.reject(new Error(message.message));
  }

  /** Terminates the worker and rejects what was waiting on it. */
  private stop(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const job of waiting) job.reject(reason);
  }

  /** Sends `request`; file bytes in it are transferred (the caller no longer holds them). */
  call<T>(request: EngineRequest, onProgress?: OnProgress): Promise<T> {
    const worker = this.live();
    const id = this.nextId++;
    const transfer = 'bytes' in request ? [request.bytes] : [];
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject, onProgress });
      worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Stops whatever runs now: the worker is terminated, its requests end with Cancelled. */
  cancel(): void {
    const hadWorker = this.worker !== null;
    this.close();
    if (hadWorker) this.onTerminated?.();
  }

  /** Ends the worker when its file is put away (another file opened). */
  close(): void {
    this.stop(new Cancelled());
  }
}
