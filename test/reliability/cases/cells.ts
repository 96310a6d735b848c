/** Faulty and oddly written cells in the standard table: each bad cell must be named by row and column. */
import {
  letter,
  sampleUnits,
  setCell,
  unit,
  type Column,
  type Table,
  type UnitCounts,
} from '../support/dossier';
import { totalFigures, unitFigures, type FigureExpect, type FindingExpect } from '../support/expectations';
import type { Cell } from '../support/workbook';
import { NO_ERRORS, sheetOf, standard, xlsx, type CorpusCase } from './common';

const S = 'Tháng 4-2024';
const units = sampleUnits();
const names = (us: UnitCounts[]) => us.map((u) => u.name);

/** Figures of the sample units with some replaced (unit index, metric, value). */
function figuresWith(us: UnitCounts[], changes: [number, string, number | null][]): FigureExpect[] {
  return unitFigures(S, us).map((f) => {
    const c = changes.find(([i, m]) => us[i].name === f.unit && m === f.metric);
    return c ? { sheet: S, unit: f.unit, metric: f.metric, value: c[2] } : f;
  });
}

/** A standard table with cells replaced: [unit index, column, value]. */
function patched(us: UnitCounts[], cells: [number, Column, Cell][]): Table {
  const t = standard(us);
  for (const [i, c, v] of cells) setCell(t, t.unitRows[i], t.col(c), v);
  return t;
}

/** Expected finding for a patched cell (unit rows start on sheet row 11). */
const at = (code: string, i: number, c: Column, message: string, severity: 'error' | 'warning' = 'error') => {
  const col = letter(standard().col(c));
  return { sheet: S, code, row: 11 + i, column: col, severity, message } as FindingExpect;
};

// Thousands written with a space, a no-break space, a narrow no-break space, a tab.
const bigUnits = [
  unit('Xã An Hưng', 4123, 1110, 4148, 58, 0),
  unit('Xã An Trung', 2095, 1079, 1074, 2100, 0),
];
const spaced = patched(bigUnits, [
  [0, 'recv', '5 233'],
  [0, 'online', '4\u00a0123'],
  [0, 'direct', ' 1 110 '],
  [0, 'res', '4\u202f206'],
  [0, 'early', '\t4148\t'],
  [1, 'online', '2 095'],
  [1, 'onTime', '2\u00a0100'],
]);

// "1.234,5" is 1234,5; "2.000" is two thousand.
const decimalUnits = [
  unit('Xã Đặc Biệt', 1234.5, 765.5, 1500, 400, 100),
  unit('Xã An Trung', 9737, 1079, 9000, 636, 7),
];
const decimals = patched(decimalUnits, [
  [0, 'recv', '2.000'],
  [0, 'online', '1.234,5'],
  [0, 'direct', '765,5'],
  [0, 'res', '2.000'],
  [0, 'early', '1.500'],
  [1, 'online', '9.737'],
  [1, 'early', '9.000'],
]);
function addRateColumns(
  t: Table,
  us: UnitCounts[],
  fmt: (onTime: number, online: number) => [Cell, Cell],
): void {
  setCell(t, 6, 13, 'Tỷ lệ giải quyết đúng hạn (%)');
  setCell(t, 6, 14, 'Tỷ lệ tiếp nhận trực tuyến (%)');
  t.merges.push('N7:N9', 'O7:O9');
  us.forEach((u, i) => {
    const [a, b] = fmt(
      (u.early + u.onTime) / (u.early + u.onTime + u.late),
      u.online / (u.online + u.direct),
    );
    setCell(t, t.unitRows[i], 13, a);
    setCell(t, t.unitRows[i], 14, b);
  });
}
addRateColumns(decimals, decimalUnits, (a, b) => [
  (a * 100).toFixed(2).replace('.', ','),
  (b * 100).toFixed(1).replace('.', ',') + '%',
]);

const negatives = patched(units, [
  [1, 'late', -3],
  [2, 'carried', '(12)'],
  [3, 'notDue', '−5'],
]);

