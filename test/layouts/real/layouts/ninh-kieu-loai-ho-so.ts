/**
 * Ninh Kiều (Cần Thơ) one-stop software HSHC (ASP.NET DataGrid), ward report by dossier type.
 * Source: nguyenhuynhy/NinhKieu HSHC/THTT/DesktopModules/ThongKeLoaiHoSoPhuong.ascx.vb (PreRender header
 * rows, spans and the formula row "A 1 2=4+11 3 4=5+7+9 5 … 12"), header only.
 * Exercises: a four-row header block with a formula numbering row, count/percent pairs "Trước Hẹn |
 * Tỷ Lệ (%)", "Đúng Hẹn | Tỷ Lệ (%)", "Trễ Hẹn | Tỷ Lệ (%)", rates printed as raw floats
 * (2.4599999999999937), "Ngày Thứ Bảy" (received on Saturdays: a subset, not a part), "Ghi Chú",
 * a stated period "Từ ngày: … đến ngày: …" and a signature line "…, ngày 05 tháng 04 năm 2017".
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
import { inProgress, random, resolved, thresholdsFor, type Counts } from '../counts';
import { expectedOf } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'lateCount'];
const TYPES: [string, Level][] = [
  ['Đăng ký khai sinh', 'field'],
  ['Đăng ký kết hôn', 'field'],
  ['Chứng thực bản sao từ bản chính', 'field'],
  ['Chứng thực chữ ký', 'field'],
  ['Xác nhận tình trạng hôn nhân', 'field'],
];
const raw = (n: number, d: number) => (d ? (n / d) * 100 : 0);
const share = (title: string, f: (c: Counts) => number) => ({
  title,
  cell: (c: Counts) => raw(f(c), resolved(c)),
});

export function layout(): RealLayout {
  const rnd = random(1211);
  const units = unitRows(rnd, TYPES, { size: 120, online: 0, late: 0.05 }, 1, (c) => ({ ...c, carried: 0 }));
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'ThongKe',
    title: [
      { cells: ['UBND QUẬN NINH KIỀU'] },
      { cells: ['UBND PHƯỜNG TÂN AN'] },
      line('THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO LOẠI HỒ SƠ'),
      line('Từ ngày: 01/03/2017 đến ngày: 31/03/2017'),
    ],
    columns: [
      stt(),
      unitName('Tên Loại Hồ Sơ'),
      {
        title: 'Hồ Sơ Nhận',
        children: [
          num('Tổng Số', (c) => resolved(c) + inProgress(c)),
          num('Ngày Thứ Bảy', (c) => c.saturday),
        ],
      },
      {
        title: 'Hồ Sơ Đã Giải Quyết',
        children: [
          num('Tổng Số', resolved),
          {
            title: 'Trong Đó',
            children: [
              num('Trước Hẹn', (c) => c.early),
              share('Tỷ Lệ (%)', (c) => c.early),
              num('Đúng Hẹn', (c) => c.onTime),
              share('Tỷ Lệ (%)', (c) => c.onTime),
              num('Trễ Hẹn', (c) => c.late),
              share('Tỷ Lệ (%)', (c) => c.late),
            ],
          },
        ],
      },
      num('Hồ Sơ Đang Giải Quyết', inProgress),
      { title: 'Ghi Chú', cell: () => null },
    ],
    numbering: ['A', '1', '2=4+11', '3', '4=5+7+9', '5', '6', '7', '8', '9', '10', '11', '12'],
    body,
    footer: [
      { cells: [] },
      { cells: [null, null, null, null, null, null, null, null, 'Ninh Kiều, ngày 05 tháng 04 năm 2017'] },
      { cells: [null, 'NGƯỜI LẬP BIỂU', null, null, null, null, null, null, 'CHỦ TỊCH'] },
    ],
  };
  const built = buildSheet(spec);
  return {
    name: 'ninh-kieu-loai-ho-so',
    source: 'nguyenhuynhy/NinhKieu HSHC/THTT/DesktopModules/ThongKeLoaiHoSoPhuong.ascx.vb',
    exercises:
      'count/percent pairs, raw-float rates, formula numbering row, Saturday subset, stated period with colons, signature date',
    grid: built.grid,
    expected: expectedOf(built, body, {
      description:
        'A ward report by dossier type (pre-2025): rows are fields; the signature date is not the period.',
      sheet: spec.sheet,
      period: { from: '2017-03-01', to: '2017-03-31' },
      scope: { level: 'commune', name: 'Tân An' },
      metrics: METRICS,
      thresholds: thresholdsFor(METRICS),
      mustNotFind: ['parts-mismatch', 'rate-mismatch'],
      narrativeMustContain: ['toàn phường'],
      narrativeMustNotContain: ['toàn huyện', 'toàn tỉnh'],
    }),
  };
}
