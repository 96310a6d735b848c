/** Reading through the real Office.js serializer: merged headers (item 9), payload retries, any size. */
import type { ReadProgress } from '../../../src/core/port';
import { fillWireSheet, makeWireHost } from './host';
import { PAYLOAD_LIMIT } from './workbook';

describe('readSheets on the wire host', () => {
  test('item 9: a merged header block that starts above the values is read whole', async () => {
    const { book, host } = makeWireHost();
    const sheet = fillWireSheet(book, 'Tháng 4', 8, 4, (r, c) => (c === 1 ? `Xã ${r}` : r * 10 + c), 2);
    // An empty merged banner B1:C3 (no value of its own) reaching into the header row 3.
    sheet.merges.push({ top: 0, left: 1, bottom: 2, right: 2 }, { top: 3, left: 0, bottom: 4, right: 0 });
    const [grid] = await host.readSheets();
    expect(grid.merges).toEqual([
      { top: 0, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ]);
  });

  test('older Excel on the web answers an oversized response with GeneralException: the batch is split', async () => {
    const { book, host } = makeWireHost({ legacyPayloadErrors: true });
    const long = 'Hồ sơ '.repeat(1700); // ~10,000 characters a cell, far above the 48-byte estimate
    fillWireSheet(book, 'Ghi chú', 400, 3, (r, c) => (c === 2 ? long : r * 10 + c));
    const [grid] = await host.readSheets();
    expect(grid.values).toHaveLength(400);
    expect(grid.values[399][2]).toBe(long);
    expect(book.syncs.some((s) => s.failed === 'GeneralException')).toBe(true);
    expect(book.syncs.filter((s) => !s.failed).every((s) => s.responseBytes < PAYLOAD_LIMIT)).toBe(true);
  });

  test('any size: 510,000 rows x 10 columns (5.1 million cells) read in chunks under 5 MB, with progress', async () => {
    const { book, host } = makeWireHost();
    const rows = 510_000;
    const sheet = book.addSheet('Danh sách hồ sơ');
    const blank = Array<null>(7).fill(null);
    for (let r = 0; r < rows; r++) sheet.values[r] = [r === 0 ? 'STT' : r, `Hồ sơ ${r}`, ...blank, r % 7];
    const steps: ReadProgress[] = [];
    const [grid] = await host.readSheets(undefined, (_done, _total, step) => step && steps.push(step));
    expect(grid.values).toHaveLength(rows);
    expect(grid.values[rows - 1]).toEqual([
      rows - 1,
      `Hồ sơ ${rows - 1}`,
      ...Array(7).fill(null),
      (rows - 1) % 7,
    ]);
    expect(
      book.syncs.every((s) => !s.failed && s.requestBytes < PAYLOAD_LIMIT && s.responseBytes < PAYLOAD_LIMIT),
    ).toBe(true);
    const cells = steps.filter((s) => s.phase === 'cells').map((s) => s.fraction);
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.every((f, i) => i === 0 || f > cells[i - 1])).toBe(true);
    expect(steps[steps.length - 1]).toEqual({ phase: 'merges', fraction: 1 });
  });
});
