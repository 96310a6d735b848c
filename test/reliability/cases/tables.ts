/** The standard dossier table in awkward shapes: no data, merges, hidden rows, far away, wide, long names. */
import {
  dossierTable,
  letter,
  sampleUnits,
  seeded,
  setCell,
  unit,
  type UnitCounts,
} from '../support/dossier';
import { totalFigures, unitFigures, type FigureExpect } from '../support/expectations';
import type { Cell } from '../support/workbook';
import { NO_ERRORS, TITLE, flat, sheetOf, standard, xlsx, type CorpusCase } from './common';

const S = 'Tháng 4-2024';
const units = sampleUnits();
const names = (us: UnitCounts[]) => us.map((u) => u.name);
const figuresOf = (sheet: string, us: UnitCounts[]) => [
  ...unitFigures(sheet, us),
  ...totalFigures(sheet, us),
];

/** Each unit over two rows, every column merged vertically (exports that "double-space" rows). */
function doubleSpaced() {
  const t = standard(units, { footer: false });
  const rows: Cell[][] = [];
  const merges = [...t.merges, 'A1:M1', 'A2:M2', 'A4:M4', 'A5:M5'];
  const unitRows: number[] = [];
  t.rows.forEach((row, i) => {
    rows.push(row);
    if (!t.unitRows.includes(i)) return;
    const r = rows.length; // 1-based row of the unit
    unitRows.push(r);
    rows.push([]);
    for (let c = 0; c < 13; c++) merges.push(`${letter(c)}${r}:${letter(c)}${r + 1}`);
  });
  const last = rows.length; // 1-based row of the total
  rows.push([], ['Ghi chú: số liệu trích từ Hệ thống một cửa điện tử.']);
  merges.push(`A${last + 2}:M${last + 4}`);
  return { rows, merges, unitRows };
}

function wide() {
  const t = standard(units, { left: 45 });
  const top = 6;
  for (let c = 0; c < 45; c++) {
    setCell(t, top, c, `Mã số ${c + 1}`);
    t.unitRows.forEach((r, i) => setCell(t, r, c, (i + 1) * 100 + c));
  }
  setCell(t, top, 58, 'Ghi chú');
  setCell(t, top, 59, 'Người nhập');
  t.unitRows.forEach((r) => {
    setCell(t, r, 58, 'Đã đối chiếu');
    setCell(t, r, 59, 'Nguyễn Văn A');
  });
  setCell(t, t.unitRows[1], t.col('late'), 'x');
  return t;
}

function longNames(): UnitCounts[] {
  const seconds = ['Thịnh', 'Hòa', 'Bình'];
  return seconds.map((s, i) =>
    unit(
      `Xã Ninh ${s} ${'thuộc vùng kinh tế trọng điểm phía Bắc của huyện An Lão, '.repeat(6)}`.slice(0, 299) +
        '.',
      40 + i,
      20,
      30,
      25,
      i,
    ),
  );
}

const FORMULA_NAMES = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];
const formulaUnits = [
  ...FORMULA_NAMES.map((n, i) => unit(n, 10 + i, 30, 20, 15, i)),
  unit('Xã An Hưng', 123, 110, 148, 58, 0),
];

const dupUnits = [...units, unit('UBND xã An Vinh', 5, 6, 4, 5, 0)];

/** Sheet names at Excel's 31-character limit, one with an apostrophe. */
const NAME_31 = "Số liệu T4-2024 xã Đ'Ran (LĐ) 1";
const NAME_31B = 'Thống kê hồ sơ tháng 4 năm 2024';

function manyUnits(n: number): UnitCounts[] {
  const rnd = seeded(2024);
  const k = (m: number) => Math.floor(rnd() * m);
  return Array.from({ length: n }, (_, i) =>
    unit(`Xã Thử Nghiệm ${i + 1}`, k(200), k(200), k(150), k(150), k(5)),
  );
}
const many = manyUnits(1000);

function liar() {
  const t = dossierTable(
    [
      { roman: 'I', name: 'Cấp huyện', units: [unit('Phòng Tư pháp', 27, 2, 28, 4, 1)] },
      { roman: 'II', name: 'Cấp xã', units },
    ],
    { title: TITLE, footer: true },
  );
  const groupII = t.unitRows[1] - 1;
  setCell(t, groupII, t.col('recv'), 999);
  setCell(t, t.totalRow!, t.col('res'), 5);
  return { t, groupII };
}
const lie = liar();

