/**
 * Thanh Hóa public service portal, "Tiến độ giải quyết" statistics (antd columns with children).
 * Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/portaldvc/ThongKe/hooks/useColumnTienDoGiaiQuyet.tsx (header only).
 * Exercises: a fourth group "Tạm dừng xử lý (Yêu cầu bổ sung, Yêu cầu thực hiện nghĩa vụ tài chính,
 * Dừng xử lý)" with its own "Tổng số | Trong hạn | Quá hạn" (a part of received; its overdue dossiers
 * are not overdue in progress), headers that explain themselves in parentheses ("Đã xử lý (Đã xử lý
 * xong + Đã trả kết quả + Rút)"), "Trong kỳ > Tổng số" one level below "Kỳ trước chuyển sang".
 */
import {
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
import { inProgress, random, resolved } from '../counts';
import { defineLayout } from '../expected';
import { RECEIPTS } from './thanh-hoa-766-tien-do';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const UNITS = [
  ...named('department', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch'),
  ...named('commune', 'Phường Đông Sơn', 'Phường Quảng Phú', 'Xã Triệu Sơn', 'Xã Thiệu Hóa'),
];

export function layout(): RealLayout {
  const rnd = random(1217);
  const units = unitRows(rnd, UNITS, { size: 350, online: 0.6, post: true, suspended: true, late: 0.02 });
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'Tiến độ giải quyết',
    title: [
      line('THỐNG KÊ TIẾN ĐỘ GIẢI QUYẾT HỒ SƠ - TỈNH THANH HÓA'),
      line('Từ ngày 01/07/2026 đến ngày 31/07/2026'),
    ],
    columns: [
      stt(),
      unitName('Đơn vị'),
      RECEIPTS,
      group(
        'Đã xử lý (Đã xử lý xong + Đã trả kết quả + Rút)',
        num('Tổng số', resolved),
        num('Trước hạn', 'early'),
        num('Trong hạn', 'onTime'),
        num('Quá hạn', 'late'),
      ),
      group('Đang xử lý', num('Tổng số', inProgress), num('Trong hạn', 'notDue'), num('Quá hạn', 'overdue')),
      group(
        'Tạm dừng xử lý (Yêu cầu bổ sung, Yêu cầu thực hiện nghĩa vụ tài chính, Dừng xử lý)',
        num('Tổng số', 'suspended'),
        num('Trong hạn', (c) => c.suspended - c.suspendedOverdue),
        num('Quá hạn', 'suspendedOverdue'),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-tien-do-tam-dung',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/portaldvc/ThongKe/hooks/useColumnTienDoGiaiQuyet.tsx',
    exercises:
      '"Tạm dừng xử lý (…)" group with its own split as a part of received; explanatory parentheses in headers',
    expect: {
      description:
        'Portal progress statistics of a 2026 province with a suspended group (part of received, not in progress).',
      period: { from: '2026-07-01', to: '2026-07-31' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
