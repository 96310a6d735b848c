/**
 * Thanh Hóa one-stop system, the 31-column combined unit report (progress, rates, portal sync, online
 * payment). Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/thongKeQD766/components/TienDoGiaiQuyet.tsx (header only).
 * Exercises: a text "Mã định danh" column before the name, a printed rate before the counts, "TỔNG -
 * Kết quả giải quyết" (resolved + in progress), nine printed percentages under "Đánh giá tỷ lệ", a
 * group title ("Thanh toán trực tuyến") spanning two header rows, a numbering row (1)…(31), label-only
 * band rows "I Sở, ban, ngành" / "II Cấp huyện (…)". Pre-2025 data: sở and huyện.
 */
import {
  band,
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
import { foldEarly, fresh, inProgress, pct, random, received, resolved, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = [
  'onTimeRate',
  'onlineRate',
  'lateCount',
  'overdueInProgressCount',
  'portalSyncRate',
  'onlinePaymentRate',
];
const DEPARTMENTS = named(
  'department',
  'Sở Tư pháp',
  'Sở Công Thương',
  'Sở Lao động - Thương binh và Xã hội',
);
const DISTRICTS = named(
  'district',
  'UBND huyện Quảng Xương',
  'UBND huyện Hoằng Hóa',
  'UBND thị xã Bỉm Sơn',
  'UBND thành phố Thanh Hóa',
);
const CODES = [
  '000.00.07.H56',
  '000.00.11.H56',
  '000.00.16.H56',
  '000.00.35.H56',
  '000.00.31.H56',
  '000.00.22.H56',
  '000.00.20.H56',
];

const rate = (title: string, f: (c: Counts) => number) => ({ title, cell: (c: Counts) => f(c) });

export function layout(): RealLayout {
  const rnd = random(1204);
  const shape = foldEarly;
  const dep = unitRows(rnd, DEPARTMENTS, { size: 500, online: 0.7, post: true }, 1, shape);
  const dis = unitRows(
    rnd,
    DISTRICTS,
    { size: 1200, online: 0.45, post: true, late: 0.03 },
    dep.length + 1,
    shape,
  );
  const units = [...dep, ...dis];
  const codes = new Map(units.map((u, i) => [u.name, CODES[i]]));
  const body: BodyRow[] = [
    band('I', 'Sở, ban, ngành'),
    ...dep,
    band('II', 'Cấp huyện (bao gồm các huyện, thị xã, thành phố và xã, phường, thị trấn)'),
    ...dis,
    totalOf(units, 'Tổng cộng'),
  ];
  const spec: SheetSpec = {
    sheet: 'Tổng hợp 766',
    title: [
      { cells: ['UBND TỈNH THANH HÓA'] },
      line('THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG'),
      line('Từ ngày 15/09/2024 đến ngày 14/10/2024'),
    ],
    columns: [
      stt(),
      { title: 'Mã định danh', cell: (_c, r) => (r.role === 'unit' ? codes.get(r.name)! : null) },
      unitName('Tên đơn vị'),
      rate('Tỷ lệ giải quyết của Đơn vị (%)', (c) => pct(resolved(c), received(c))),
      group(
        'Số hồ sơ nhận giải quyết',
        num('Tổng số', received),
        group(
          'Trong đó',
          num('Số mới tiếp nhận trực tuyến', 'online'),
          num('Số kỳ trước chuyển qua', 'carried'),
          num('Số mới tiếp nhận trực tiếp', 'direct'),
          num('Số mới tiếp nhận qua BCCI', 'post'),
        ),
      ),
      group(
        'Kết quả giải quyết',
        group(
          'Số hồ sơ đã giải quyết',
          num('Tổng số', resolved),
          num('HS Đã xử lý đúng hạn', 'onTime'),
          num('HS Đã xử lý quá hạn', 'late'),
        ),
        group(
          'Số hồ sơ đang giải quyết',
          num('Tổng số', inProgress),
          num('HS Đang xử lý đúng hạn', 'notDue'),
          num('HS Đang xử lý quá hạn trên Cổng DVC QG', 'overdue'),
        ),
      ),
      num('TỔNG - Kết quả giải quyết', (c) => resolved(c) + inProgress(c)),
      group(
        'Đánh giá tỷ lệ',
        group(
          'Tỷ lệ hồ sơ đã giải quyết',
          rate('Tỷ lệ HS Đã xử lý đúng hạn (%)', (c) => pct(c.onTime, resolved(c))),
          rate('Tỷ lệ HS Đã xử lý quá hạn (%)', (c) => pct(c.late, resolved(c))),
        ),
        group(
          'Tỷ lệ hồ sơ đang giải quyết',
          rate('Tỷ lệ HS Đang xử lý đúng hạn (%)', (c) => pct(c.notDue, inProgress(c))),
          rate('Tỷ lệ HS Đang xử lý quá hạn (%)', (c) => pct(c.overdue, inProgress(c))),
        ),
        group(
          'Tỷ lệ nộp hồ sơ',
          rate('Tỷ lệ trực tuyến (%)', (c) => pct(c.online, fresh(c))),
          rate('Tỷ lệ trực tiếp (%)', (c) => pct(c.direct, fresh(c))),
          rate('Tỷ lệ nộp BCCI (%)', (c) => pct(c.post, fresh(c))),
        ),
        group(
          'Tỷ lệ xử lý trực tuyến',
          rate('HS trực tuyến xử lý đúng hạn (%)', (c) => pct(c.onTime, resolved(c))),
          rate('HS trực tuyến xử lý quá hạn (%)', (c) => pct(c.late, resolved(c))),
        ),
      ),
      num('Tổng hồ sơ Phải đồng bộ về Cổng DVC QG', received),
      num('Số lượng hồ sơ Đã đồng bộ về cổng DVC QG', 'synced'),
      num('Tổng HS có nghĩa vụ tài chính', 'fee'),
      {
        title: 'Thanh toán trực tuyến',
        rows: 2,
        children: [
          num('Số HS đã TTTT cổng DVC QG', 'paidOnline'),
          rate('Tỷ lệ TTTT cổng DVC QG (%)', (c) => pct(c.paidOnline, c.fee)),
          rate('Tỷ lệ TT trực tiếp (%)', (c) => pct(c.fee - c.paidOnline, c.fee)),
        ],
      },
    ],
    numbering: Array.from({ length: 31 }, (_, i) => `(${i + 1})`),
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-766-tong-hop',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/thongKeQD766/components/TienDoGiaiQuyet.tsx',
    exercises:
      '31 columns: code column, printed rates among counts, sync and payment, group title over two rows, band rows, (1)…(31)',
    expect: {
      description:
        'Combined 766 unit report with label-only band rows I/II and a numbering row; every printed rate agrees.',
      period: { from: '2024-09-15', to: '2024-10-14' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch', 'rate-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
    },
  });
}
