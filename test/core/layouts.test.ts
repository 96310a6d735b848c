/**
 * The same figures in layouts the fixtures do not show: other wordings, column orders, header rows,
 * one-row and three-row headers, merges the host could not report, NFD text, names without "UBND".
 */
import { summarizeWorkbook } from '../../src/core/engine';
import type { CellValue } from '../../src/core/grid';
import type { SheetReport } from '../../src/core/report';
import { makeGrid } from '../helpers/grid';

// Phòng Tư pháp, UBND xã An Dũng, UBND xã An Vinh from the An Lão April 2024 report.
const UNITS = [
  {
    name: 'Phòng Tư pháp',
    recv: 34,
    online: 27,
    direct: 2,
    carried: 5,
    res: 33,
    early: 28,
    onTime: 4,
    late: 1,
    prog: 1,
    notDue: 1,
    overdue: 0,
  },
  {
    name: 'UBND xã An Dũng',
    recv: 191,
    online: 138,
    direct: 49,
    carried: 4,
    res: 191,
    early: 123,
    onTime: 59,
    late: 9,
    prog: 0,
    notDue: 0,
    overdue: 0,
  },
  {
    name: 'UBND xã An Vinh',
    recv: 86,
    online: 16,
    direct: 57,
    carried: 13,
    res: 80,
    early: 37,
    onTime: 43,
    late: 0,
    prog: 6,
    notDue: 4,
    overdue: 2,
  },
];
type U = (typeof UNITS)[number];
const sum = (k: keyof Omit<U, 'name'>) => UNITS.reduce((s, u) => s + u[k], 0);

function analyze(rows: CellValue[][], merges: string[] = [], extra = {}): SheetReport {
  const report = summarizeWorkbook([makeGrid('Sheet', rows, merges, extra)], { source: 't.xlsx' });
  return report.sheets[0];
}

function expectAnLaoFigures(s: SheetReport, names = UNITS.map((u) => u.name)) {
  expect(s.kind).toBe('dossier-stats');
  expect(s.units.map((u) => u.name)).toEqual(names);
  const [tp, ad, av] = s.units;
  expect(tp.metrics.onTimeRate).toEqual({ value: 32 / 33, numerator: 32, denominator: 33 });
  expect(tp.metrics.onlineRate).toEqual({ value: 27 / 29, numerator: 27, denominator: 29 });
  expect(ad.metrics.onTimeRate).toEqual({ value: 182 / 191, numerator: 182, denominator: 191 });
  expect(ad.metrics.lateCount).toEqual({ value: 9 });
  expect(av.metrics.onlineRate).toEqual({ value: 16 / 73, numerator: 16, denominator: 73 });
  expect(av.metrics.overdueInProgressCount).toEqual({ value: 2 });
  expect(av.metrics.onTimeRate766).toEqual({ value: 84 / 86, numerator: 84, denominator: 86 });
  expect(s.findings.filter((f) => f.severity === 'error')).toEqual([]);
}