const texts = patched(units, [
  [0, 'online', 'N/A'],
  [1, 'early', '—'],
  [2, 'direct', 'x'],
  [3, 'late', 'không có'],
]);

const ERRORS: [number, Column, string][] = [
  [0, 'online', '#DIV/0!'],
  [0, 'early', '#REF!'],
  [1, 'direct', '#VALUE!'],
  [1, 'late', '#N/A'],
  [2, 'onTime', '#NAME?'],
  [3, 'recv', '#NUM!'],
  [4, 'overdue', '#NULL!'],
];
const errors = patched(
  units,
  ERRORS.map(([i, c, e]) => [i, c, { error: e }] as [number, Column, Cell]),
);
setCell(errors, errors.totalRow!, errors.col('res'), {
  formula: 'SUM(G11:G15)',
  result: { error: '#REF!' },
} as Cell);

/** Received totals and the whole total row as formulas Excel never calculated (no cached value). */
function uncached(): Table {
  const t = standard();
  t.unitRows.forEach((r) =>
    setCell(t, r, t.col('recv'), { formula: `D${r + 1}+E${r + 1}+F${r + 1}` } as Cell),
  );
  for (let c = 2; c < 13; c++)
    setCell(t, t.totalRow!, c, { formula: `SUM(${letter(c)}11:${letter(c)}15)` } as Cell);
  return t;
}

/** A printed rate column: 0 (a wrong IFERROR fallback) for the first unit, the right rate for the second. */
function zeroResults(): Table {
  const t = standard();
  setCell(t, 6, 13, 'Tỷ lệ giải quyết đúng hạn (%)');
  t.merges.push('N7:N9');
  const [a, b] = units;
  setCell(t, 10, 13, { formula: 'IFERROR((H11+I11)/X11,0)', result: 0 } as Cell);
  setCell(t, 11, 13, {
    formula: 'IFERROR((H12+I12)/G12,0)',
    result: (b.early + b.onTime) / (b.early + b.onTime + b.late),
  } as Cell);
  setCell(t, 10, t.col('late'), { formula: 'G11-H11-I11', result: a.late } as Cell);
  return t;
}

const oddTypes = patched(units, [
  [0, 'online', new Date(Date.UTC(2024, 3, 14))],
  [1, 'early', true],
]);

const rich = (...parts: string[]) => ({
  richText: parts.map((text, i) => ({ text, font: { bold: i === 1 } })),
});
function richText(): Table {
  const t = standard();
  t.unitRows.forEach((r, i) => setCell(t, r, 1, rich('Xã ', units[i].name.replace('Xã ', ''))));
  setCell(t, 6, 1, rich('Đơn ', 'vị'));
  return t;
}

