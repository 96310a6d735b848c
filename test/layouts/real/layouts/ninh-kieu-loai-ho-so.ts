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
import { inProgress, random, resolved, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'lateCount'];
const TYPES = named(
  'field',
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Chứng thực bản sao từ bản chính',
  'Chứng thực chữ ký',
  'Xác nhận tình trạng hôn nhân',
);
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
      group(
        'Hồ Sơ Nhận',
        num('Tổng Số', (c) => resolved(c) + inProgress(c)),
        num('Ngày Thứ Bảy', 'saturday'),
      ),
      group(
        'Hồ Sơ Đã Giải Quyết',
        num('Tổng Số', resolved),
        group(
          'Trong Đó',
          num('Trước Hẹn', 'early'),
          share('Tỷ Lệ (%)', (c) => c.early),
          num('Đúng Hẹn', 'onTime'),
          share('Tỷ Lệ (%)', (c) => c.onTime),
          num('Trễ Hẹn', 'late'),
          share('Tỷ Lệ (%)', (c) => c.late),
        ),
      ),
      num('Hồ Sơ Đang Giải Quyết', inProgress),
      { title: 'Ghi Chú', cell: () => null },
    ],
    numbering: ['A', '1', '2=4+11', '3', '4=5+7+9', '5', '6', '7', '8', '9', '10', '11', '12'],
    body,
    footer: [
      { cells: [] },
      { cells: cellsAt({ 8: 'Ninh Kiều, ngày 05 tháng 04 năm 2017' }) },
      { cells: cellsAt({ 1: 'NGƯỜI LẬP BIỂU', 8: 'CHỦ TỊCH' }) },
    ],
  };
  return defineLayout({
    spec,
    name: 'ninh-kieu-loai-ho-so',
    source: 'nguyenhuynhy/NinhKieu HSHC/THTT/DesktopModules/ThongKeLoaiHoSoPhuong.ascx.vb',
    exercises:
      'count/percent pairs, raw-float rates, formula numbering row, Saturday subset, stated period with colons, signature date',
    expect: {
      description:
        'A ward report by dossier type (pre-2025): rows are fields; the signature date is not the period.',
      period: { from: '2017-03-01', to: '2017-03-31' },
      scope: { level: 'commune', name: 'Tân An' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'rate-mismatch'],
      narrativeMustContain: ['toàn phường'],
      narrativeMustNotContain: ['toàn huyện', 'toàn tỉnh'],
    },
  });
}