/** Printed on-time rates as one shared formula (as Excel saves a filled-down column), totals as SUM formulas. */
function sharedFormulas() {
  const t = standard();
  setCell(t, 6, 13, 'Tỷ lệ giải quyết đúng hạn (%)');
  t.merges.push('N7:N9');
  const numFmts: Record<string, string> = {};
  t.unitRows.forEach((r, i) => {
    const u = units[i];
    const result = (u.early + u.onTime) / (u.early + u.onTime + u.late);
    const first = t.unitRows[0] + 1;
    const last = t.unitRows[t.unitRows.length - 1] + 1;
    const master = {
      formula: `IFERROR((H${r + 1}+I${r + 1})/G${r + 1},0)`,
      result,
      shareType: 'shared',
      ref: `N${first}:N${last}`,
    };
    setCell(t, r, 13, (i === 0 ? master : { sharedFormula: `N${first}`, result }) as Cell);
    numFmts[`N${r + 1}`] = '0.00%';
  });
  for (let c = 2; c < 13; c++) {
    const col = letter(c);
    const total = t.rows[t.totalRow!][c] as number;
    setCell(t, t.totalRow!, c, { formula: `SUM(${col}11:${col}15)`, result: total } as Cell);
  }
  return sheetOf(S, t, { numFmts });
}

