/**
 * Own design after the pre-2025 district reports the issue quotes (not a reproduced source): a
 * district's quarterly report with count/percent pairs and abbreviated names.
 * Exercises: "Đúng hạn > SL | Tỷ lệ %", "Quá hạn > SL | Tỷ lệ %" under "Đã giải quyết" and
 * "Chưa tới hạn > SL | Tỷ lệ %", "Quá hạn > SL | Tỷ lệ %" under "Đang giải quyết" (the SL column is the
 * count, the printed rate is checked, not used); names "UBND TT Kiến Giang" (thị trấn), "TT NT Lệ Ninh"
 * (thị trấn nông trường), "X. Mỹ Thủy"; label-only bands "I Cấp huyện" / "II Cấp xã"; a quarter
 * stated 15th to 14th. Pre-2025: the scope is the district, the paragraph says "toàn huyện".
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
import { foldEarly, inProgress, random, received, resolved, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
// Offices of a pre-2025 district under its "Cấp huyện" band are district-level units, as the shared
// An Lão fixture (ho-so-an-lao-2024-04) pins it.
const OFFICES = named(
  'district',
  'Phòng Tư pháp',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Kinh tế và Hạ tầng',
);
const COMMUNES = named(
  'commune',
  'UBND TT Kiến Giang',
  'TT NT Lệ Ninh',
  'X. Mỹ Thủy',
  'UBND xã Phong Thủy',
  'UBND xã Sen Thủy',
);
const share = (n: number, d: number) => (d ? ((n / d) * 100).toFixed(1).replace('.', ',') : '');
const pair = (title: string, f: (c: Counts) => number, of: (c: Counts) => number) => ({
  title,
  children: [num('SL', f), { title: 'Tỷ lệ %', cell: (c: Counts) => share(f(c), of(c)) }],
});

export function layout(): RealLayout {
  const rnd = random(1219);
  const dep = unitRows(rnd, OFFICES, { size: 160, online: 0.5, late: 0.04 }, 1, foldEarly);
  const com = unitRows(rnd, COMMUNES, { size: 220, online: 0.35, late: 0.02 }, dep.length + 1, foldEarly);
  const units = [...dep, ...com];
  const body: BodyRow[] = [
    band('I', 'Cấp huyện'),
    ...dep,
    band('II', 'Cấp xã'),
    ...com,
    totalOf(units, 'Tổng cộng'),
  ];
  const spec: SheetSpec = {
    sheet: 'Quy I-2024',
    title: [
      { cells: ['UBND HUYỆN LỆ THỦY'] },
      { cells: ['VĂN PHÒNG HĐND VÀ UBND'] },
      line('BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2024'),
      line('(Từ ngày 15/12/2023 đến ngày 14/03/2024)'),
    ],
    columns: [
      stt(),
      unitName('Đơn vị'),
      group(
        'Tiếp nhận',
        num('Tổng số', received),
        num('Kỳ trước', 'carried'),
        group('Trong kỳ', num('Trực tuyến', 'online'), num('Trực tiếp', 'direct')),
      ),
      group(
        'Đã giải quyết',
        num('Tổng số', resolved),
        pair('Đúng hạn', (c) => c.onTime, resolved),
        pair('Quá hạn', (c) => c.late, resolved),
      ),
      group(
        'Đang giải quyết',
        num('Tổng số', inProgress),
        pair('Chưa tới hạn', (c) => c.notDue, inProgress),
        pair('Quá hạn', (c) => c.overdue, inProgress),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'huyen-le-thuy-2024',
    source: 'own design (pre-2025 district report; issue 12 items 1 and 10)',
    exercises:
      'SL | Tỷ lệ % pairs under resolved and in progress, abbreviated names UBND TT / TT NT / X., bands I/II',
    expect: {
      description:
        'A pre-2025 district report: count/percent pairs, abbreviated commune names, label-only bands.',
      period: { from: '2023-12-15', to: '2024-03-14' },
      scope: { level: 'district', name: 'Lệ Thủy' },
      metrics: METRICS,
      mustNotFind: ['total-mismatch', 'parts-mismatch', 'rate-mismatch'],
      narrativeMustContain: ['toàn huyện'],
      narrativeMustNotContain: ['toàn tỉnh'],
    },
  });
}
