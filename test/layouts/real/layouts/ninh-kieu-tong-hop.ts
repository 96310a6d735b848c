/**
 * Ninh Kiều (Cần Thơ) one-stop software HSHC (ASP.NET DataGrid), ward summary by dossier type.
 * Source: nguyenhuynhy/NinhKieu HSHC/THTT/DesktopModules/CP_ThongKeTongHop.ascx.vb (PreRender header
 * rows and spans), header only.
 * Exercises: three bare "%" columns, one per group, each meaning a different rate (on time among
 * resolved, in time among unresolved, collected among returned results); groups without "Tổng số";
 * "Trả hồ sơ > Đã nhận / Chưa nhận" splits resolved, not received. A month stated 15th to 14th after
 * a month label.
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
import { foldEarly, fresh, inProgress, pct, random, resolved } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'lateCount', 'overdueInProgressCount'];
const TYPES = named(
  'field',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  'Đăng ký hộ kinh doanh',
  'Chứng thực hợp đồng, giao dịch',
  'Đăng ký khai tử',
);

export function layout(): RealLayout {
  const rnd = random(1216);
  const units = unitRows(rnd, TYPES, { size: 80, online: 0, late: 0.06 }, 1, foldEarly);
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'TongHop',
    title: [
      { cells: ['UBND PHƯỜNG XUÂN KHÁNH'] },
      line('BẢNG THỐNG KÊ TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ'),
      line('Tháng 03/2017 - Từ ngày 15/02/2017 đến ngày 14/03/2017'),
    ],
    columns: [
      stt(),
      unitName('Tên loại hồ sơ'),
      num('Tồn trước', 'carried'),
      num('Nhận trong kỳ', fresh),
      group(
        'Đã giải quyết',
        num('Đúng hạn', 'onTime'),
        num('Quá hạn', 'late'),
        num('%', (c) => pct(c.onTime, resolved(c))),
      ),
      group(
        'Chưa giải quyết',
        num('Trong hạn', 'notDue'),
        num('Quá hạn', 'overdue'),
        num('%', (c) => pct(c.notDue, inProgress(c))),
      ),
      group(
        'Trả hồ sơ',
        num('Đã nhận', (c) => resolved(c) - c.uncollected),
        num('Chưa nhận', 'uncollected'),
        num('%', (c) => pct(resolved(c) - c.uncollected, resolved(c))),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'ninh-kieu-tong-hop',
    source: 'nguyenhuynhy/NinhKieu HSHC/THTT/DesktopModules/CP_ThongKeTongHop.ascx.vb',
    exercises:
      'three bare "%" columns with different meanings, no "Tổng số" columns, collected/uncollected split of resolved',
    expect: {
      description: 'A ward summary by dossier type (pre-2025); each bare "%" belongs to its own group.',
      period: { from: '2017-02-15', to: '2017-03-14' },
      scope: { level: 'commune', name: 'Xuân Khánh' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'rate-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn phường'],
      narrativeMustNotContain: ['toàn tỉnh', 'toàn huyện'],
    },
  });
}
