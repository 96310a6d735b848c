/**
 * Own design (2026, after the two-tier reform; domain.md section 0): a province report listing
 * departments and the communes, wards and special zones of the merged province.
 * Exercises: label-only band rows "I Sở, ban, ngành" / "II UBND xã, phường, đặc khu", the total row
 * "Toàn tỉnh" (a total, not a benchmark), a "Trung bình toàn quốc" benchmark row carrying one rate,
 * count/percent pairs "Trước hạn / Đúng hạn / Quá hạn > SL | Tỷ lệ %", "Trong kỳ" split by channel,
 * a stated period "(Số liệu từ ngày … đến ngày …)" under a month label, a signature date, and a ward and
 * a commune sharing the bare name "Tân Châu" (the paragraph must keep both nouns).
 */
import {
  band,
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
import {
  FORMULAS,
  fresh,
  inProgress,
  percentText,
  random,
  received,
  resolved,
  withOnline,
  type Counts,
} from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const DEPARTMENTS = named(
  'department',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
  'Ban Quản lý Khu kinh tế Phú Quốc',
  'Công an tỉnh',
);
const COMMUNES = named(
  'commune',
  'Phường Long Xuyên',
  'Phường Rạch Giá',
  'Phường Châu Đốc',
  'Phường Tân Châu',
  'Xã Tân Châu',
  'Xã Mỹ Hòa Hưng',
  'Xã Vĩnh Hậu',
  'Đặc khu Phú Quốc',
  'Đặc khu Kiên Hải',
);
const comma = (n: number, d: number) => (d ? ((n / d) * 100).toFixed(2).replace('.', ',') : '0,00');
const pair = (title: string, f: (c: Counts) => number) => ({
  title,
  children: [num('SL', f), { title: 'Tỷ lệ %', cell: (c: Counts) => comma(f(c), resolved(c)) }],
});

export function layout(): RealLayout {
  const rnd = random(1213);
  const dep = unitRows(rnd, DEPARTMENTS, { size: 1800, online: 0.6, post: true });
  const com = unitRows(rnd, COMMUNES, { size: 450, online: 0.55, post: true, late: 0.01 }, dep.length + 1);
  // Pin the two "Tân Châu" units under the 50% online threshold, far apart.
  const ward = com.find((u) => u.name === 'Phường Tân Châu')!;
  const commune = com.find((u) => u.name === 'Xã Tân Châu')!;
  ward.counts = withOnline(ward.counts!, 0.494);
  commune.counts = withOnline(commune.counts!, 0.009);
  const units = [...dep, ...com];
  const NATIONAL = '46,20';
  const body: BodyRow[] = [
    band('I', 'Sở, ban, ngành'),
    ...dep,
    band('II', 'UBND xã, phường, đặc khu'),
    ...com,
    totalOf(units, 'Toàn tỉnh'),
    {
      role: 'benchmark',
      stt: null,
      name: 'Trung bình toàn quốc',
      values: cellsAt({ 1: 'Trung bình toàn quốc', 17: NATIONAL }),
    },
  ];
  const spec: SheetSpec = {
    sheet: 'Thang 11-2026',
    title: [
      { cells: ['UBND TỈNH AN GIANG'] },
      { cells: ['VĂN PHÒNG UBND TỈNH'] },
      { cells: [] },
      line('KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 11/2026'),
      line('(Số liệu từ ngày 01/11/2026 đến ngày 30/11/2026)'),
    ],
    beforeHeader: [
      {
        cells: cellsAt({ 17: 'Đơn vị tính: hồ sơ' }),
      },
    ],
    columns: [
      stt(),
      unitName('Cơ quan, đơn vị'),
      group(
        'Tiếp nhận',
        num('Tổng số', received),
        num('Kỳ trước chuyển sang', 'carried'),
        group(
          'Trong kỳ',
          num('Trực tuyến', 'online'),
          num('Trực tiếp', 'direct'),
          num('Bưu chính công ích', 'post'),
        ),
      ),
      group(
        'Đã giải quyết',
        num('Tổng số', resolved),
        pair('Trước hạn', (c) => c.early),
        pair('Đúng hạn', (c) => c.onTime),
        pair('Quá hạn', (c) => c.late),
      ),
      group(
        'Đang giải quyết',
        num('Tổng số', inProgress),
        num('Trong hạn', 'notDue'),
        num('Quá hạn', 'overdue'),
      ),
      { title: 'Tỷ lệ hồ sơ trực tuyến (%)', cell: (c) => comma(c.online, fresh(c)) },
    ],
    body,
    footer: [
      { cells: [] },
      {
        cells: cellsAt({ 13: 'An Giang, ngày 05 tháng 12 năm 2026' }),
      },
      {
        cells: cellsAt({ 13: 'KT. CHỦ TỊCH' }),
      },
    ],
  };
  const total = FORMULAS.onlineRate(body.find((b) => b.role === 'total')!.counts!).value!;
  const rateOf = (u: BodyRow) => percentText(FORMULAS.onlineRate(u.counts!).value!).replace('%', '');
  return defineLayout({
    spec,
    name: 'tinh-an-giang-2026',
    source: 'own design (2026 province, domain.md section 0)',
    exercises:
      'sở + phường/xã/đặc khu under bands I/II, "Toàn tỉnh" total, "Trung bình toàn quốc" benchmark, SL | Tỷ lệ % pairs, shared bare name',
    expect: {
      description:
        'A 2026 province: band rows are headings; "Toàn tỉnh" is the total and "Trung bình toàn quốc" the benchmark; Phường Tân Châu and Xã Tân Châu keep their nouns.',
      period: { from: '2026-11-01', to: '2026-11-30' },
      scope: { level: 'province', name: 'An Giang' },
      metrics: METRICS,
      benchmark: { onlineRate: 0.462 },
      mustNotFind: ['total-mismatch', 'parts-mismatch', 'rate-mismatch'],
      narrativeMustContain: [
        `toàn tỉnh đạt ${percentText(total)}`,
        `phường Tân Châu ${rateOf(ward)}%`,
        `xã Tân Châu ${rateOf(commune)}%`,
        `trung bình toàn quốc ${NATIONAL}%`,
      ],
      narrativeMustNotContain: ['huyện', `; Tân Châu`],
    },
  });
}
