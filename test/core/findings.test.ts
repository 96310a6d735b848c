/**
 * One case per finding code, each raised by the check that owns it, with its exact place, severity
 * and message in both languages. `Record<FindingCode, …>` makes a new code without a case a type error.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { findHeader } from '../../src/core/detect/header';
import { DEFAULT_THRESHOLDS } from '../../src/core/metrics/catalog';
import type { ColumnMap } from '../../src/core/detect/fields';
import { findingSink, type FindingSink } from '../../src/core/findings';
import type { Grid } from '../../src/core/grid';
import type { Lang } from '../../src/core/lang';
import { tableMetrics } from '../../src/core/metrics/tableMetrics';
import type { Finding, FindingCode } from '../../src/core/report';
import { columnName, FigureReader, isPointsColumn } from '../../src/core/validate/cells';
import { checkDuplicates } from '../../src/core/validate/duplicates';
import { detectLegacyEncoding } from '../../src/core/validate/encoding';
import { checkPrintedRate } from '../../src/core/validate/rates';
import {
  checkEmpty,
  checkMissingColumns,
  checkUnreadTable,
  describeUnplaced,
} from '../../src/core/validate/sheet';
import { checkTotals, scopes, type ValuedRow } from '../../src/core/validate/totals';
import { isLegacyText } from '../../src/core/validate/encoding';

const grid = (values: Grid['values']): Grid => ({ name: 'Tháng 4', values, merges: [] });

/** Columns A.. of a statistics row: name, received, online, resolved, early, on time, late. */
const STATS_COLUMNS: ColumnMap = {
  name: 0,
  recvTotal: 1,
  recvOnline: 2,
  resTotal: 3,
  resEarly: 4,
  resOnTime: 5,
  resLate: 6,
};
const HEADERS = ['Đơn vị', 'Tổng số', 'Trực tuyến', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'];
const header = (col: number) => HEADERS[col];

const readCounts = (sink: FindingSink, cells: Grid['values'][number]) =>
  new FigureReader(
    grid([HEADERS, cells]),
    STATS_COLUMNS,
    HEADERS.map((h) => [h]),
    sink,
  ).counts(1, ['recvTotal', 'recvOnline', 'resTotal', 'resEarly', 'resOnTime', 'resLate'], 'Xã An Vinh');

interface Case {
  raise(sink: FindingSink): void;
  finding: Omit<Finding, 'message' | 'sheet'>;
  vi: string;
  en: string;
}

const CASES: Record<FindingCode, Case> = {
  'empty-sheet': {
    raise: (sink) => expect(checkEmpty(grid([[null, '  '], []]), sink)).toBe(true),
    finding: { severity: 'info', code: 'empty-sheet', row: null },
    vi: 'Trang tính trống.',
    en: 'The sheet is empty.',
  },
  'header-not-found': {
    raise: (sink) =>
      expect(
        checkUnreadTable(
          grid([
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ]),
          sink,
          { row: null },
        ),
      ).toBe(true),
    finding: { severity: 'warning', code: 'header-not-found', row: null },
    vi: 'Có bảng số liệu nhưng không nhận ra dòng tiêu đề cột; hãy chọn loại bảng và cột trong mục "Trang tính".',
    en: 'A table of figures was found but no recognizable header; choose the sheet kind and columns by hand.',
  },
  'columns-not-recognized': {
    raise: (sink) => {
      const g = grid([
        ['STT', 'Đơn vị', 'Chỉ số A', 'Chỉ số B'],
        [1, 'Xã An Vinh', 12, 30],
        [2, 'Xã An Hòa', 15, 31],
      ]);
      describeUnplaced(g, findHeader(g)!, { stt: 0, name: 1 }, sink);
    },
    finding: { severity: 'info', code: 'columns-not-recognized', row: 1 },
    vi: 'Bảng có 2 cột số nhưng không nhận ra cột Tiếp nhận, cột Đã giải quyết (đã nhận ra: Đơn vị (B)); hãy chọn loại bảng và cột trong mục "Trang tính".',
    en: 'The table has 2 numeric columns but no recognizable received column, resolved column (recognized: Đơn vị (B)); choose the sheet kind and columns by hand.',
  },
  'header-ambiguous': {
    raise: (sink) => {
      const g = grid([
        ['STT', 'Đơn vị', 'Tổng số', 'Đúng hạn', 'Quá hạn'],
        [1, 'Xã A', 90, 88, 2],
      ]);
      const opts = { thresholds: DEFAULT_THRESHOLDS, lang: sink.lang, periodRule: '15-14' as const };
      for (const f of analyzeSheet(g, opts).findings) sink.add(f);
    },
    finding: { severity: 'info', code: 'header-ambiguous', row: 1 },
    vi:
      'Tiêu đề không nói rõ các cột C, D, E thuộc nhóm nào: số liệu khớp cả khi đọc là Đã giải quyết ' +
      'lẫn Đang giải quyết; đã đọc là Đã giải quyết. Hãy kiểm tra cột trong mục "Trang tính".',
    en:
      'The header does not say which group columns C, D, E belong to: the figures fit both resolved ' +
      'and in progress; read as resolved. Check the columns by hand.',
  },
  'missing-column': {
    raise: (sink) => checkMissingColumns(['onlineRate'], { name: 1, paidOnline: 4 }, { row: 5 }, sink),
    finding: { severity: 'warning', code: 'missing-column', row: 5 },
    vi: 'Thiếu cột "Số hồ sơ có phí, lệ phí" nên không tính được tỷ lệ thanh toán trực tuyến.',
    en: 'Column "Dossiers with fees" is missing, so "Fees paid online" cannot be computed.',
  },
  'not-a-number': {
    raise: (sink) =>
      expect(readCounts(sink, ['Xã An Vinh', 120, 'N/A', 100, 40, 55, 5]).recvOnline).toBeNull(),
    finding: { severity: 'error', code: 'not-a-number', row: 2, column: 'C', unit: 'Xã An Vinh' },
    vi: 'Ô C2 (Trực tuyến) chứa "N/A", không phải số.',
    en: 'Cell C2 (Trực tuyến) holds "N/A", not a number.',
  },
  'negative-value': {
    raise: (sink) => expect(readCounts(sink, ['Xã An Vinh', 120, 60, 100, 40, 55, -5]).resLate).toBeNull(),
    finding: { severity: 'error', code: 'negative-value', row: 2, column: 'G', unit: 'Xã An Vinh' },
    vi: 'Ô G2 (Quá hạn) có số âm (-5).',
    en: 'Cell G2 (Quá hạn) is negative (-5).',
  },
  'error-value': {
    raise: (sink) =>
      expect(readCounts(sink, ['Xã An Vinh', 120, 60, 100, { error: '#DIV/0!' }, 55, 5]).resEarly).toBeNull(),
    finding: { severity: 'error', code: 'error-value', row: 2, column: 'E', unit: 'Xã An Vinh' },
    vi: 'Ô E2 (Trước hạn) bị lỗi công thức #DIV/0!.',
    en: 'Cell E2 (Trước hạn) holds the Excel error #DIV/0!.',
  },
  'parts-mismatch': {
    raise: (sink) => {
      const m = tableMetrics(
        { resTotal: 9643, resEarly: 9000, resOnTime: 600, resLate: 50 },
        { sink, row: 11, unit: 'Xã An Hưng', columns: STATS_COLUMNS, header, check: true },
      );
      // A resolved total that disagrees with its parts spoils the on-time rate.
      expect(m.onTimeRate).toEqual({ value: null });
    },
    finding: { severity: 'error', code: 'parts-mismatch', row: 12, column: 'D', unit: 'Xã An Hưng' },
    vi: 'Đã giải quyết (9.643) khác Trước hạn + Đúng hạn + Quá hạn (9.650)',
    en: 'Đã giải quyết (9,643) differs from Trước hạn + Đúng hạn + Quá hạn (9,650)',
  },
  'ratio-over-100': {
    raise: (sink) => {
      const m = tableMetrics(
        { recvTotal: 100, recvNew: 80, recvOnline: 90 },
        { sink, row: 6, unit: 'Xã An Hòa', columns: STATS_COLUMNS, header, check: true },
      );
      expect(m.onlineRate).toEqual({ value: null, numerator: 90, denominator: 80 });
    },
    finding: { severity: 'error', code: 'ratio-over-100', row: 7, column: 'C', unit: 'Xã An Hòa' },
    // recvNew is not among STATS_COLUMNS: its figure is named, not a header that holds another one.
    vi: 'Trực tuyến (90) lớn hơn Số hồ sơ tiếp nhận mới (80): tỷ lệ vượt 100%.',
    en: 'Trực tuyến (90) exceeds Newly received (80): the rate is over 100%.',
  },
  'total-mismatch': {
    raise: (sink) => {
      const row = (r: number, name: string, role: ValuedRow['role'], recvTotal: number): ValuedRow => ({
        row: r,
        name,
        role,
        level: null,
        values: { recvTotal },
      });
      const total = row(9, 'Tổng cộng', 'total', 11256);
      const spoiled = checkTotals(
        [row(7, 'Xã An Vinh', 'unit', 10000), row(8, 'Xã An Hòa', 'unit', 256), total],
        ['recvTotal'],
        STATS_COLUMNS,
        header,
        sink,
      );
      expect([...spoiled.get(total)!]).toEqual(['recvTotal']);
    },
    finding: { severity: 'error', code: 'total-mismatch', row: 10, column: 'B', unit: 'Tổng cộng' },
    vi: 'Dòng "Tổng cộng", cột Tổng số: 11.256 khác tổng các đơn vị (10.256).',
    en: 'Row "Tổng cộng", column Tổng số: 11,256 differs from the sum of the units (10,256).',
  },
  'rate-mismatch': {
    raise: (sink) =>
      checkPrintedRate(
        { value: 0.4129, decimals: 2, column: 7 },
        { value: 4000 / 9700, numerator: 4000, denominator: 9700 },
        { row: 11, unit: 'Xã An Hưng' },
        sink,
      ),
    finding: { severity: 'warning', code: 'rate-mismatch', row: 12, column: 'H', unit: 'Xã An Hưng' },
    vi: 'Tỷ lệ ghi trong ô H12 (41,29%) khác tỷ lệ tính từ số liệu (41,24%).',
    en: 'The rate in H12 (41.29%) differs from the one computed from the counts (41.24%).',
  },
  'duplicate-unit': {
    raise: (sink) =>
      checkDuplicates(
        [
          { row: 14, name: 'Xã An Vinh' },
          { row: 15, name: 'Xã An Hòa' },
          { row: 17, name: 'UBND xã An Vinh' },
        ],
        sink,
        'B',
      ),
    finding: { severity: 'warning', code: 'duplicate-unit', row: 18, column: 'B', unit: 'UBND xã An Vinh' },
    vi: 'Đơn vị "UBND xã An Vinh" trùng với "Xã An Vinh" ở dòng 15.',
    en: 'Unit "UBND xã An Vinh" duplicates "Xã An Vinh" on row 15.',
  },
  'legacy-encoding': {
    raise: (sink) =>
      detectLegacyEncoding(
        grid([
          ['STT', 'Tæng sè hå s¬'],
          [1, 'Tæng'],
        ]),
        sink,
      ),
    finding: { severity: 'warning', code: 'legacy-encoding', row: 1, column: 'B' },
    vi: 'Ô B1 có chữ mã cũ (TCVN3/VNI): "Tæng sè hå s¬". Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã).',
    en: 'Cell B1 holds legacy-encoded (TCVN3/VNI) text: "Tæng sè hå s¬". Convert it to Unicode.',
  },
};

/** The findings `raise` puts into a fresh sink of sheet "Tháng 4". */
function raisedBy(raise: (sink: FindingSink) => void, lang: Lang = 'vi'): Finding[] {
  const sink = findingSink('Tháng 4', lang);
  raise(sink);
  return sink.list;
}

const raised = (c: Case, lang: Lang) => raisedBy(c.raise, lang);

describe.each(Object.entries(CASES))('%s', (_code, c) => {
  test('is raised once, at its cell, with its severity and Vietnamese message', () => {
    expect(raised(c, 'vi')).toEqual([{ ...c.finding, sheet: 'Tháng 4', message: c.vi }]);
  });

  test('speaks English when asked', () => {
    expect(raised(c, 'en')).toEqual([{ ...c.finding, sheet: 'Tháng 4', message: c.en }]);
  });
});

describe('checks that stay quiet', () => {
  test('a sheet with one value is not empty; three rows of two numbers are no table', () => {
    expect(raisedBy((s) => expect(checkEmpty(grid([[null], [null, 0]]), s)).toBe(false))).toEqual([]);
    expect(
      raisedBy((s) =>
        expect(
          checkUnreadTable(
            grid([
              [1, 2],
              [3, 4],
              [5, 6],
            ]),
            s,
            { row: null },
          ),
        ).toBe(false),
      ),
    ).toEqual([]);
  });

  test('a printed rate within its precision, and a blank or IFERROR 0 where no rate exists', () => {
    const computed = { value: 4000 / 9700, numerator: 4000, denominator: 9700 };
    expect(
      raisedBy((s) => checkPrintedRate({ value: 0.4124, decimals: 2, column: 7 }, computed, { row: 1 }, s)),
    ).toEqual([]);
    // 41,2% shown: 0,05 points of slack.
    expect(
      raisedBy((s) => checkPrintedRate({ value: 0.412, decimals: 1, column: 7 }, computed, { row: 1 }, s)),
    ).toEqual([]);
    expect(
      raisedBy((s) => checkPrintedRate({ value: 0, decimals: 0, column: 7 }, { value: null }, { row: 1 }, s)),
    ).toEqual([]);
  });

  test('a total that is the sum of its units, and a column with a faulty unit cell, raise nothing', () => {
    const rows: ValuedRow[] = [
      { row: 7, name: 'Xã An Vinh', role: 'unit', level: null, values: { recvTotal: 10000, resTotal: null } },
      { row: 8, name: 'Xã An Hòa', role: 'unit', level: null, values: { recvTotal: 256, resTotal: 5 } },
      { row: 9, name: 'Tổng cộng', role: 'total', level: null, values: { recvTotal: 10256, resTotal: 99 } },
    ];
    expect(raisedBy((s) => checkTotals(rows, ['recvTotal', 'resTotal'], STATS_COLUMNS, header, s))).toEqual(
      [],
    );
  });

  test('a metric computed, or one without any of its inputs, is no missing column', () => {
    expect(
      raisedBy((s) =>
        checkMissingColumns(['onlinePaymentRate'], { paidOnline: 4, feeTotal: 3 }, { row: 5 }, s),
      ),
    ).toEqual([]);
    expect(raisedBy((s) => checkMissingColumns([], { name: 1, recvTotal: 2 }, { row: 5 }, s))).toEqual([]);
  });

  test('unit names with another word in front are different units', () => {
    expect(
      raisedBy((s) =>
        checkDuplicates(
          [
            { row: 1, name: 'Xã An Vinh' },
            { row: 2, name: 'Thị trấn An Vinh' },
          ],
          s,
        ),
      ),
    ).toEqual([]);
  });

  test('Unicode Vietnamese is never taken for TCVN3', () => {
    expect(raisedBy((s) => detectLegacyEncoding(grid([['Tổng số hồ sơ', 'Đúng hạn']]), s))).toEqual([]);
  });
});

describe('what each check looks at', () => {
  test('a column is named by its leaf, or by its group where the leaf is only "Tổng số"', () => {
    const paths = [
      ['Số hồ sơ đã giải quyết', 'Tổng số'],
      ['Số hồ sơ đã giải quyết', 'Quá hạn'],
      ['Tổng số'],
      [],
    ];
    expect([0, 1, 2, 3].map((c) => columnName(paths, c))).toEqual([
      'Số hồ sơ đã giải quyết',
      'Quá hạn',
      'Tổng số',
      'D',
    ]);
  });

  test('a percentage typed in a count column is no count; zero is a count, not a negative', () => {
    const list = raisedBy((s) => {
      const v = readCounts(s, ['Xã An Vinh', 0, '45%', 0, 0, 0, 0]);
      expect(v).toEqual({
        recvTotal: 0,
        recvOnline: null,
        resTotal: 0,
        resEarly: 0,
        resOnTime: 0,
        resLate: 0,
      });
    });
    expect(list.map((f) => [f.code, f.column, f.message])).toEqual([
      ['not-a-number', 'C', 'Ô C2 (Trực tuyến) chứa "45%", không phải số.'],
    ]);
  });

  test('long texts are quoted to 40 characters', () => {
    const long = 'Số liệu đang được tổng hợp, sẽ gửi bổ sung sau ngày 20';
    const list = raisedBy((s) => readCounts(s, ['Xã An Vinh', long, 1, 1, 1, 0, 0]));
    expect(list[0].message).toBe(`Ô B2 (Tổng số) chứa "${long.slice(0, 40)}", không phải số.`);
  });

  test('a group row sums the units after it, a subtotal the units before it', () => {
    const row = (r: number, name: string, role: ValuedRow['role'], recvTotal: number): ValuedRow => ({
      row: r,
      name,
      role,
      level: null,
      values: { recvTotal },
    });
    const rows = [
      row(5, 'I. Các xã', 'group', 30),
      row(6, 'Xã A', 'unit', 10),
      row(7, 'Xã B', 'unit', 20),
      row(8, 'II. Các phường', 'group', 5),
      row(9, 'Phường C', 'unit', 4),
      row(10, 'Cộng', 'subtotal', 4),
      row(11, 'Tổng cộng', 'total', 34),
    ];
    const byAgg = scopes(rows);
    expect([...byAgg].map(([agg, units]) => [agg.name, units.map((u) => u.name)])).toEqual([
      ['I. Các xã', ['Xã A', 'Xã B']],
      ['II. Các phường', ['Phường C']],
      ['Cộng', ['Phường C']],
      ['Tổng cộng', ['Xã A', 'Xã B', 'Phường C']],
    ]);
    const list = raisedBy((s) => checkTotals(rows, ['recvTotal'], STATS_COLUMNS, header, s));
    expect(list.map((f) => [f.row, f.unit])).toEqual([[9, 'II. Các phường']]);
  });

  test('a printed rate: nothing to compare without one; exactly half a shown digit apart still agrees', () => {
    const computed = { value: 0.41235, numerator: 41235, denominator: 100000 };
    expect(raisedBy((s) => checkPrintedRate(undefined, computed, { row: 1 }, s))).toEqual([]);
    expect(raisedBy((s) => checkPrintedRate(null, computed, { row: 1 }, s))).toEqual([]);
    expect(
      raisedBy((s) => checkPrintedRate({ value: 0.4124, decimals: 2, column: 7 }, computed, { row: 1 }, s)),
    ).toEqual([]);
    expect(
      raisedBy((s) => checkPrintedRate({ value: 0.4125, decimals: 2, column: 7 }, computed, { row: 1 }, s)),
    ).toHaveLength(1);
  });

  test('legacy text: TCVN3 or VNI letters, never where Unicode Vietnamese is present; first 60 rows only', () => {
    expect(isLegacyText('Toång soá')).toBe(true);
    expect(isLegacyText('Tæng sè')).toBe(true);
    expect(isLegacyText('Tổng số Tæng')).toBe(false);
    expect(isLegacyText('Total')).toBe(false);
    const late: Grid['values'] = Array.from({ length: 61 }, () => ['Đơn vị']);
    late[60] = ['Tæng sè'];
    expect(raisedBy((s) => detectLegacyEncoding(grid(late), s))).toEqual([]);
    late[59] = ['x', 'Tæng sè'];
    expect(raisedBy((s) => detectLegacyEncoding(grid(late), s)).map((f) => [f.row, f.column])).toEqual([
      [60, 'B'],
    ]);
  });

  test('an unrecognized table names only the key columns it lacks', () => {
    const g = grid([
      ['STT', 'Đơn vị', 'Tổng số', 'Khác'],
      [1, 'Xã An Vinh', 12, 'x'],
      [2, 'Xã An Hòa', 15, null],
    ]);
    const h = findHeader(g)!;
    const says = (columns: ColumnMap) => raisedBy((s) => describeUnplaced(g, h, columns, s))[0].message;
    expect(says({ name: 1, recvTotal: 2 })).toBe(
      'Bảng có 2 cột số nhưng không nhận ra cột Đã giải quyết (đã nhận ra: Đơn vị (B), Tổng số (C)); hãy chọn loại bảng và cột trong mục "Trang tính".',
    );
    expect(says({ recvOnline: 2, resLate: 3 })).toBe(
      'Bảng có 2 cột số nhưng không nhận ra cột tên đơn vị (đã nhận ra: Tổng số (C), Khác (D)); hãy chọn loại bảng và cột trong mục "Trang tính".',
    );
    expect(says({ name: 1, recvTotal: 2, resOnTime: 3 })).toContain('không nhận ra cột chỉ tiêu nào');
  });

  test('a missing column is reported when any one of its inputs is there', () => {
    const list = raisedBy((s) => checkMissingColumns([], { resOnTime: 5 }, { row: 4 }, s));
    expect(list.map((f) => f.message)).toEqual([
      'Thiếu cột "Số hồ sơ đã giải quyết: Tổng số" nên không tính được tỷ lệ hồ sơ giải quyết đúng hạn.',
    ]);
  });

  test('a sheet of empty strings and nulls is empty; a lone zero is not', () => {
    expect(raisedBy((s) => checkEmpty(grid([[''], [null, ' ']]), s))).toHaveLength(1);
    expect(raisedBy((s) => checkEmpty(grid([[null, 0]]), s))).toEqual([]);
  });
});

describe('printed rates as sheets write them', () => {
  /** Column H of rows 1..: the printed rate, with its number format where given. */
  const sheetOf = (cells: Grid['values'][number][number][], fmts: (string | undefined)[] = []): Grid => ({
    name: 'Tháng 4',
    values: [['Đơn vị', 'Tỷ lệ'], ...cells.map((v) => ['Xã An Vinh', v])],
    numFmts: [[], ...fmts.map((f) => [undefined, f])],
    merges: [],
  });
  const read = (g: Grid, points: boolean) => {
    const sink = findingSink('Tháng 4', 'vi');
    const reader = new FigureReader(g, { rateOnline: 1 }, [['Đơn vị'], ['Tỷ lệ']], sink);
    const out = g.values.slice(1).map((_, i) => reader.rate(i + 1, 'rateOnline', points, 'Xã An Vinh'));
    return { out, findings: sink.list };
  };

  test('percent points, fractions with a % format, and "41,29%" typed as text', () => {
    expect(read(sheetOf([41.29, 94.4]), true).out).toEqual([
      { value: 0.4129, decimals: 2, column: 1 },
      { value: 0.9440000000000001, decimals: 1, column: 1 },
    ]);
    expect(read(sheetOf([0.4129], ['0.00%']), false).out).toEqual([
      { value: 0.4129, decimals: 2, column: 1 },
    ]);
    expect(read(sheetOf([0.4129]), false).out).toEqual([{ value: 0.4129, decimals: 2, column: 1 }]);
    expect(read(sheetOf(['41,29%']), false).out).toEqual([{ value: 0.4129, decimals: 2, column: 1 }]);
  });

  test('a blank rate is none; an error or a word is a warning at its cell', () => {
    const { out, findings } = read(sheetOf([null, { error: '#DIV/0!' }, 'chưa có']), true);
    expect(out).toEqual([undefined, null, null]);
    expect(findings.map((f) => [f.code, f.severity, f.row, f.column])).toEqual([
      ['error-value', 'warning', 3, 'B'],
      ['not-a-number', 'warning', 4, 'B'],
    ]);
  });

  test('a column holds percent points when a value is above 1 without a % format', () => {
    expect(isPointsColumn(sheetOf([0.5, 41.29]), 1, [1, 2])).toBe(true);
    expect(isPointsColumn(sheetOf([0.5, 1]), 1, [1, 2])).toBe(false);
    expect(isPointsColumn(sheetOf([0.5, 41.29], ['0%', '0%']), 1, [1, 2])).toBe(false);
    expect(isPointsColumn(sheetOf(['41,29%', 'x', 3]), 1, [1, 2, 3])).toBe(true);
  });
});

describe('ratio-over-100 names the figure it compared', () => {
  test('the on-time column itself when it alone gives the figure', () => {
    const found = raisedBy((sink) =>
      tableMetrics(
        { recvTotal: 20, resTotal: 10, resOnTime: 12 },
        { sink, row: 6, unit: 'Xã An Hòa', columns: STATS_COLUMNS, header, check: true },
      ),
    );
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'ratio-over-100',
        sheet: 'Tháng 4',
        row: 7,
        column: 'F',
        unit: 'Xã An Hòa',
        message: 'Đúng hạn (12) lớn hơn Đã giải quyết (10): tỷ lệ vượt 100%.',
      },
    ]);
  });
});
