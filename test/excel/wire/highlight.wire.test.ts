/** Shading through the real Office.js serializer (issue 16, items 3 and 5). */
import { MARK_BATCH } from '../../../src/excel/highlight';
import { OPERATION_BYTES } from '../../../src/excel/request-budget';
import { STORE_KEYS } from '../../../src/excel/store';
import { fillWireSheet, makeWireHost } from './host';
import { PAYLOAD_LIMIT } from './workbook';

const marks = (sheet: string, rows: number[], column = 'C') => rows.map((row) => ({ sheet, row, column }));

describe('highlight on the wire host', () => {
  test('item 5: a protected sheet is skipped with a notice; the others are shaded and restorable', async () => {
    const { book, host, settings } = makeWireHost();
    fillWireSheet(book, 'Tháng 4', 10, 4);
    fillWireSheet(book, 'Tháng 5', 10, 4).protected = true;
    book.sheet('Tháng 4').format(2, 2).fill = '#FFFF00';
    const outcome = await host.highlight([...marks('Tháng 4', [2, 3]), ...marks('Tháng 5', [2, 3])]);
    expect(outcome).toEqual({
      notice: 'Sheet “Tháng 5” đang được bảo vệ nên chưa tô màu (bỏ bảo vệ để tô màu).',
    });
    const april = book.sheet('Tháng 4');
    expect([april.format(1, 2).fill, april.format(2, 2).fill]).toEqual(['#FBE2D5', '#FBE2D5']);
    expect(book.sheet('Tháng 5').formats.size).toBe(0);
    expect(settings.saved.get(STORE_KEYS.highlights)).toEqual({
      [april.id]: { C2: '#FFFFFF', C3: '#FFFF00' },
    });
    await host.clearHighlights();
    expect(april.format(1, 2).fill).toBeUndefined();
    expect(april.format(2, 2).fill).toBe('#FFFF00');
  });

  test('item 5: Excel 2016 cannot tell protection; the backup of the failing batch is saved first', async () => {
    const { book, host } = makeWireHost({ apiVersion: '1.1' });
    fillWireSheet(book, 'Tháng 4', 10, 4);
    fillWireSheet(book, 'Tháng 5', 10, 4).protected = true;
    await expect(host.highlight([...marks('Tháng 4', [2, 3]), ...marks('Tháng 5', [2])])).rejects.toThrow(
      'Excel không cho phép thay đổi: sheet hoặc cấu trúc sổ tính đang được bảo vệ',
    );
    // Batches are not transactional: Tháng 4 was shaded before the refusal, and can be restored.
    expect(book.sheet('Tháng 4').format(1, 2).fill).toBe('#FBE2D5');
    book.sheet('Tháng 5').protected = false;
    await host.clearHighlights();
    expect(book.sheet('Tháng 4').format(1, 2).fill).toBeUndefined();
    expect(book.sheet('Tháng 4').format(2, 2).fill).toBeUndefined();
  });

  test('item 3: 12,000 highlights: each request under the budget, bytes per cell as measured', async () => {
    const { book, host } = makeWireHost();
    fillWireSheet(book, 'Danh sách hồ sơ', 12_001, 4);
    book.resetRecords();
    await host.highlight(
      marks(
        'Danh sách hồ sơ',
        Array.from({ length: 12_000 }, (_, i) => i + 2),
      ),
    );
    expect(book.syncs.filter((s) => s.failed)).toEqual([]);
    expect(Math.max(...book.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    // One sync for the sheets, then reading and shading per batch.
    expect(book.syncs).toHaveLength(1 + 2 * Math.ceil(12_000 / MARK_BATCH));
    const reading = book.syncs[1];
    expect(reading.requestBytes / MARK_BATCH).toBeLessThan(2 * OPERATION_BYTES);
    expect(reading.requestBytes / MARK_BATCH).toBeGreaterThan(OPERATION_BYTES / 2);
  });
});
