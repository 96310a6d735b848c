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
  buildSheet,
  line,
  num,
  stt,
  totalOf,
  unitName,
  unitRows,
  type BodyRow,
  type SheetSpec,
} from '../build';
import { fresh, inProgress, random, received, resolved, thresholdsFor } from '../counts';
import { expectedOf } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const UNITS: [string, Level][] = [
  ['Sở Nông nghiệp và Môi trường', 'department'],
  ['Sở Tài chính', 'department'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'department'],
  ['Phường Đông Sơn', 'commune'],
  ['Phường Quảng Phú', 'commune'],
  ['Xã Triệu Sơn', 'commune'],
  ['Xã Thiệu Hóa', 'commune'],
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
      {
        title: 'Tiếp nhận',
        children: [
          num('Tổng số', received),
          num('Kỳ trước chuyển sang', (c) => c.carried),
          {
            title: 'Trong kỳ',
            children: [
              num('Tổng số', fresh),
              num('Trực tuyến', (c) => c.online),
              num('Trực tiếp', (c) => c.direct),
              num('BCCI', (c) => c.post),
            ],
          },
        ],
      },
      {
        title: 'Đã xử lý (Đã xử lý xong + Đã trả kết quả + Rút)',
        children: [
          num('Tổng số', resolved),
          num('Trước hạn', (c) => c.early),
          num('Trong hạn', (c) => c.onTime),
          num('Quá hạn', (c) => c.late),
        ],
      },
      {
        title: 'Đang xử lý',
        children: [
          num('Tổng số', inProgress),
          num('Trong hạn', (c) => c.notDue),
          num('Quá hạn', (c) => c.overdue),
        ],
      },
      {
        title: 'Tạm dừng xử lý (Yêu cầu bổ sung, Yêu cầu thực hiện nghĩa vụ tài chính, Dừng xử lý)',
        children: [
          num('Tổng số', (c) => c.suspended),
          num('Trong hạn', (c) => c.suspended - c.suspendedOverdue),
          num('Quá hạn', (c) => c.suspendedOverdue),
        ],
      },
    ],
    body,
  };
  const built = buildSheet(spec);
  return {
    name: 'thanh-hoa-tien-do-tam-dung',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/portaldvc/ThongKe/hooks/useColumnTienDoGiaiQuyet.tsx',
    exercises:
      '"Tạm dừng xử lý (…)" group with its own split as a part of received; explanatory parentheses in headers',
    grid: built.grid,
    expected: expectedOf(built, body, {
      description:
        'Portal progress statistics of a 2026 province with a suspended group (part of received, not in progress).',
      sheet: spec.sheet,
      period: { from: '2026-07-01', to: '2026-07-31' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      thresholds: thresholdsFor(METRICS),
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    }),
  };
}