export const CELL_CASES: CorpusCase[] = [
  {
    file: 'numbers-with-spaces.xlsx',
    build: () => xlsx(sheetOf(S, spaced)),
    expect: {
      description:
        'Counts typed as text with spaces, no-break spaces, narrow no-break spaces and tabs as separators.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(bigUnits) },
      figures: [...unitFigures(S, bigUnits), ...totalFigures(S, bigUnits)],
      mustNotFind: [NO_ERRORS, { code: 'parts-mismatch' }],
    },
  },
  {
    file: 'vietnamese-decimals.xlsx',
    build: () => xlsx(sheetOf(S, decimals)),
    expect: {
      description:
        '"1.234,5" (comma decimal), "2.000" and "9.737" (dot thousands), printed rates such as "95,00" and "61,7%" that agree with the counts.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(decimalUnits) },
      figures: unitFigures(S, decimalUnits),
      mustNotFind: [NO_ERRORS, { code: 'rate-mismatch' }, { code: 'parts-mismatch' }],
    },
  },
  {
    file: 'negative-values.xlsx',
    build: () => xlsx(sheetOf(S, negatives)),
    expect: {
      description: 'A negative number, an accounting "(12)" and a Unicode minus "−5" in count cells.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [
        at('negative-value', 1, 'late', 'Ô J12 (Trả quá hạn) có số âm (-3).'),
        at('negative-value', 2, 'carried', 'Ô F13'),
        at('negative-value', 3, 'notDue', 'Ô L14'),
      ],
      figures: figuresWith(units, [[1, 'lateCount', null]]),
    },
  },
  {
    file: 'text-in-figures.xlsx',
    build: () => xlsx(sheetOf(S, texts)),
    expect: {
      description: '"N/A", "—", "x" and "không có" where counts should be.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [
        at('not-a-number', 0, 'online', 'Ô D11 (Trực tuyến) chứa "N/A", không phải số.'),
        at('not-a-number', 1, 'early', '"—"'),
        at('not-a-number', 2, 'direct', '"x"'),
        at('not-a-number', 3, 'late', '"không có"'),
      ],
      figures: figuresWith(units, [
        [0, 'onlineRate', null],
        [1, 'onTimeRate', null],
        [2, 'onlineRate', null],
        [3, 'lateCount', null],
      ]),
    },
  },
  {
    file: 'excel-errors.xlsx',
    build: () => xlsx(sheetOf(S, errors)),
    expect: {
      description:
        'Every Excel error value (#DIV/0!, #REF!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!) in a count cell, and a total formula whose result is #REF!.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [
        ...ERRORS.map(([i, c, e]) => at('error-value', i, c, `lỗi công thức ${e}`)),
        { sheet: S, code: 'error-value', row: 16, column: 'G', message: '#REF!' },
      ],
      figures: figuresWith(units, [
        [0, 'onlineRate', null],
        [0, 'onTimeRate', null],
        [1, 'onlineRate', null],
        [1, 'lateCount', null],
        [2, 'onTimeRate', null],
      ]),
    },
  },
  {
    file: 'formulas-uncached.xlsx',
    build: () => xlsx(sheetOf(S, uncached())),
    expect: {
      description:
        'Received totals and the total row are formulas without a cached result (written by a program, never opened in Excel). ExcelJS cannot tell them from formulas whose result is "", so they read as empty: the total row is reported cell by cell, the unit rates stand.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [
        { sheet: S, code: 'total-mismatch', row: 16, column: 'D', severity: 'error', message: 'Tổng cộng' },
        { sheet: S, code: 'total-mismatch', row: 16, column: 'H', severity: 'error' },
      ],
      figures: unitFigures(S, units),
      mustNotFind: [11, 12, 13, 14, 15].map((row) => ({ row, severity: 'error' as const })),
    },
  },
  {
    file: 'formula-zero-results.xlsx',
    build: () => xlsx(sheetOf(S, zeroResults(), { numFmts: { N11: '0.00%', N12: '0.00%' } })),
    expect: {
      description:
        'Formulas whose cached result is 0: a late count of 0 and a printed rate of 0% (IFERROR fallback) where the counts give 100%. ExcelJS hides falsy results in cell.value; the 0% must still be read and checked.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [{ sheet: S, code: 'rate-mismatch', row: 11, column: 'N', message: '0,00%' }],
      figures: unitFigures(S, units),
      mustNotFind: [{ code: 'rate-mismatch', row: 12 }, NO_ERRORS],
    },
  },
  {
    file: 'dates-and-booleans-in-figures.xlsx',
    build: () => xlsx(sheetOf(S, oddTypes)),
    expect: {
      description: 'A date and TRUE in count cells.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [at('not-a-number', 0, 'online', 'Ô D11'), at('not-a-number', 1, 'early', 'Ô H12')],
      figures: figuresWith(units, [
        [0, 'onlineRate', null],
        [1, 'onTimeRate', null],
      ]),
    },
  },
  {
    file: 'rich-text.xlsx',
    build: () => xlsx(sheetOf(S, richText())),
    expect: {
      description: 'Unit names and a header cell as rich text (runs with different fonts).',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: unitFigures(S, units),
      mustNotFind: [NO_ERRORS],
    },
  },
];
