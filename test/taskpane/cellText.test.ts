import { cellText } from '../../src/taskpane/cellText';
import { VI_COUNT_FORMAT } from '../../src/core/summary/layout';

describe('cellText: a cell as the sheet shows it', () => {
  it('shows numbers through their format, Vietnamese separators first', () => {
    expect(cellText(9737, '#,##0', 'vi')).toBe('9.737');
    expect(cellText(9737, '#,##0', 'en')).toBe('9,737');
    expect(cellText(1234567, VI_COUNT_FORMAT, 'en')).toBe('1.234.567');
    expect(cellText(0.99927, '0.00%', 'vi')).toBe('99,93%');
    expect(cellText(0.3, '0%', 'vi')).toBe('30%');
    expect(cellText(12.5, '0.0', 'vi')).toBe('12,5');
  });

  it('shows General numbers bare, the way Excel does', () => {
    expect(cellText(9737, undefined, 'vi')).toBe('9737');
    expect(cellText(96.97, 'General', 'vi')).toBe('96,97');
    expect(cellText(0.1 + 0.2, undefined, 'en')).toBe('0.3');
  });

  it('shows dates, text, booleans and errors', () => {
    expect(cellText(new Date(Date.UTC(2024, 3, 14)), 'dd/mm/yyyy', 'vi')).toBe('14/04/2024');
    expect(cellText(45396, 'dd/mm/yyyy', 'vi')).toBe('14/04/2024');
    expect(cellText('UBND xã An Vinh', undefined, 'vi')).toBe('UBND xã An Vinh');
    expect(cellText({ error: '#DIV/0!' }, undefined, 'vi')).toBe('#DIV/0!');
    expect(cellText(true, undefined, 'vi')).toBe('TRUE');
    expect(cellText(null, '0%', 'vi')).toBe('');
  });
});
