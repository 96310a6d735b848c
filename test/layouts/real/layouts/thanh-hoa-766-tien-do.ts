/**
 * Thanh Hóa one-stop system, export "THEO DÕI TIẾN ĐỘ GIẢI QUYẾT - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY
 * 23/06/2022". Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/thongKeQD766/components/exportElements/XuatThongKeTienDoGiaiQuyet2.tsx
 * (header only). The agency name (merged A:G) and the national motto (merged H:O) share row 1; the
 * period sits in the title cell after a line break; an empty row follows. "Trong kỳ" splits into
 * "Tổng số | Trực tuyến | Trực tiếp | BCCI" one level below "Kỳ trước chuyển sang"; "Trong hạn" means
 * on time under "Đã xử lý" and not yet due under "Đang xử lý". A 2026 province: sở and xã, phường.
 */
import { buildSheet, num, stt, totalOf, unitName, unitRows, type BodyRow, type SheetSpec } from '../build';
import { fresh, inProgress, random, received, resolved, thresholdsFor } from '../counts';
import { expectedOf } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onTimeRate766', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const UNITS: [string, Level][] = [
  ['Sở Tư pháp', 'department'],
  ['Sở Nội vụ', 'department'],
  ['Sở Tài chính', 'department'],
  ['Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp', 'department'],
  ['Phường Hạc Thành', 'commune'],
  ['Phường Sầm Sơn', 'commune'],
  ['Xã Thọ Xuân', 'commune'],
  ['Xã Đông Tiến', 'commune'],
];

export function layout(): RealLayout {
  const rnd = random(1203);
  const units = unitRows(rnd, UNITS, { size: 300, online: 0.6, post: true, late: 0.03 });
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'TienDoGiaiQuyet',
    title: [
      {
        cells: [
          'UBND TỈNH THANH HÓA',
          null,
          null,
          null,
          null,
          null,
          null,
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        ],
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
        title: 'Đã xử lý',
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
    ],
    body,
  };
  const built = buildSheet(spec);
  return {
    name: 'thanh-hoa-766-tien-do',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/thongKeQD766/components/exportElements/XuatThongKeTienDoGiaiQuyet2.tsx',
    exercises:
      'three-row header with "Trong kỳ" one level deeper, "Trong hạn" twice with two meanings, period after a line break',
    grid: built.grid,
    expected: expectedOf(built, body, {
      description:
        'QĐ 766 progress export of a 2026 province (sở, xã, phường); period inside the title cell.',
      sheet: spec.sheet,
      period: { from: '2026-09-01', to: '2026-09-30' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      thresholds: thresholdsFor(METRICS),
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    }),
  };
}