export const TABLE_CASES: CorpusCase[] = [
  {
    file: 'standard.xlsx',
    build: () => xlsx(sheetOf(S, standard())),
    expect: {
      description: 'Baseline: the TT 01/2018 layout with five communes and a total row; every figure holds.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      mustNotFind: [NO_ERRORS],
      summarySheet: 'Tổng hợp CCHC',
      summaryTexts: ['PHỤ LỤC', 'Xã An Hưng'],
    },
  },
  {
    file: 'header-only.xlsx',
    build: () =>
      xlsx(sheetOf(S, dossierTable(flat([]), { title: TITLE, total: false, columnNumbers: false }))),
    expect: {
      description: 'Title and header rows, nothing under them: recognized, no units, no false alarms.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: [] },
      mustNotFind: [NO_ERRORS, { code: 'missing-column' }],
    },
  },
  {
    file: 'header-without-data.xlsx',
    build: () => {
      const t = dossierTable(flat([]), { title: TITLE, total: false });
      t.rows.push(['I', 'Cấp huyện'], ['II', 'Cấp xã'], ['', 'Tổng cộng'], [], ['', 'Người lập biểu']);
      return xlsx(sheetOf(S, t));
    },
    expect: {
      description: 'Header, column numbers, group and total rows without a single figure.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: [] },
      mustNotFind: [NO_ERRORS, { code: 'missing-column' }],
    },
  },
  {
    file: 'merged-chaos.xlsx',
    build: () => {
      const d = doubleSpaced();
      return xlsx({ name: S, rows: d.rows, merges: d.merges });
    },
    expect: {
      description:
        'Title rows merged across the table, each unit spread over two rows with every cell merged down, a merged note block.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'hidden-filtered.xlsx',
    build: () => {
      const t = standard();
      return xlsx(
        sheetOf(S, t, {
          hiddenRows: [t.unitRows[1] + 1, t.unitRows[3] + 1],
          hiddenColumns: [t.col('carried') + 1],
          autoFilter: `A10:M${t.totalRow! + 1}`,
        }),
      );
    },
    expect: {
      description:
        'Rows hidden by a filter and a hidden column: hidden data is still data (the total row counts it), so every unit is summarized.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'header-row-30.xlsx',
    build: () => {
      const t = standard(units, { top: 29 });
      for (let r = 6; r < 28; r++)
        setCell(t, r, 0, `Ghi chú ${r - 5}: số liệu lấy từ Hệ thống một cửa điện tử của tỉnh.`);
      return xlsx(sheetOf(S, t));
    },
    expect: {
      description: 'Twenty-two lines of notes between the title and a header that starts on row 30.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'wide-60-columns.xlsx',
    build: () => xlsx(sheetOf(S, wide())),
    expect: {
      description:
        'Sixty used columns: 45 code columns before the table (which sits in AT:BF) and two note columns after; "x" in BC12.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [
        { sheet: S, code: 'not-a-number', row: 12, column: 'BC', severity: 'error', message: 'Ô BC12' },
      ],
      figures: unitFigures(S, units).map((f) =>
        f.unit === units[1].name && f.metric === 'lateCount' ? { ...f, value: null } : f,
      ),
    },
  },
  {
    file: 'nfd-text.xlsx',
    build: () => {
      const t = standard();
      const rows = t.rows.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));
      return xlsx({ name: S.normalize('NFD'), rows, merges: t.merges });
    },
    expect: {
      description:
        'Every text (sheet name, title, header, unit names) in decomposed Unicode (NFD), as some Mac exports write it.',
      exitCode: 0,
      sheets: { [S.normalize('NFD')]: 'dossier-stats' },
      units: { [S.normalize('NFD')]: names(units) },
      figures: figuresOf(S.normalize('NFD'), units),
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'long-unit-names.xlsx',
    build: () => xlsx(sheetOf(S, standard(longNames()))),
    expect: {
      description: 'Unit names of 300 characters.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(longNames()) },
      figures: figuresOf(S, longNames()),
      mustNotFind: [NO_ERRORS],
      summaryTexts: [longNames()[0].name],
    },
  },
  {
    file: 'sheet-names-31.xlsx',
    build: () => xlsx(sheetOf(NAME_31, standard()), sheetOf(NAME_31B, standard(units.slice(0, 2)))),
    expect: {
      description: "Two sheets named with exactly 31 characters (Excel's limit), one with an apostrophe.",
      exitCode: 0,
      sheets: { [NAME_31]: 'dossier-stats', [NAME_31B]: 'dossier-stats' },
      units: { [NAME_31]: names(units), [NAME_31B]: names(units.slice(0, 2)) },
      figures: [...figuresOf(NAME_31, units), ...unitFigures(NAME_31B, units.slice(0, 2))],
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'formula-like-names.xlsx',
    build: () => xlsx(sheetOf(S, standard(formulaUnits))),
    expect: {
      description:
        'Unit names that a spreadsheet would run as formulas: they are names, and the summary holds them as text.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(formulaUnits) },
      figures: unitFigures(S, formulaUnits),
      mustNotFind: [NO_ERRORS],
      summaryTexts: FORMULA_NAMES,
    },
  },
  {
    file: 'duplicate-units.xlsx',
    build: () => xlsx(sheetOf(S, standard(dupUnits))),
    expect: {
      description: '"Xã An Vinh" on row 14 and "UBND xã An Vinh" on row 16.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(dupUnits) },
      findings: [{ sheet: S, code: 'duplicate-unit', row: 16, column: 'B', message: 'dòng 14' }],
      figures: unitFigures(S, dupUnits),
    },
  },
  {
    file: 'totals-lie.xlsx',
    build: () => xlsx(sheetOf(S, lie.t)),
    expect: {
      description: 'Group row II says 999 received and the total row says 5 resolved; the units are right.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: ['Phòng Tư pháp', ...names(units)] },
      findings: [
        {
          sheet: S,
          code: 'total-mismatch',
          row: lie.groupII + 1,
          column: 'C',
          severity: 'error',
          message: '999',
        },
        { sheet: S, code: 'total-mismatch', row: lie.t.totalRow! + 1, column: 'G', severity: 'error' },
      ],
      figures: unitFigures(S, units),
      mustNotFind: [
        { code: 'total-mismatch', row: lie.t.unitRows[0] },
        { code: 'total-mismatch', row: lie.t.totalRow! + 1, column: 'C' },
      ],
    },
  },
  {
    file: 'user-sheet-named-summary.xlsx',
    build: () =>
      xlsx(
        { name: 'Tổng hợp CCHC', rows: [['Ghi chép của tôi'], ['Không được ghi đè trang này.']] },
        sheetOf(S, standard()),
      ),
    expect: {
      description: 'The officer already has a sheet "Tổng hợp CCHC": it is kept, the summary goes beside it.',
      exitCode: 0,
      sheets: { 'Tổng hợp CCHC': 'unknown', [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      summarySheet: 'Tổng hợp CCHC (2)',
    },
  },
  {
    file: 'shared-formulas.xlsx',
    build: () => xlsx(sharedFormulas()),
    expect: {
      description:
        'A printed rate column filled down as one shared formula, and SUM formulas in the total row, all with cached results.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      mustNotFind: [NO_ERRORS, { code: 'rate-mismatch' }],
    },
  },
  {
    file: 'many-units-1000.xlsx',
    build: () => xlsx(sheetOf(S, standard(many, { footer: false }))),
    expect: {
      description: 'A thousand units, more than a province has communes (size and time).',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      figures: [
        ...unitFigures(S, [many[0], many[499], many[999]]),
        ...totalFigures(S, many),
      ] as FigureExpect[],
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'far-stray-cell.xlsx',
    build: () => {
      const t = standard();
      return xlsx(sheetOf(S, t, { strayCells: { XFD1048576: 'x', AA5000: 1 } }));
    },
    expect: {
      description: 'A stray "x" in XFD1048576 (the last cell of a sheet) and a number in AA5000.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: figuresOf(S, units),
      mustNotFind: [NO_ERRORS],
    },
  },
];
