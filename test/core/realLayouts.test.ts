/**
 * What real one-stop exports do that the fixtures do not (issue 12, items 1–12), each in a small
 * sheet whose figures are worked out here by hand.
 */
import { summarizeWorkbook } from '../../src/core/engine';
import type { CellValue } from '../../src/core/grid';
import { mapColumns } from '../../src/core/detect/fields';
import { isColumnNumberRow } from '../../src/core/detect/header';
import { findPeriod } from '../../src/core/parse/period';
import type { SheetReport } from '../../src/core/report';
import { makeGrid } from '../helpers/grid';

function analyze(rows: CellValue[][], merges: string[] = [], thresholds = {}): SheetReport {
  return summarizeWorkbook([makeGrid('Sheet', rows, merges)], { source: 't.xlsx', thresholds }).sheets[0];
}
const codes = (s: SheetReport) => s.findings.map((f) => [f.code, f.row, f.column]);

describe('1. count/percent pairs under an outcome', () => {
  it('takes SL as the count and never the share of one part as the on-time rate', () => {
    const s = analyze(
      [
        ['STT', 'Đơn vị', 'Đã giải quyết', null, null, null, null, null, null, 'Đang giải quyết', null, null],
        [
          null,
          null,
          'Tổng số',
          'Trước hạn',
          null,
          'Đúng hạn',
          null,
          'Quá hạn',
          null,
          'Chưa tới hạn',
          null,
          'Quá hạn',
        ],
        [null, null, null, 'SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %', 'SL'],
        [1, 'Xã An Dũng', 191, 123, '64,40%', 59, '30,89%', 9, '4,71%', 4, '66,67%', 2],
        [2, 'Xã An Vinh', 80, 37, '46,25%', 43, '53,75%', 0, '0,00%', 6, '100,00%', 0],
      ],
      ['A1:A3', 'B1:B3', 'C1:I1', 'J1:L1', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:I2', 'J2:K2'],
    );
    expect(s.columns).toMatchObject({ resTotal: 'C', resEarly: 'D', resOnTime: 'F', resLate: 'H' });
    expect(s.columns).toMatchObject({ progNotDue: 'J', progOverdue: 'L' });
    expect(s.columns?.rateOnTime).toBeUndefined();
    expect(s.units[0].metrics.onTimeRate).toEqual({ value: 182 / 191, numerator: 182, denominator: 191 });
    expect(s.units[0].metrics.overdueInProgressCount).toEqual({ value: 2 });
    expect(s.units[1].metrics.onTimeRate766).toEqual({ value: 1, numerator: 86, denominator: 86 });
    expect(s.findings).toEqual([]);
  });
});

describe('2. outcomes split by origin', () => {
  it('adds "Kỳ trước | Trong kỳ" under each outcome into one figure', () => {
    const s = analyze(
      [
        [
          'STT',
          'Cơ quan, đơn vị',
          'Tiếp nhận',
          null,
          null,
          'Đã giải quyết',
          null,
          null,
          null,
          'Đang giải quyết',
          null,
        ],
        [
          null,
          null,
          'Tổng số',
          'Kỳ trước chuyển sang',
          'Trong kỳ',
          'Đúng hạn',
          null,
          'Quá hạn',
          null,
          'Quá hạn',
          null,
        ],
        [
          null,
          null,
          null,
          null,
          null,
          'Kỳ trước',
          'Trong kỳ',
          'Kỳ trước',
          'Trong kỳ',
          'Kỳ trước',
          'Trong kỳ',
        ],
        [1, 'Sở Xây dựng', 345, 33, 312, 30, 298, 0, 3, 1, 0],
      ],
      ['A1:A3', 'B1:B3', 'C1:E1', 'F1:I1', 'J1:K1', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:I2', 'J2:K2'],
    );
    expect(s.columns).toMatchObject({
      recvTotal: 'C',
      recvCarried: 'D',
      recvNew: 'E',
      resOnTime: 'F',
      resLate: 'H',
    });
    expect(s.units[0].metrics.onTimeRate).toEqual({ value: 328 / 331, numerator: 328, denominator: 331 });
    expect(s.units[0].metrics.lateCount).toEqual({ value: 3 });
    expect(s.units[0].metrics.overdueInProgressCount).toEqual({ value: 1 });
    expect(s.findings).toEqual([]);
  });
});

describe('3. groups beyond received, resolved and in progress', () => {
  const head: CellValue[][] = [
    [
      'STT',
      'Đơn vị',
      'Tiếp nhận',
      'Đã giải quyết',
      null,
      null,
      null,
      'Đang giải quyết',
      'Tạm dừng xử lý (chờ nghĩa vụ tài chính, chờ bổ sung)',
      'Trả lại / Rút',
    ],
    [null, null, null, 'Tổng số', 'Đúng hạn', 'Quá hạn', 'Chờ trả', null, null, null],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2', 'J1:J2'];

  it('counts suspended and returned dossiers as parts of received; "Chờ trả" is no total', () => {
    const s = analyze([...head, [1, 'Xã A', 100, 80, 78, 2, 5, 10, 6, 4]], merges);
    expect(s.columns).toMatchObject({
      recvTotal: 'C',
      resTotal: 'D',
      resOnTime: 'E',
      resLate: 'F',
      awaitingReturn: 'G',
      progTotal: 'H',
      suspended: 'I',
      returned: 'J',
    });
    expect(s.units[0].metrics.onTimeRate).toEqual({ value: 78 / 80, numerator: 78, denominator: 80 });
    expect(s.findings).toEqual([]);
  });

  it('names every part when received does not add up', () => {
    const s = analyze([...head, [1, 'Xã A', 100, 80, 78, 2, 5, 10, 6, 3]], merges);
    expect(codes(s)).toEqual([['parts-mismatch', 3, 'C']]);
    expect(s.findings[0].message).toBe(
      'Tiếp nhận (100) khác Đã giải quyết + Đang giải quyết + Trả lại / Rút + ' +
        'Tạm dừng xử lý (chờ nghĩa vụ tài chính, chờ bổ sung) (99)',
    );
  });
});

describe('4. carried over, whatever its note says', () => {
  it('reads "Kỳ trước (HS đang xử lý của kỳ trước)" under "Tiếp nhận" as carried over', () => {
    const map = mapColumns(
      [
        ['Tiếp nhận', 'Tổng số'],
        ['Tiếp nhận', 'Kỳ trước (HS đang xử lý của kỳ trước)'],
        ['Tiếp nhận', 'Trong kỳ', 'Trực tuyến'],
        ['Tiếp nhận', 'Trong kỳ', 'Trực tiếp'],
      ],
      'stats',
    );
    expect(map).toEqual({ recvTotal: 0, recvCarried: 1, recvOnline: 2, recvDirect: 3 });
  });
});

describe('5. numbering rows and an empty row inside the header', () => {
  const row = (cells: CellValue[]) => makeGrid('S', [cells]);
  it('knows plain, bracketed, lettered and formula numbering rows', () => {
    expect(isColumnNumberRow(row([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]), 0, 14)).toBe(true);
    expect(isColumnNumberRow(row(['A', 'B', '(1)=2+3', '2', '3', '(4)=5+7', '5', '(6)=5/4']), 0, 8)).toBe(
      true,
    );
    expect(isColumnNumberRow(row(['A', '1', '2=4+11', '3', '4=5+7+9', '5']), 0, 6)).toBe(true);
    expect(isColumnNumberRow(row([1, 'Xã An Vinh', 86, 16, 57]), 0, 5)).toBe(false);
  });

  it('reads a table whose header has an empty row and a lettered numbering row', () => {
    const s = analyze(
      [
        ['STT', 'Đơn vị', 'Số hồ sơ đã giải quyết', null, null],
        [null, null, null, null, null],
        [null, null, 'Tổng số', 'Đúng hạn', 'Quá hạn'],
        ['A', 'B', '(1)=2+3', '2', '3'],
        [1, 'Xã An Dũng', 191, 182, 9],
        [2, 'Xã An Vinh', 80, 80, 0],
      ],
      ['A1:A3', 'B1:B3', 'C1:E1'],
    );
    expect(s.headerRows).toEqual([1, 3]);
    expect(s.units.map((u) => [u.name, u.row, u.metrics.onTimeRate?.value])).toEqual([
      ['Xã An Dũng', 5, 182 / 191],
      ['Xã An Vinh', 6, 1],
    ]);
    expect(s.findings).toEqual([]);
  });
});

describe('6. band rows', () => {
  it('are headings when they carry no figures, at any depth', () => {
    const s = analyze([
      ['STT', 'Đơn vị', 'Tổng số hồ sơ tiếp nhận', 'Tiếp nhận trực tuyến', 'Tiếp nhận trực tiếp'],
      ['I', 'Sở, ban, ngành'],
      [1, 'Sở Tư pháp', 100, 50, 50],
      ['II', 'UBND xã, phường, đặc khu'],
      [2, 'Đặc khu Phú Quốc', 40, 10, 30],
      ['III', 'Cấp huyện'],
      [3, 'Phòng Nội vụ', 10, 5, 5],
      [null, 'Tổng cộng', 150, 65, 85],
    ]);
    expect(s.findings).toEqual([]);
    expect(s.units.map((u) => u.level)).toEqual(['department', 'commune', 'district']);
    expect(s.total?.onlineRate).toEqual({ value: 65 / 150, numerator: 65, denominator: 150 });
  });
});

describe('7. money against counts', () => {
  it('takes "Số hồ sơ thu phí" and "Thanh toán > Trực tuyến" as counts, amounts never', () => {
    const s = analyze(
      [
        ['STT', 'Tên đơn vị', 'Số hồ sơ thu phí', 'Thanh toán', null, 'Lệ phí (VNĐ)', 'Số tiền'],
        [null, null, null, 'Trực tiếp', 'Trực tuyến', null, null],
        [1, 'Sở Tư pháp', 50, 25, 25, 600000, 1000000],
        [2, 'Xã Nga Sơn', 157, 145, 12, 3297000, 5495000],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2'],
    );
    expect(s.kind).toBe('digitization-payment');
    expect(s.columns).toEqual({ stt: 'A', name: 'B', feeTotal: 'C', paidOnline: 'E' });
    expect(s.units[1].metrics.onlinePaymentRate).toEqual({
      value: 12 / 157,
      numerator: 12,
      denominator: 157,
    });
  });
});

describe('8. dossier lists with real column names', () => {
  it('reads dates under a merged "Ngày, tháng, năm" group; "Hẹn trả kết quả" is a due date', () => {
    const s = analyze(
      [
        ['STT', 'Mã hồ sơ', 'Phòng, ban giải quyết HS', 'Ngày, tháng, năm', null, null],
        [null, null, null, 'Tiếp nhận', 'Hẹn trả kết quả', 'Trả kết quả'],
        [1, 'H01', 'Phòng Tư pháp', '01/10/2024', '05/10/2024', '04/10/2024'],
        [2, 'H02', 'Phòng Tư pháp', '02/10/2024', '06/10/2024', '08/10/2024'],
        [3, 'H03', 'Phòng Nội vụ', '03/10/2024', '07/10/2024', '07/10/2024'],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'],
    );
    expect(s.kind).toBe('dossier-list');
    expect(s.columns).toMatchObject({
      code: 'B',
      name: 'C',
      receivedDate: 'D',
      dueDate: 'E',
      resultDate: 'F',
    });
    expect(
      s.units.map((u) => [u.name, u.metrics.onTimeRate?.numerator, u.metrics.onTimeRate?.denominator]),
    ).toEqual([
      ['Phòng Tư pháp', 1, 2],
      ['Phòng Nội vụ', 1, 1],
    ]);
  });
});

describe('9. the stated period', () => {
  it('wins over a month label, and a signature line is never a period', () => {
    expect(
      findPeriod(
        [
          'Hà Nội, ngày 05 tháng 12 năm 2026',
          'THÁNG 11/2026',
          '(Số liệu từ ngày 01/11/2026 đến ngày 30/11/2026)',
        ],
        'T11',
        '15-14',
      ),
    ).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(findPeriod(['Từ ngày: 01/03/2017 đến ngày: 31/03/2017'], 'S', '15-14')).toMatchObject({
      from: '2017-03-01',
      to: '2017-03-31',
    });
    expect(findPeriod(['Lệ Thủy, ngày 05 tháng 04 năm 2017'], 'Sheet1', '15-14')).toBeNull();
  });
});

describe('11. rates as exports print them, and blank markers', () => {
  it('checks "98.50%" and a float-printed rate without a false mismatch; " - " is blank', () => {
    const s = analyze([
      ['STT', 'Đơn vị', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn'],
      [1, 'Xã A', 200, 197, 3, '98.50%'],
      [2, 'Xã B', 122, 119, 3, '97.54098360655738%'],
      [3, 'Xã C', 50, 50, ' - ', '100%'],
      [4, 'Xã D', 122, 3, 119, '2.4599999999999937%'],
    ]);
    expect(s.findings.map((f) => [f.code, f.row])).toEqual([]);
    expect(s.units[2].metrics.lateCount).toEqual({ value: 0 });
  });

  it('still flags a dot-decimal rate that is wrong', () => {
    const s = analyze([
      ['STT', 'Đơn vị', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn'],
      [1, 'Xã A', 200, 197, 3, '95.50%'],
    ]);
    expect(codes(s)).toEqual([['rate-mismatch', 2, 'F']]);
  });
});

describe('12. rows that are procedures', () => {
  it('are fields, named bare in the paragraph', () => {
    const s = analyze(
      [
        ['UBND PHƯỜNG TÂN AN'],
        ['STT', 'Tên thủ tục', 'Tổng số hồ sơ tiếp nhận', 'Tiếp nhận trực tuyến', 'Tiếp nhận trực tiếp'],
        [1, 'Đăng ký khai sinh', 112, 100, 12],
        [2, 'Chứng thực chữ ký', 166, 20, 146],
      ],
      [],
      { onlineRate: 0.5 },
    );
    expect(s.units.map((u) => u.level)).toEqual(['field', 'field']);
    expect(s.narrative).toBe(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn phường đạt 43,17%. Có 1/2 lĩnh vực chưa đạt chỉ tiêu 50% (Chứng thực chữ ký 12,05%).',
    );
  });
});

describe('a header that checks itself against the numbers', () => {
  it('keeps the reading under which the rows add up', () => {
    // "Tổng số | Đúng hạn | Quá hạn" names no group: as in progress it would clash with the named column.
    const s = analyze([
      ['STT', 'Đơn vị', 'Tổng số hồ sơ tiếp nhận', 'Đang giải quyết', 'Tổng số', 'Đúng hạn', 'Quá hạn'],
      [1, 'Xã A', 100, 10, 90, 88, 2],
      [2, 'Xã B', 50, 5, 45, 45, 0],
    ]);
    expect(s.columns).toMatchObject({
      recvTotal: 'C',
      progTotal: 'D',
      resTotal: 'E',
      resOnTime: 'F',
      resLate: 'G',
    });
    expect(s.units[0].metrics.onTimeRate).toEqual({ value: 88 / 90, numerator: 88, denominator: 90 });
    expect(s.findings).toEqual([]);
    expect(s.headerReadings).toBeUndefined();
  });

  it('says so when two readings fit the rows equally', () => {
    const s = analyze([
      ['STT', 'Đơn vị', 'Tổng số', 'Đúng hạn', 'Quá hạn'],
      [1, 'Xã A', 90, 88, 2],
    ]);
    expect(s.columns).toMatchObject({ resTotal: 'C', resOnTime: 'D', resLate: 'E' });
    expect(s.findings.map((f) => [f.code, f.severity, f.row, f.message])).toEqual([
      [
        'header-ambiguous',
        'info',
        1,
        'Tiêu đề không nói rõ các cột C, D, E thuộc nhóm nào: số liệu khớp cả khi đọc là Đã giải quyết ' +
          'lẫn Đang giải quyết; đã đọc là Đã giải quyết. Hãy kiểm tra cột trong mục "Trang tính".',
      ],
    ]);
    expect(s.headerReadings).toEqual([
      {
        sections: ['res'],
        columns: { stt: 'A', name: 'B', resTotal: 'C', resOnTime: 'D', resLate: 'E' },
        score: 1,
      },
      {
        sections: ['prog'],
        columns: { stt: 'A', name: 'B', progTotal: 'C', progNotDue: 'D', progOverdue: 'E' },
        score: 1,
      },
    ]);
  });
});

describe('a table nothing fits', () => {
  it('stays unknown and says what was found', () => {
    const s = analyze([
      ['STT', 'Đơn vị', 'Chỉ số A', 'Chỉ số B', 'Chỉ số C'],
      [1, 'Xã A', 1, 2, 3],
      [2, 'Xã B', 4, 5, 6],
      [3, 'Xã C', 7, 8, 9],
    ]);
    expect(s.kind).toBe('unknown');
    expect(s.findings.map((f) => [f.code, f.severity])).toEqual([
      ['header-not-found', 'warning'],
      ['columns-not-recognized', 'info'],
    ]);
    expect(s.findings[1].message).toBe(
      'Bảng có 3 cột số nhưng không nhận ra cột Tiếp nhận, cột Đã giải quyết (đã nhận ra: Đơn vị (B)); ' +
        'hãy chọn loại bảng và cột trong mục "Trang tính".',
    );
  });
});
