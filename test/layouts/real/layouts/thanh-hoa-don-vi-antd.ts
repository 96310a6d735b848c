/**
 * Thanh Hóa one-stop system, "Thống kê theo đơn vị" screen (antd columns with children), exported as
 * the screen shows it. Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/portaldvc/ThongKe/hooks/useColumn.tsx (header wording and nesting only).
 * Exercises: a three-row header with "Trong đó" over the receipt channels, "Số kỳ trước chuyển qua"
 * as carried-over, no "Trả trước hạn" column, "Chờ bổ sung(lũy kế cả kì trước)" (cumulative, not a
 * part), "Trả lại/Rút HS" (a part of received), a satisfaction percentage that is not a metric.
 */
import { group, num, stt, unitName, type BodyRow, type SheetSpec } from '../build';
import { foldEarly, makeCounts, random, received, resolved, inProgress, sum } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const UNITS: [string, 'department' | 'district'][] = [
  ['Sở Tư pháp', 'department'],
  ['Sở Xây dựng', 'department'],
  ['Sở Kế hoạch và Đầu tư', 'department'],
  ['Sở Giao thông vận tải', 'department'],
  ['UBND huyện Thọ Xuân', 'district'],
  ['UBND thị xã Nghi Sơn', 'district'],
  ['UBND thành phố Sầm Sơn', 'district'],
];

export function layout(): RealLayout {
  const rnd = random(1201);
  const units: BodyRow[] = UNITS.map(([name, level], i) => ({
    role: 'unit',
    stt: i + 1,
    name,
    level,
    // No "Trả trước hạn" column: the system counts early returns as on time.
    counts: foldEarly(
      makeCounts(rnd, { size: 400, online: 0.55, post: true, returned: true, supplement: true }),
    ),
  }));
  const body: BodyRow[] = [
    ...units,
    { role: 'total', stt: '', name: 'Tổng cộng', counts: sum(units.map((u) => u.counts!)) },
  ];
  const spec: SheetSpec = {
    sheet: 'ThongKeDonVi',
    title: [
      { cells: ['UBND TỈNH THANH HÓA'] },
      { cells: ['THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ'], merge: 'full' },
      { cells: ['Từ ngày 01/10/2024 đến ngày 31/10/2024'], merge: 'full' },
    ],
    columns: [
      stt(),
      unitName('Tên đơn vị'),
      group(
        'Số hồ sơ nhận giải quyết',
        num('Tổng số', received),
        group(
          'Trong đó',
          num('Số mới tiếp nhận trực tuyến', 'online'),
          num('Số mới tiếp nhận trực tiếp', 'direct'),
          num('Số mới tiếp nhận qua BCCI', 'post'),
          num('Số kỳ trước chuyển qua', 'carried'),
        ),
      ),
      group(
        'Kết quả giải quyết',
        group(
          'Số hồ sơ đã giải quyết',
          num('Tổng số', resolved),
          num('Trả đúng thời hạn', 'onTime'),
          num('Trả quá hạn', 'late'),
        ),
        group(
          'Số hồ sơ đang giải quyết',
          num('Tổng số', inProgress),
          num('Chưa đến hạn', 'notDue'),
          num('Quá hạn', 'overdue'),
        ),
      ),
      num('Chờ bổ sung(lũy kế cả kì trước)', 'supplement'),
      num('Trả lại/Rút HS', 'returned'),
      { title: 'Tỷ lệ hài lòng', cell: (c) => `${(97 + (c.saturday % 3)).toFixed(2)}%` },
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-don-vi-antd',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/portaldvc/ThongKe/hooks/useColumn.tsx',
    exercises:
      'three-row antd header, "Trong đó" channels, carried-over, no early column, Chờ bổ sung lũy kế, Trả lại/Rút',
    expect: {
      description:
        'Thanh Hóa unit report (antd columns); returned dossiers are a part of received, "Chờ bổ sung" is cumulative and not.',
      period: { from: '2024-10-01', to: '2024-10-31' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
    },
  });
}