describe('dossier statistics in other layouts', () => {
  it('one-row header, other wording and order, header on row 4, names without UBND, NFD text', () => {
    const head = [
      'TT',
      'Tên đơn vị',
      'Tổng số hồ sơ tiếp nhận',
      'Kỳ trước chuyển sang',
      'Nộp trực tuyến',
      'Nộp trực tiếp',
      'Đã xử lý',
      'Sớm hạn',
      'Đúng hạn',
      'Trễ hạn',
      'Đang xử lý',
      'Trong hạn',
      'Quá hạn',
    ];
    const rows: CellValue[][] = [
      ['THỐNG KÊ HỒ SƠ'.normalize('NFD')],
      ['Từ ngày 15/3/2024 đến ngày 14/4/2024'.normalize('NFD')],
      [],
      head.map((h) => h.normalize('NFD')),
      ...UNITS.map((u, i) => [
        i + 1,
        '  ' + u.name.replace('UBND xã ', 'Xã ').normalize('NFD') + ' ',
        String(u.recv),
        u.carried,
        u.online,
        u.direct,
        u.res,
        u.early,
        u.onTime,
        u.late,
        u.prog,
        u.notDue,
        u.overdue,
      ]),
      [
        '',
        'Tổng cộng',
        sum('recv'),
        sum('carried'),
        sum('online'),
        sum('direct'),
        sum('res'),
        sum('early'),
        sum('onTime'),
        sum('late'),
        sum('prog'),
        sum('notDue'),
        sum('overdue'),
      ],
    ];
    const s = analyze(rows);
    expect(s.headerRows).toEqual([4, 4]);
    expect(s.period).toMatchObject({ from: '2024-03-15', to: '2024-04-14' });
    expectAnLaoFigures(s, ['Phòng Tư pháp', 'Xã An Dũng', 'Xã An Vinh']);
    expect(s.total?.onTimeRate?.numerator).toBe(sum('early') + sum('onTime'));
    expect(s.findings).toEqual([]);
  });

  it('two-row header whose merges the host could not report (Office before ExcelApi 1.13)', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 9; i++) rows.push([]);
    rows.push([
      'STT',
      'Đơn vị',
      'Tiếp nhận',
      null,
      null,
      null,
      'Đã giải quyết',
      null,
      null,
      null,
      'Đang giải quyết',
      null,
      null,
    ]);
    rows.push([
      null,
      null,
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, BCCI',
      'Kỳ trước chuyển qua',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Chưa đến hạn',
      'Quá hạn',
    ]);
    for (const [i, u] of UNITS.entries())
      rows.push([
        i + 1,
        u.name,
        u.recv,
        u.online,
        u.direct,
        u.carried,
        u.res,
        u.early,
        u.onTime,
        u.late,
        u.prog,
        u.notDue,
        u.overdue,
      ]);
    const s = analyze(rows, [], { mergesUnknown: true });
    expect(s.headerRows).toEqual([10, 11]);
    expectAnLaoFigures(s);
    expect(s.columns).toMatchObject({ recvTotal: 'C', resLate: 'J', progOverdue: 'M', progNotDue: 'L' });
  });

  it('three-row combined layout (3.2c) with a column-number row and a group row', () => {
    const rows: CellValue[][] = [
      ['BÁO CÁO TỔNG HỢP THEO ĐƠN VỊ'],
      [
        'STT',
        'Tên đơn vị',
        'Tiếp nhận',
        null,
        null,
        null,
        null,
        'Kết quả giải quyết',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        null,
        null,
        'Tổng số (5)=(6)+(7)+(8)+(9)',
        'Trong đó',
        null,
        null,
        null,
        'Số hồ sơ đã giải quyết',
        null,
        null,
        'Số hồ sơ đang giải quyết',
        null,
        null,
      ],
      [
        null,
        null,
        null,
        'Số mới tiếp nhận trực tuyến',
        'Số kỳ trước chuyển qua',
        'Số mới tiếp nhận trực tiếp',
        'Số mới tiếp nhận qua BCCI',
        'Tổng số',
        'HS Đã xử lý đúng hạn',
        'HS Đã xử lý quá hạn',
        'Tổng số',
        'HS Đang xử lý đúng hạn',
        'HS Đang xử lý quá hạn trên Cổng DVC QG',
      ],
      ['(1)', '(2)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)', '(14)', '(15)'],
      ['I', 'Cấp huyện', 34, 27, 5, 2, 0, 33, 32, 1, 1, 1, 0],
      ...UNITS.slice(0, 1).map((u, i) => [
        i + 1,
        u.name,
        u.recv,
        u.online,
        u.carried,
        u.direct,
        0,
        u.res,
        u.early + u.onTime,
        u.late,
        u.prog,
        u.notDue,
        u.overdue,
      ]),
      ['II', 'Cấp xã', 277, 154, 17, 106, 0, 271, 262, 9, 6, 4, 2],
      ...UNITS.slice(1).map((u, i) => [
        i + 1,
        u.name,
        u.recv,
        u.online,
        u.carried,
        u.direct,
        0,
        u.res,
        u.early + u.onTime,
        u.late,
        u.prog,
        u.notDue,
        u.overdue,
      ]),
    ];
    const merges = ['A2:A4', 'B2:B4', 'C2:G2', 'H2:M2', 'C3:C4', 'D3:G3', 'H3:J3', 'K3:M3'];
    const s = analyze(rows, merges);
    expect(s.headerRows).toEqual([2, 4]);
    expect(s.units.map((u) => [u.name, u.row, u.level])).toEqual([
      ['Phòng Tư pháp', 7, 'district'],
      ['UBND xã An Dũng', 9, 'commune'],
      ['UBND xã An Vinh', 10, 'commune'],
    ]);
    expect(s.units[1].metrics.onTimeRate).toEqual({ value: 182 / 191, numerator: 182, denominator: 191 });
    expect(s.units[2].metrics.onlineRate).toEqual({ value: 16 / 73, numerator: 16, denominator: 73 });
    expect(s.findings).toEqual([]);
  });

  it('reports a group row that does not add up, at its cell', () => {
    const rows: CellValue[][] = [
      ['STT', 'Đơn vị', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      ['I', 'Cấp xã', 272, 160, 103, 9],
      [1, 'Xã An Dũng', 191, 123, 59, 9],
      [2, 'Xã An Vinh', 80, 37, 43, 0],
    ];
    const s = analyze(rows);
    expect(s.findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ['total-mismatch', 2, 'C'],
      ['total-mismatch', 2, 'E'],
    ]);
  });
});

