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
import {
  FORMULAS,
  fresh,
  inProgress,
  percentText,
  random,
  received,
  resolved,
  thresholdsFor,
  withOnline,
  type Counts,
} from '../counts';
import { expectedOf } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const DEPARTMENTS: [string, Level][] = [
  ['Sở Nội vụ', 'department'],
  ['Sở Tư pháp', 'department'],
  ['Sở Xây dựng', 'department'],
  ['Sở Nông nghiệp và Môi trường', 'department'],
  ['Ban Quản lý Khu kinh tế Phú Quốc', 'department'],
  ['Công an tỉnh', 'department'],
];
const COMMUNES: [string, Level][] = [
  ['Phường Long Xuyên', 'commune'],
  ['Phường Rạch Giá', 'commune'],
  ['Phường Châu Đốc', 'commune'],
  ['Phường Tân Châu', 'commune'],
  ['Xã Tân Châu', 'commune'],
  ['Xã Mỹ Hòa Hưng', 'commune'],
  ['Xã Vĩnh Hậu', 'commune'],
  ['Đặc khu Phú Quốc', 'commune'],
  ['Đặc khu Kiên Hải', 'commune'],
];
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
      values: [null, 'Trung bình toàn quốc', ...Array(15).fill(null), NATIONAL],
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
        cells: [
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'Đơn vị tính: hồ sơ',
        ],
      },
    ],
    columns: [
      stt(),
      unitName('Cơ quan, đơn vị'),
      {
        title: 'Tiếp nhận',
        children: [
          num('Tổng số', received),
          num('Kỳ trước chuyển sang', (c) => c.carried),
          {
            title: 'Trong kỳ',
            children: [
              num('Trực tuyến', (c) => c.online),
              num('Trực tiếp', (c) => c.direct),
              num('Bưu chính công ích', (c) => c.post),
            ],
          },
        ],
      },
      {
        title: 'Đã giải quyết',
        children: [
          num('Tổng số', resolved),
          pair('Trước hạn', (c) => c.early),
          pair('Đúng hạn', (c) => c.onTime),
          pair('Quá hạn', (c) => c.late),
        ],
      },
      {
        title: 'Đang giải quyết',
        children: [
          num('Tổng số', inProgress),
          num('Trong hạn', (c) => c.notDue),
          num('Quá hạn', (c) => c.overdue),
        ],
      },
      { title: 'Tỷ lệ hồ sơ trực tuyến (%)', cell: (c) => comma(c.online, fresh(c)) },
    ],
    body,
    footer: [
      { cells: [] },
      {
        cells: [
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'An Giang, ngày 05 tháng 12 năm 2026',
        ],
      },
      {
        cells: [null, null, null, null, null, null, null, null, null, null, null, null, null, 'KT. CHỦ TỊCH'],
      },
    ],
  };
  const built = buildSheet(spec);
  const total = FORMULAS.onlineRate(body.find((b) => b.role === 'total')!.counts!).value!;
  const rateOf = (u: BodyRow) => percentText(FORMULAS.onlineRate(u.counts!).value!).replace('%', '');
  return {
    name: 'tinh-an-giang-2026',
    source: 'own design (2026 province, domain.md section 0)',
    exercises:
      'sở + phường/xã/đặc khu under bands I/II, "Toàn tỉnh" total, "Trung bình toàn quốc" benchmark, SL | Tỷ lệ % pairs, shared bare name',
    grid: built.grid,
    expected: expectedOf(built, body, {
      description:
        'A 2026 province: band rows are headings; "Toàn tỉnh" is the total and "Trung bình toàn quốc" the benchmark; Phường Tân Châu and Xã Tân Châu keep their nouns.',
      sheet: spec.sheet,
      period: { from: '2026-11-01', to: '2026-11-30' },
      scope: { level: 'province', name: 'An Giang' },
      metrics: METRICS,
      thresholds: thresholdsFor(METRICS),
      benchmark: { onlineRate: 0.462 },
      mustNotFind: ['total-mismatch', 'parts-mismatch', 'rate-mismatch'],
      narrativeMustContain: [
        `toàn tỉnh đạt ${percentText(total)}`,
        `phường Tân Châu ${rateOf(ward)}%`,
        `xã Tân Châu ${rateOf(commune)}%`,
        `trung bình toàn quốc ${NATIONAL}%`,
      ],
      narrativeMustNotContain: ['huyện', `; Tân Châu`],
    }),
  };
}
