/**
 * Ninh Kiều (Cần Thơ) one-stop software HSHC (ASP.NET DataGrid), district report by field.
 * Source: nguyenhuynhy/NinhKieu HSHC/HSHC/DesktopModules/ThongKeLinhVuc.ascx.vb (PreRender header rows
 * and spans), header only.
 * Exercises: groups without a "Tổng số" column (resolved and unresolved are sums of their parts),
 * "Tồn trước" (carried), "Nhận trong kỳ", "Hủy trong kỳ" (cancelled: taken off, not a part),
 * "Chờ bổ sung" inside "Chưa giải quyết", and "Trả hồ sơ > Đã nhận / Chưa nhận" (results collected or
 * not: a split of resolved, not of received). A quarter stated 15th to 14th.
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
import { foldEarly, fresh, random, resolved } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'lateCount', 'overdueInProgressCount'];
const FIELDS = named(
  'field',
  'Xây dựng',
  'Đất đai',
  'Đăng ký kinh doanh',
  'Tư pháp - Hộ tịch',
  'Lao động - Thương binh và Xã hội',
  'Văn hóa - Thông tin',
);

export function layout(): RealLayout {
  const rnd = random(1212);
  // Dossiers waiting for supplements are part of "Chưa giải quyết" here: suspended counts stand for them.
  const units = unitRows(rnd, FIELDS, { size: 300, online: 0, suspended: true, late: 0.04 }, 1, foldEarly);
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'LinhVuc',
    title: [
      { cells: ['UBND QUẬN NINH KIỀU'] },
      { cells: ['BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ'] },
      line('THỐNG KÊ HỒ SƠ THEO LĨNH VỰC'),
      line('Từ ngày 15/12/2016 đến ngày 14/03/2017'),
    ],
    columns: [
      stt(),
      unitName('Tên lĩnh vực'),
      num('Tồn trước', 'carried'),
      num('Nhận trong kỳ', (c) => fresh(c) + c.cancelled),
      num('Hủy trong kỳ', 'cancelled'),
      group('Đã giải quyết', num('Đúng hạn', 'onTime'), num('Quá hạn', 'late')),
      group(
        'Chưa giải quyết',
        num('Trong hạn', 'notDue'),
        num('Quá hạn', 'overdue'),
        num('Chờ bổ sung', 'suspended'),
      ),
      group(
        'Trả hồ sơ',
        num('Đã nhận', (c) => resolved(c) - c.uncollected),
        num('Chưa nhận', 'uncollected'),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'ninh-kieu-linh-vuc',
    source: 'nguyenhuynhy/NinhKieu HSHC/HSHC/DesktopModules/ThongKeLinhVuc.ascx.vb',
    exercises:
      'no "Tổng số" columns, cancelled in the period, Chờ bổ sung inside unresolved, collected/uncollected split of resolved',
    expect: {
      description:
        'District report by field (pre-2025 quận): resolved = đúng hạn + quá hạn, with no total column.',
      period: { from: '2016-12-15', to: '2017-03-14' },
      scope: { level: 'district', name: 'Ninh Kiều' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn quận'],
      narrativeMustNotContain: ['toàn tỉnh'],
    },
  });
}
