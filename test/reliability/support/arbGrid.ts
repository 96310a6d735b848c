/** fast-check generator of arbitrary grids: any cell values (Vietnamese texts, errors, dates, odd numbers), merges. */
import fc from 'fast-check';
import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';

const ERRORS = ['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'];
/** Texts that steer detection: header words, totals, groups, odd numbers, legacy encodings, formulas. */
const WORDS = [
  'STT|Đơn vị|Tên đơn vị|Tổng số|Trực tuyến|Trực tiếp|Kỳ trước chuyển qua|Đã giải quyết|Trước hạn|Đúng hạn|Quá hạn',
  'Đang giải quyết|Chưa đến hạn|Tỷ lệ (%)|Số hồ sơ được số hóa|Thanh toán trực tuyến|Số hồ sơ có phí, lệ phí',
  'Đã đồng bộ|Họ và tên|Tổng số văn bản đi|Số văn bản ký số|Ngày tiếp nhận|Ngày hẹn trả|Ngày có kết quả',
  'Cơ quan tiếp nhận|Trạng thái|Tổng cộng|Cộng|Cấp xã|I|II|Xã An Hưng|UBND xã An Vinh|Cộng Lạc|Trung bình toàn tỉnh',
  'Người lập biểu|Tæng sè|Toång soá|N/A|—|x|1.234,5|99,5%|(12)|−5|9 737|15/3/2024|31/02/2024|Tháng 4 năm 2024',
  'Từ ngày 15/3/2024 đến ngày 14/4/2024|(1)|(2)|(3)|=SUM(A1:A3)|+cmd|@x||   |Có|Không',
].flatMap((line) => line.split('|'));

export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 5000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e15, max: 1e15 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0) },
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

const mergeArb: fc.Arbitrary<MergeArea> = fc
  .record({ top: fc.nat(26), left: fc.nat(15), h: fc.nat(3), w: fc.nat(4) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

export const gridArb: fc.Arbitrary<Grid> = fc.record({
  name: fc.constantFrom('Sheet1', 'Tháng 4-2024', 'Tổng hợp CCHC', "Xã Đ'Ran", 'Số hóa'),
  values: fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 24 }),
  merges: fc.array(mergeArb, { maxLength: 6 }),
  numFmts: fc.array(
    fc.array(fc.constantFrom(undefined, null, '0.00%', '#,##0', 'General', '0.0'), { maxLength: 14 }),
    {
      maxLength: 24,
    },
  ),
  mergesUnknown: fc.boolean(),
});
