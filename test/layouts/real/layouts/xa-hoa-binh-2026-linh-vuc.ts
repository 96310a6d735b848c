/**
 * Own design (2026): a commune's own one-stop report by field (lĩnh vực), as the commune public
 * service centres have issued since 1/7/2025 (domain.md section 0), with two faults planted.
 * Exercises: rows that are fields, "Toàn xã" as the total, "Kỳ trước (HS đang xử lý của kỳ trước)"
 * under "Tiếp nhận" (carried over, not in progress), "Chờ trả" inside "Đã giải quyết" (a subset, not a
 * part), "Tạm dừng xử lý (…)" and "Trả lại / Rút" as parts of received, an empty row inside the header
 * block, a letter/formula numbering row "A B (1)=(2)+(3)+(4)+(5) …", a quarter period after a label.
 * Faults: "Đất đai" has "Đã giải quyết" 3 over its parts (and the "Toàn xã" row carries the same
 * 3, so the column still adds up); "Chứng thực" prints 95,00% where its counts give another rate.
 */
import {
  cellsAt,
  group,
  line,
  named,
  num,
  stt,
  totalOf,
  unitName,
  unitRows,
  type BodyRow,
  type SheetSpec,
} from '../build';
import { inProgress, percentText, random, received, resolved, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const FIELDS = named(
  'field',
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Thành lập và hoạt động của hộ kinh doanh',
  'Bảo trợ xã hội',
  'Người có công',
  'Xây dựng',
  'Giáo dục và Đào tạo',
);
const EXTRA = 3;

export function layout(): RealLayout {
  const rnd = random(1214);
  const units = unitRows(rnd, FIELDS, {
    size: 140,
    online: 0.5,
    post: true,
    suspended: true,
    returned: true,
    late: 0.03,
  });
  const total = totalOf(units, 'Toàn xã');
  const body: BodyRow[] = [...units, total];
  const faultyResolved = new Set<BodyRow>([units[2], total]);
  const shownResolved = (c: Counts, r: BodyRow) => resolved(c) + (faultyResolved.has(r) ? EXTRA : 0);
  const onTimeText = (c: Counts, r: BodyRow) =>
    r === units[1] ? '95,00' : percentText((c.early + c.onTime) / resolved(c)).replace('%', '');
  const spec: SheetSpec = {
    sheet: 'Quý III-2026',
    title: [
      { cells: ['UBND XÃ HÒA BÌNH'] },
      { cells: ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'] },
      { cells: [] },
      line('BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC'),
      line('Kỳ báo cáo: Quý III năm 2026 (từ ngày 15/6/2026 đến ngày 14/9/2026)'),
    ],
    columns: [
      stt(),
      unitName('Lĩnh vực'),
      group(
        'Tiếp nhận',
        num('Tổng số', received),
        num('Kỳ trước (HS đang xử lý của kỳ trước)', 'carried'),
        group(
          'Trong kỳ',
          num('Trực tuyến', 'online'),
          num('Trực tiếp', 'direct'),
          num('Bưu chính công ích', 'post'),
        ),
      ),
      group(
        'Đã giải quyết',
        { title: 'Tổng số', cell: shownResolved },
        num('Trước hạn', 'early'),
        num('Đúng hạn', 'onTime'),
        num('Quá hạn', 'late'),
        num('Chờ trả', 'uncollected'),
      ),
      group(
        'Đang giải quyết',
        num('Tổng số', inProgress),
        num('Chưa tới hạn', 'notDue'),
        num('Quá hạn', 'overdue'),
      ),
      num('Tạm dừng xử lý (chờ nghĩa vụ tài chính, bổ sung hồ sơ)', 'suspended'),
      num('Trả lại / Rút', 'returned'),
      { title: 'Tỷ lệ giải quyết đúng hạn (%)', cell: onTimeText },
    ],
    blankInHeader: true,
    numbering: [
      'A',
      'B',
      '(1)=(2)+(3)+(4)+(5)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)=(7)+(8)+(9)',
      '(7)',
      '(8)',
      '(9)',
      '(10)',
      '(11)=(12)+(13)',
      '(12)',
      '(13)',
      '(14)',
      '(15)',
      '(16)=((7)+(8))/(6)',
    ],
    body,
    footer: [
      { cells: [] },
      {
        cells: cellsAt({ 12: 'Hòa Bình, ngày 20 tháng 9 năm 2026' }),
      },
      {
        cells: cellsAt({ 1: 'NGƯỜI LẬP BIỂU', 12: 'GIÁM ĐỐC' }),
      },
    ],
  };
  return defineLayout({
    spec,
    name: 'xa-hoa-binh-2026-linh-vuc',
    source: 'own design (2026 commune one-stop report by field)',
    exercises:
      'fields, "Toàn xã" total, Kỳ trước (HS đang xử lý của kỳ trước), Chờ trả subset, Tạm dừng and Trả lại / Rút parts, blank row + formula row in header; 2 faults',
    expect: {
      description:
        'A 2026 commune report by field with "Toàn xã" total; faults: Đất đai resolved total 3 over its parts (and the total row with it), Chứng thực prints a wrong on-time rate.',
      period: { from: '2026-06-15', to: '2026-09-14' },
      scope: { level: 'commune', name: 'Hòa Bình' },
      metrics: METRICS,
      mustNotFind: ['total-mismatch'],
      narrativeMustContain: ['toàn xã', 'lĩnh vực'],
      narrativeMustNotContain: ['huyện', 'toàn tỉnh'],
    },
    adjust: (built, expected) => {
      const rowOf = (b: BodyRow) => built.rows[body.indexOf(b)];
      expected.findings.push(
        { code: 'parts-mismatch', row: rowOf(units[2]) },
        { code: 'parts-mismatch', row: rowOf(total) },
        { code: 'rate-mismatch', row: rowOf(units[1]), column: 'R' },
      );
      // A resolved total that disagrees with its parts spoils the on-time rate of its row (contract).
      expected.units[2].metrics.onTimeRate = { value: null };
      expected.total!.onTimeRate = { value: null };
      expected.below.onTimeRate = expected.below.onTimeRate.filter((n) => n !== units[2].name);
    },
  });
}
