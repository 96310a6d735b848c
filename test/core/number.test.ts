import { formatDecimals, parseNumber, shownDecimals } from '../../src/core/parse/number';

describe('Vietnamese numbers', () => {
  it.each([
    ['9.737', 9737],
    ['1.234.567', 1234567],
    [' 9 737 ', 9737],
    ['9\u00a0737', 9737],
    ['1.234,5', 1234.5],
    ['99,72', 99.72],
    ['0.5', 0.5],
    ['-3', -3],
    ['(12)', -12],
    ['1,234,567', 1234567],
  ])('reads %j as %d', (text, value) => {
    const p = parseNumber(text);
    expect(p.kind).toBe('number');
    expect(p.kind === 'number' && p.value).toBeCloseTo(value, 10);
  });

  it('reads percents with their shown decimals', () => {
    expect(parseNumber('41,29%')).toEqual({ kind: 'number', value: 41.29, decimals: 2, percent: true });
    expect(parseNumber('93,4 %')).toEqual({ kind: 'number', value: 93.4, decimals: 1, percent: true });
  });

  it('tells text, errors and blanks apart', () => {
    expect(parseNumber('N/A')).toEqual({ kind: 'text', text: 'N/A' });
    expect(parseNumber('—')).toEqual({ kind: 'text', text: '—' });
    expect(parseNumber('x')).toEqual({ kind: 'text', text: 'x' });
    expect(parseNumber({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
    expect(parseNumber('#REF!')).toEqual({ kind: 'error', error: '#REF!' });
    expect(parseNumber('  ')).toEqual({ kind: 'empty' });
    expect(parseNumber(' - ')).toEqual({ kind: 'empty' });
    expect(parseNumber('%')).toEqual({ kind: 'empty' });
    expect(parseNumber(null)).toEqual({ kind: 'empty' });
  });

  it('reads rates as real exports print them', () => {
    expect(parseNumber('98.50%')).toEqual({ kind: 'number', value: 98.5, decimals: 2, percent: true });
    // A float printed in full is as precise as the rounding that made it.
    expect(parseNumber('2.4599999999999937%')).toEqual({
      kind: 'number',
      value: 2.4599999999999937,
      decimals: 2,
      percent: true,
    });
    expect(shownDecimals(2.4599999999999937)).toBe(2);
    expect(shownDecimals(75.72815533980582)).toBe(14);
  });

  it('reads the decimals an Excel format shows', () => {
    expect(formatDecimals('0.00%')).toBe(2);
    expect(formatDecimals('0.0')).toBe(1);
    expect(formatDecimals('#,##0')).toBe(0);
    expect(formatDecimals('General')).toBeUndefined();
  });
});