describe('digitization, payment and sync', () => {
  it('3.2(a) layout: "Có số hóa TPHS" over "Tiếp nhận", "Đã số hóa" over "Đã giải quyết"', () => {
    const rows: CellValue[][] = [
      [
        'STT',
        'Đơn vị',
        'Tiếp nhận',
        'Số hóa hồ sơ TTHC khi tiếp nhận',
        null,
        null,
        'Đã giải quyết',
        'Số hóa kết quả giải quyết',
        null,
      ],
      [
        null,
        null,
        null,
        'Chưa số hóa TPHS',
        'Có số hóa TPHS',
        'Có tái sử dụng thành phần',
        null,
        'Chưa số hóa',
        'Đã số hóa',
      ],
      [1, 'Xã Châu Lộc', 227, 13, 214, 20, 204, 0, 204],
      [2, 'Xã Tam Hợp', 163, 17, 146, 5, 155, 3, 152],
    ];
    const s = analyze(rows, ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:I1']);
    expect(s.kind).toBe('digitization-payment');
    expect(s.units[0].metrics.digitizedDossierRate).toEqual({
      value: 214 / 227,
      numerator: 214,
      denominator: 227,
    });
    expect(s.units[1].metrics.digitizedResultRate).toEqual({
      value: 152 / 155,
      numerator: 152,
      denominator: 155,
    });
  });

  it('one-row payment headers ("Tổng số HS có phí, lệ phí") with rates typed as text', () => {
    const rows: CellValue[][] = [
      ['TT', 'Xã, thị trấn', 'Tổng số HS có phí, lệ phí', 'Số HS thanh toán trực tuyến', 'Tỷ lệ TTTT (%)'],
      [1, 'Cộng Lạc', 171, 3, '1,75%'],
      [2, 'Dân Chủ', 350, 39, '11,14%'],
      [3, 'Hà Kỳ', 197, 8, '4,6%'],
    ];
    const s = analyze(rows);
    expect(s.kind).toBe('digitization-payment');
    expect(s.units.map((u) => u.metrics.onlinePaymentRate?.numerator)).toEqual([3, 39, 8]);
    // 8/197 = 4,06%: the sheet's 4,6% is off by more than its one decimal allows.
    expect(s.findings.map((f) => [f.code, f.row, f.column])).toEqual([['rate-mismatch', 4, 'E']]);
    expect(s.narrative).toContain(
      'Có 3/3 xã chưa đạt chỉ tiêu 60% (Cộng Lạc 1,75%; Hà Kỳ 4,06%; Dân Chủ 11,14%)',
    );
  });
});

describe('signatures with repeated unit names', () => {
  it('aggregates leaders per unit and keeps leaders apart', () => {
    const rows: CellValue[][] = [
      ['THỐNG KÊ KÝ SỐ'],
      ['Đơn vị', 'Lãnh đạo', 'Chức vụ', 'Số văn bản ký số', 'Tổng số văn bản phát hành', 'Tỷ lệ (%)'],
      ['UBND xã Trực Hưng', 'Trần Minh Lan', 'Chủ tịch', 149, 382, 39.01],
      ['UBND xã Trực Hưng', 'Phạm Thị Lan', 'Phó Chủ tịch', 380, 380, 100],
      ['UBND xã Trực Hùng', 'Lê Thanh Hương', 'Chủ tịch', 319, 334, 95.51],
    ];
    const s = analyze(rows);
    expect(s.kind).toBe('signatures');
    expect(
      s.units.map((u) => [u.name, u.metrics.signatureRate?.numerator, u.metrics.signatureRate?.denominator]),
    ).toEqual([
      ['UBND xã Trực Hưng', 529, 762],
      ['UBND xã Trực Hùng', 319, 334],
    ]);
    expect(s.leaders.map((l) => [l.unit, l.name, l.position, l.row])).toEqual([
      ['UBND xã Trực Hưng', 'Trần Minh Lan', 'Chủ tịch', 3],
      ['UBND xã Trực Hưng', 'Phạm Thị Lan', 'Phó Chủ tịch', 4],
      ['UBND xã Trực Hùng', 'Lê Thanh Hương', 'Chủ tịch', 5],
    ]);
    expect(s.findings).toEqual([]);
  });
});

describe('dossier lists with other headers', () => {
  it('aggregates per office, dates typed as text, channel words of another system', () => {
    const rows: CellValue[][] = [
      ['Mã HS', 'Đơn vị tiếp nhận', 'Kênh nộp', 'Ngày nhận', 'Hạn trả', 'Ngày trả kết quả', 'Số hóa'],
      ['H1', 'UBND xã A', 'Nộp trực tuyến', '01/10/2024', '03/10/2024', '02/10/2024', 'x'],
      ['H2', 'UBND xã A', 'Trực tiếp', '01/10/2024', '03/10/2024', '05/10/2024', ''],
      ['H3', 'UBND xã A', 'Qua dịch vụ công', '02/10/2024', '04/10/2024', null, 'x'],
      [
        'H4',
        'UBND xã B',
        'Trực tiếp',
        new Date(Date.UTC(2024, 9, 1)),
        new Date(Date.UTC(2024, 9, 2)),
        new Date(Date.UTC(2024, 9, 2)),
        'Có',
      ],
    ];
    const s = analyze(rows);
    expect(s.kind).toBe('dossier-list');
    const [a, b] = s.units;
    expect(a.metrics.onTimeRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(a.metrics.onlineRate).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(a.metrics.digitizedDossierRate).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(a.metrics.lateCount).toEqual({ value: 1 });
    expect(b.metrics.onTimeRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });
});

describe('more wordings seen in exports', () => {
  it('signatures per unit (no leader column)', () => {
    const s = analyze([
      ['STT', 'Cơ quan, đơn vị', 'Tổng số văn bản đi', 'Số văn bản được ký số', 'Tỷ lệ (%)'],
      [1, 'Phòng Nội vụ', 94, 64, '68,09%'],
      [2, 'Phòng Tư pháp', 433, 266, '61,43%'],
    ]);
    expect(s.kind).toBe('signatures');
    expect(s.leaders).toEqual([]);
    expect(
      s.units.map((u) => [
        u.name,
        u.row,
        u.metrics.signatureRate?.numerator,
        u.metrics.signatureRate?.denominator,
      ]),
    ).toEqual([
      ['Phòng Nội vụ', 2, 64, 94],
      ['Phòng Tư pháp', 3, 266, 433],
    ]);
    expect(s.findings).toEqual([]);
  });

  it('leaders under a unit written once, cells below left blank', () => {
    const s = analyze([
      ['Đơn vị', 'Họ và tên', 'Văn bản phát hành', 'Ký số'],
      ['UBND xã Trực Đạo', 'Đỗ Văn Yến', 213, 195],
      [null, 'Vũ Thanh Lan', 361, 243],
      ['UBND xã Trực Nội', 'Ngô Đức Hương', 98, 95],
    ]);
    expect(s.leaders.map((l) => l.unit)).toEqual([
      'UBND xã Trực Đạo',
      'UBND xã Trực Đạo',
      'UBND xã Trực Nội',
    ]);
    expect(s.units[0].metrics.signatureRate).toEqual({ value: 438 / 574, numerator: 438, denominator: 574 });
  });

  it('one-row digitization header: "Tổng số hồ sơ | Hồ sơ được số hóa | Tỷ lệ số hóa (%)"', () => {
    const s = analyze([
      ['TT', 'Đơn vị', 'Tổng số hồ sơ', 'Hồ sơ được số hóa', 'Tỷ lệ số hóa (%)'],
      [1, 'Xã Châu Lý', 415, 369, 88.92],
    ]);
    expect(s.kind).toBe('digitization-payment');
    expect(s.units[0].metrics.digitizedDossierRate).toEqual({
      value: 369 / 415,
      numerator: 369,
      denominator: 415,
    });
    expect(s.findings).toEqual([]);
  });

  it('dossier list judged by its status when it has no dates, "Mức độ 4" counted online', () => {
    const s = analyze([
      ['Số hồ sơ', 'Cơ quan tiếp nhận', 'Hình thức', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
      ['1', 'Xã A', 'Mức độ 4', '01/10/2024', '03/10/2024', 'Đã trả kết quả'],
      ['2', 'Xã A', 'Trực tiếp', '01/10/2024', '03/10/2024', 'Đã trả kết quả (quá hạn)'],
      ['3', 'Xã A', 'Trực tiếp', '01/10/2024', '03/10/2024', 'Đang xử lý'],
    ]);
    expect(s.kind).toBe('dossier-list');
    expect(s.units[0].metrics.onTimeRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(s.units[0].metrics.onlineRate).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
  });
});
