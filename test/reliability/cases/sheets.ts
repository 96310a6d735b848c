/** Sheets of the other kinds (digitization and payment, signatures, a dossier list) and odd ones. */
import type { FigureExpect } from '../support/expectations';
import type { Cell, SheetSpec } from '../support/workbook';

/** Digitization and payment (Quỳ Hợp layout): [unit, received, digitized, with fees, paid online, printed digitized rate?]. */
type DigRow = [string, number, number, number, number, number?];
export function digitization(name: string, rows: DigRow[]): SheetSpec {
  const numFmts: Record<string, string> = {};
  const data = rows.map(([unit, recv, dig, fee, paid, printed], i) => {
    numFmts[`E${8 + i}`] = '0.00%';
    numFmts[`H${8 + i}`] = '0.00%';
    return [i + 1, unit, recv, dig, printed ?? dig / recv, fee, paid, paid / fee] as Cell[];
  });
  return {
    name,
    rows: [
      ['UBND HUYỆN QUỲ HỢP'],
      [],
      ['KẾT QUẢ SỐ HÓA HỒ SƠ VÀ THANH TOÁN TRỰC TUYẾN'],
      ['Từ ngày 15/9/2024 đến ngày 14/10/2024'],
      [],
      ['TT', 'Tên đơn vị', 'Số hóa hồ sơ TTHC', '', '', 'Thanh toán trực tuyến phí, lệ phí'],
      [
        '',
        '',
        'Tổng số hồ sơ tiếp nhận',
        'Số hồ sơ được số hóa',
        'Tỷ lệ (%)',
        'Số hồ sơ có phí, lệ phí',
        'Số hồ sơ thanh toán trực tuyến',
        'Tỷ lệ (%)',
      ],
      ...data,
    ],
    merges: ['A6:A7', 'B6:B7', 'C6:E6', 'F6:H6'],
    numFmts,
  };
}
export const DIG: DigRow[] = [
  ['Thị trấn Quỳ Hợp', 645, 574, 46, 34],
  ['Xã Châu Hồng', 268, 268, 16, 1],
  ['Xã Châu Tiến', 865, 865, 15, 12],
];

/** Leaders' signatures, unit names merged over their leaders (Trực Ninh layout). */
const LEADERS: [string, string, string, number, number][] = [
  ['UBND xã Trực Chính', 'Bùi Thị Thảo', 'Chủ tịch', 181, 16],
  ['UBND xã Trực Chính', 'Đỗ Thị Thu', 'Phó Chủ tịch', 220, 31],
  ['UBND xã Liêm Hải', 'Bùi Thị Dũng', 'Chủ tịch', 382, 176],
  ['UBND xã Liêm Hải', 'Ngô Văn Hải', 'Phó Chủ tịch', 100, 100],
];
export function signatures(name: string): SheetSpec {
  return {
    name,
    rows: [
      ['UBND HUYỆN TRỰC NINH'],
      [],
      ['THỐNG KÊ KÝ SỐ CỦA LÃNH ĐẠO'],
      ['Từ ngày 01/01/2024 đến ngày 30/04/2024'],
      [],
      ['STT', 'Đơn vị', 'Họ và tên', 'Chức vụ', 'Tổng số văn bản đi', 'Số văn bản ký số', 'Tỷ lệ (%)'],
      ...LEADERS.map(([u, who, pos, issued, signed], i) => [
        i % 2 ? null : i / 2 + 1,
        i % 2 ? null : u,
        who,
        pos,
        issued,
        signed,
        Math.round((signed / issued) * 10000) / 100,
      ]),
    ],
    merges: ['A7:A8', 'B7:B8', 'A9:A10', 'B9:B10'],
  };
}

/** A dossier list with dates typed as text in several ways (and one impossible date). */
export function dossierList(name: string): SheetSpec {
  const row = (line: string): Cell[] => line.split('|');
  const rows = [
    'STT|Mã hồ sơ|Tên thủ tục|Cơ quan tiếp nhận|Hình thức nộp|Ngày tiếp nhận|Ngày hẹn trả|Ngày có kết quả|Trạng thái',
    '1|H38.1|Đăng ký khai sinh|Phòng Tư pháp|Trực tuyến|01/10/2024|02/10/2024|02/10/2024|Đã trả kết quả',
    '2|H38.2|Đăng ký khai sinh|Phòng Tư pháp|Trực tiếp|2024-10-03|2024-10-04|2024-10-05|Đã trả kết quả',
    '3|H38.3|Chứng thực|Phòng Tư pháp|Trực tuyến|3/10/2024|9/10/2024||Đang xử lý',
    '4|H38.4|Chứng thực|UBND xã An Hưng|Trực tiếp|(date)|28-09-2024|26.09.2024|Đã trả kết quả',
    '5|H38.5|Chứng thực|UBND xã An Hưng|Trực tuyến|25/09/2024 08:30|03/10/2024|30/09/2024 16:45|Đã trả kết quả',
    '6|H38.6|Chứng thực|UBND xã An Hưng|Trực tuyến|31/02/2024|03/10/2024|02/10/2024|Đã trả kết quả',
  ].map(row);
  rows[4][5] = new Date(Date.UTC(2024, 8, 25)); // a real date among the texts
  return {
    name,
    rows: [['DANH SÁCH HỒ SƠ TIẾP NHẬN'], ['Từ ngày 15/09/2024 đến ngày 14/10/2024'], [], ...rows],
  };
}
export const LIST_FIGURES = (sheet: string): FigureExpect[] => [
  { sheet, unit: 'Phòng Tư pháp', metric: 'onTimeRate', value: 0.5, numerator: 1, denominator: 2 },
  { sheet, unit: 'Phòng Tư pháp', metric: 'onlineRate', value: 2 / 3, numerator: 2, denominator: 3 },
  { sheet, unit: 'Phòng Tư pháp', metric: 'overdueInProgressCount', value: 1 },
  { sheet, unit: 'UBND xã An Hưng', metric: 'onTimeRate', value: 1, numerator: 3, denominator: 3 },
];

export const notes: SheetSpec = {
  name: 'Công văn',
  rows: [
    ['Kính gửi: Chủ tịch UBND các xã, thị trấn.'],
    [],
    ['Đề nghị các đơn vị rà soát số liệu trước ngày 12 hằng tháng.'],
  ],
};

/** Rows after a few ASCII title rows: a header and unit rows typed in a legacy font encoding. */
export function legacy(name: string, title: string | null, header: string[], unitNames: string[]): SheetSpec {
  return {
    name,
    rows: [
      ['UBND HUYEN AN LAO'],
      [],
      [],
      [title ?? 'BAO CAO THANG 4/2024'],
      [],
      [],
      header,
      ...unitNames.map((n, i) => [i + 1, n, 100 + i, 60, 40, 90, 50, 38, 2]),
    ],
  };
}
