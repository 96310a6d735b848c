/**
 * Own design (2026): a merged province's monthly report at full size, 8 departments and 116
 * commune-level units (domain.md section 0: 100–170 per province), to keep the paragraph readable.
 * Exercises: a long unit list under bands I / II, "Tổng cộng" total, many units under the online
 * threshold: the paragraph names the worst first and counts the rest instead of listing 60 names.
 */
import {
  band,
  group,
  line,
  num,
  stt,
  totalOf,
  unitName,
  unitRows,
  type BodyRow,
  type SheetSpec,
} from '../build';
import { FORMULAS, inProgress, percentText, random, received, resolved, withOnline } from '../counts';
import { defineLayout } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount'];
const FIRST = [
  'An',
  'Bình',
  'Hòa',
  'Phú',
  'Tân',
  'Long',
  'Mỹ',
  'Vĩnh',
  'Thạnh',
  'Đông',
  'Tây',
  'Hưng',
  'Phước',
  'Thuận',
  'Gia',
];
const SECOND = ['Hòa', 'Lợi', 'Thành', 'Phú', 'Hưng', 'Định', 'Tiến', 'Lộc'];
const DEPARTMENTS = [
  'Nội vụ',
  'Tư pháp',
  'Tài chính',
  'Xây dựng',
  'Y tế',
  'Công Thương',
  'Nông nghiệp và Môi trường',
  'Giáo dục và Đào tạo',
];

function communes(): [string, Level][] {
  const out: [string, Level][] = [];
  for (const a of FIRST)
    for (const b of SECOND)
      if (a !== b && out.length < 116)
        out.push([`${out.length % 5 === 0 ? 'Phường' : 'Xã'} ${a} ${b}`, 'commune']);
  return out;
}

export function layout(): RealLayout {
  const rnd = random(1221);
  const dep = unitRows(
    rnd,
    DEPARTMENTS.map((d) => [`Sở ${d}`, 'department']),
    { size: 1500, online: 0.6 },
  );
  const com = unitRows(rnd, communes(), { size: 250, online: 0.45, late: 0.01 }, dep.length + 1);
  const worst = com[37];
  worst.counts = withOnline(worst.counts!, 0.012);
  const units = [...dep, ...com];
  const body: BodyRow[] = [
    band('I', 'Sở, ban, ngành'),
    ...dep,
    band('II', 'UBND xã, phường'),
    ...com,
    totalOf(units, 'Tổng cộng'),
  ];
  const spec: SheetSpec = {
    sheet: 'Thang 10-2026',
    title: [
      { cells: ['UBND TỈNH ĐỒNG THÁP'] },
      line('KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH'),
      line('Từ ngày 15/9/2026 đến ngày 14/10/2026'),
    ],
    columns: [
      stt(),
      unitName('Cơ quan, đơn vị'),
      group(
        'Số hồ sơ tiếp nhận',
        num('Tổng số', received),
        num('Kỳ trước chuyển qua', 'carried'),
        num('Trực tuyến', 'online'),
        num('Trực tiếp', 'direct'),
      ),
      group(
        'Số hồ sơ đã giải quyết',
        num('Tổng số', resolved),
        num('Trước hạn', 'early'),
        num('Đúng hạn', 'onTime'),
        num('Quá hạn', 'late'),
      ),
      num('Số hồ sơ đang giải quyết', inProgress),
    ],
    body,
  };
  const rate = (u: BodyRow) => FORMULAS.onlineRate(u.counts!).value!;
  const bare = (u: BodyRow) => u.name.replace(/^(Xã|Phường) /, '');
  const below = units.filter((u) => rate(u) < 0.5).sort((a, b) => rate(a) - rate(b));
  const late = below[below.length - 1];
  return defineLayout({
    spec,
    name: 'tinh-dong-thap-2026-124-don-vi',
    source: 'own design (2026 merged province at full size)',
    exercises: '124 units under bands, the paragraph names the worst first and counts the rest',
    expect: {
      description: `A 2026 province with 124 units, ${below.length} under the online threshold: the paragraph must stay readable.`,
      period: { from: '2026-09-15', to: '2026-10-14' },
      scope: { level: 'province', name: 'Đồng Tháp' },
      metrics: METRICS,
      mustNotFind: ['total-mismatch', 'parts-mismatch'],
      narrativeMustContain: ['toàn tỉnh', `${bare(worst)} ${percentText(rate(worst))}`],
      // The least-bad of ~60 units below the threshold is counted, not named.
      narrativeMustNotContain: ['huyện', `${bare(late)} ${percentText(rate(late))}`],
    },
  });
}
