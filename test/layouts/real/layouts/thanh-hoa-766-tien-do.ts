/**
 * Thanh Hóa one-stop system, export "THEO DÕI TIẾN ĐỘ GIẢI QUYẾT - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY
 * 23/06/2022". Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/thongKeQD766/components/exportElements/XuatThongKeTienDoGiaiQuyet2.tsx
 * (header only). The agency name (merged A:G) and the national motto (merged H:O) share row 1; the
 * period sits in the title cell after a line break; an empty row follows. "Trong kỳ" splits into
 * "Tổng số | Trực tuyến | Trực tiếp | BCCI" one level below "Kỳ trước chuyển sang"; "Trong hạn" means
 * on time under "Đã xử lý" and not yet due under "Đang xử lý". A 2026 province: sở and xã, phường.
 */
import {
  cellsAt,
  group,
  named,
  num,
  stt,
  totalOf,
  unitName,
  unitRows,
  type BodyRow,
  type SheetSpec,
} from '../build';
import { fresh, inProgress, random, received, resolved } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onTimeRate766', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const UNITS = [
  ...named(
    'department',
    'Sở Tư pháp',
    'Sở Nội vụ',
    'Sở Tài chính',
    'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp',
  ),
  ...named('commune', 'Phường Hạc Thành', 'Phường Sầm Sơn', 'Xã Thọ Xuân', 'Xã Đông Tiến'),
];

/** The receipt group of this system's progress screens (also on the portal, thanh-hoa-tien-do-tam-dung). */
export const RECEIPTS = group(
  'Tiếp nhận',
  num('Tổng số', received),
  num('Kỳ trước chuyển sang', 'carried'),
  group(
    'Trong kỳ',
    num('Tổng số', fresh),
    num('Trực tuyến', 'online'),
    num('Trực tiếp', 'direct'),
    num('BCCI', 'post'),
  ),
);

export function layout(): RealLayout {
  const rnd = random(1203);
  const units = unitRows(rnd, UNITS, { size: 300, online: 0.6, post: true, late: 0.03 });
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'TienDoGiaiQuyet',
    title: [
      {
        cells: cellsAt({
          0: 'UBND TỈNH THANH HÓA',
          7: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        }),
        merge: [
          [0, 6],
          [7, 14],
        ],
      },
      {
        cells: [
          'THEO DÕI TIẾN ĐỘ GIẢI QUYẾT - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY 23/06/2022\n(Từ ngày 01/09/2026 đến ngày 30/09/2026 )',
        ],
        merge: 'full',
      },
      { cells: [] },
    ],
    columns: [
      stt(),
      unitName('Đơn vị'),
      RECEIPTS,
      group(
        'Đã xử lý',
        num('Tổng số', resolved),
        num('Trước hạn', 'early'),
        num('Trong hạn', 'onTime'),
        num('Quá hạn', 'late'),
      ),
      group('Đang xử lý', num('Tổng số', inProgress), num('Trong hạn', 'notDue'), num('Quá hạn', 'overdue')),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-766-tien-do',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/thongKeQD766/components/exportElements/XuatThongKeTienDoGiaiQuyet2.tsx',
    exercises:
      'three-row header with "Trong kỳ" one level deeper, "Trong hạn" twice with two meanings, period after a line break',
    expect: {
      description:
        'QĐ 766 progress export of a 2026 province (sở, xã, phường); period inside the title cell.',
      period: { from: '2026-09-01', to: '2026-09-30' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
