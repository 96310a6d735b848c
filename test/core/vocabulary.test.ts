/** The one synonym table: wordings with diacritics, matched folded and as whole words. */
import { fieldOf, mapColumns } from '../../src/core/detect/fields';
import { CHANNEL, ROWS, TIMING } from '../../src/core/detect/vocabulary';
import { fold } from '../../src/core/parse/text';

describe('the vocabulary', () => {
  it('matches a wording however it is typed, and only as whole words', () => {
    expect(TIMING.late.test(fold('TRỄ HẠN'))).toBe(true);
    expect(TIMING.late.test(fold('Trễ  hạn'.normalize('NFD')))).toBe(true);
    expect(TIMING.notDue.test(fold('Chưa tới hạn'))).toBe(true);
    expect(TIMING.early.test(fold('Sớm hạn'))).toBe(true);
    expect(CHANNEL.online.test(fold('Nộp qua DVCQG'))).toBe(true);
    // "sớm" is a word, not the start of "Sơm Trà".
    expect(TIMING.early.test(fold('Somtra'))).toBe(false);
    expect(ROWS.total.test('tống trân')).toBe(false);
    expect(ROWS.total.test('toàn tỉnh')).toBe(true);
  });

  it('gives one-row headers in other wordings their fields', () => {
    const paths = [['STT'], ['Đơn vị'], ['Đã giải quyết'], ['Sớm hạn'], ['Đúng hạn'], ['Trễ hạn']];
    expect(mapColumns(paths, 'stats')).toEqual({
      stt: 0,
      name: 1,
      resTotal: 2,
      resEarly: 3,
      resOnTime: 4,
      resLate: 5,
    });
    expect(fieldOf(['Đang giải quyết', 'Chưa tới hạn'], 'stats')).toBe('progNotDue');
    expect(fieldOf(['Đang giải quyết', 'Trễ hạn'], 'stats')).toBe('progOverdue');
    expect(fieldOf(['Tiếp nhận', 'Nộp qua DVCQG'], 'stats')).toBe('recvOnline');
  });
});
