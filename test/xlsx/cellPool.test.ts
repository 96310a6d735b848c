import {
  answer,
  cellPool,
  type CellReply,
  type CellRequest,
  type PieceWorker,
} from '../../src/xlsx/cellPool';

/** A worker played in this thread: answers at once, or fails (as one that could not load or exited). */
function fakeWorker(behaviour: 'answers' | 'fails at start' | 'dies on first request') {
  let reply: (r: CellReply) => void = () => {};
  let failure: (e: Error) => void = () => {};
  const posted: number[] = [];
  const worker: PieceWorker = {
    post(request: CellRequest) {
      posted.push(request.id);
      if (behaviour === 'dies on first request')
        return queueMicrotask(() => failure(new Error('exited (1)')));
      const { reply: r } = answer(request);
      queueMicrotask(() => reply(r));
    },
    onReply: (cb) => void (reply = cb),
    onFailure: (cb) => {
      failure = cb;
      if (behaviour === 'fails at start') queueMicrotask(() => cb(new Error('could not load')));
    },
    terminate: () => undefined,
  };
  return { worker, posted };
}

const rows = () => new TextEncoder().encode('<row r="2"><c r="C2"><v>5</v></c></row>');
const opts = { dateFormats: [], date1904: false };
const settled = <T>(p: Promise<T>) =>
  Promise.race([
    p.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise((r) => setTimeout(() => r('pending'), 200)),
  ]);

describe('the pool of piece readers', () => {
  it('sends no more to a worker once it has failed, and reads with the others', async () => {
    const dead = fakeWorker('fails at start');
    const live = fakeWorker('answers');
    const pool = cellPool([dead.worker, live.worker]);
    await new Promise((r) => setTimeout(r, 0));
    const cells = await Promise.all([1, 2, 3].map(() => pool.read(rows(), opts, 'p')));
    expect(cells.map((c) => [c.rows[0], c.cols[0], c.numbers[0]])).toEqual([
      [1, 2, 5],
      [1, 2, 5],
      [1, 2, 5],
    ]);
    expect(dead.posted).toEqual([]);
    expect(live.posted).toEqual([0, 1, 2]);
  });

  it('fails what a dying worker held, and every later request at once when none is left', async () => {
    const dying = fakeWorker('dies on first request');
    const pool = cellPool([dying.worker]);
    expect(await settled(pool.read(rows(), opts, 'p'))).toBe('rejected');
    // Nothing is left pending (a pending read would let node exit without a report).
    expect(await settled(pool.read(rows(), opts, 'p'))).toBe('rejected');
    expect(dying.posted).toEqual([0]);
  });
});
