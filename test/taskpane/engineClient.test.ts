/** The main thread's end of the worker: progress, failures in Vietnamese, cancel that ends the worker. */
import fs from 'node:fs';
import path from 'node:path';
import { Cancelled, EngineClient, type WorkerLike } from '../../src/taskpane/engine/EngineClient';
import type { AnalyzeResult } from '../../src/worker/protocol';
import { inProcessWorker } from '../helpers/inProcessWorker';

const FIXTURE = path.resolve(__dirname, '../fixtures/ky-so-truc-ninh-2024.xlsx');
const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(file)).buffer;

describe('engine client', () => {
  it('opens, reads and analyzes a file in the worker, reporting each phase', async () => {
    const client = new EngineClient(inProcessWorker);
    const phases: string[] = [];
    const onProgress = (phase: string, done: number, total: number) =>
      phases.push(`${phase} ${done}/${total}`);
    await client.call({ type: 'open', bytes: bytesOf(FIXTURE) }, onProgress);
    await client.call({ type: 'read' }, onProgress);
    const { report } = await client.call<AnalyzeResult>(
      { type: 'analyze', options: { source: 'ky-so.xlsx' } },
      onProgress,
    );
    expect(phases).toEqual(['open 0/0', 'read 1/1', 'check 0/1', 'compute 0/1']);
    expect(report.sheets[0].kind).toBe('signatures');
  });

  it('passes the worker’s own message on, and stops everything on a crash', async () => {
    const client = new EngineClient(inProcessWorker);
    await expect(client.call({ type: 'save' })).rejects.toThrow('Chưa mở tệp nào.');
    await expect(
      client.call({ type: 'open', bytes: new TextEncoder().encode('STT;Tên').buffer }),
    ).rejects.toThrow(/^Tệp không phải \.xlsx/);
    let crashed: WorkerLike | null = null;
    const crashing = new EngineClient(() => {
      crashed = { postMessage: () => undefined, terminate: jest.fn(), onmessage: null, onerror: null };
      return crashed;
    });
    const waiting = crashing.call({ type: 'read' });
    crashed!.onerror!({ message: 'Out of memory' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('Bộ tính toán dừng đột ngột: Out of memory');
    expect(crashed!.terminate).toHaveBeenCalled();
  });

  it('cancels: the worker is terminated, its requests end as Cancelled, the next one starts afresh', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = [];
    const client = new EngineClient(() => {
      workers.push(inProcessWorker());
      return workers[workers.length - 1];
    });
    const terminated = jest.fn();
    client.onTerminated = terminated;
    const opening = client.call({ type: 'open', bytes: bytesOf(FIXTURE) });
    client.cancel();
    await expect(opening).rejects.toBeInstanceOf(Cancelled);
    expect(terminated).toHaveBeenCalledTimes(1);
    expect(client.generation).toBe(1);
    // The file went with the old worker.
    await expect(client.call({ type: 'read' })).rejects.toThrow('Chưa mở tệp nào.');
    expect(client.generation).toBe(2);
    expect(workers.map((w) => w.requests)).toEqual([['open'], ['read']]);
  });
});
