/**
 * Own design (2026) after the origin-split layouts the issue describes: every outcome of a province
 * report split into "Kỳ trước / Trong kỳ" (dossiers carried over vs received in the period).
 * Exercises: a three-row header whose leaves are "Kỳ trước" and "Trong kỳ" under each outcome, with
 * no "Tổng số" for the groups (each figure is a sum over both origins), the merged channel "Trực
 * tiếp, BCCI", departments, wards, communes and the special zone "Đặc khu Cồn Cỏ", "Toàn tỉnh" total.
 */
import { group, line, named, num, stt, unitName, type BodyRow, type SheetSpec } from '../build';
import { makeCounts, random, received, sum, ZERO, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const UNITS = [
  ...named('department', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Y tế'),
  ...named('commune', 'Phường Đồng Hới', 'Phường Đông Hà', 'Xã Vĩnh Linh', 'Xã Lệ Thủy', 'Đặc khu Cồn Cỏ'),
];
type Origin = { carried: Counts; fresh: Counts };

export function layout(): RealLayout {
  const rnd = random(1220);
  const origin = new Map<BodyRow, Origin>();
  const rows: BodyRow[] = UNITS.map(([name, level], i) => {
    // Carried-over dossiers: all of them come from the previous period; new ones have no carried part.
    const a = makeCounts(rnd, { size: 40, online: 0.5 });
    const carried = { ...a, carried: received(a), online: 0, direct: 0, post: 0 };
    const b = makeCounts(rnd, { size: 300, online: 0.55, post: true });
    const fresh = { ...b, carried: 0, direct: b.direct + b.carried };
    const row: BodyRow = { role: 'unit', stt: i + 1, name, level, counts: sum([carried, fresh]) };
    origin.set(row, { carried, fresh });
    return row;
  });
  const all = [...origin.values()];
  const total: BodyRow = {
    role: 'total',
    stt: '',
    name: 'Toàn tỉnh',
    counts: sum(rows.map((r) => r.counts!)),
  };
  origin.set(total, { carried: sum(all.map((o) => o.carried)), fresh: sum(all.map((o) => o.fresh)) });
  const body: BodyRow[] = [...rows, total];
  const split = (title: string, f: (c: Counts) => number) => ({
    title,
    children: [
      { title: 'Kỳ trước', cell: (_c: Counts, r: BodyRow) => f(origin.get(r)?.carried ?? ZERO) },
      { title: 'Trong kỳ', cell: (_c: Counts, r: BodyRow) => f(origin.get(r)?.fresh ?? ZERO) },
    ],
  });
  const spec: SheetSpec = {
    sheet: 'T12-2026',
    title: [
      { cells: ['UBND TỈNH QUẢNG TRỊ'] },
      line('TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO NGUỒN HỒ SƠ'),
      line('Từ ngày 15/11/2026 đến ngày 14/12/2026'),
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
          num('Trực tiếp, BCCI', (c) => c.direct + c.post),
        ),
      ),
      group(
        'Đã giải quyết',
        split('Trước hạn', (c) => c.early),
        split('Đúng hạn', (c) => c.onTime),
        split('Quá hạn', (c) => c.late),
      ),
      group(
        'Đang giải quyết',
        split('Trong hạn', (c) => c.notDue),
        split('Quá hạn', (c) => c.overdue),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'tinh-quang-tri-2026-ky-truoc',
    source: 'own design (2026 province; issue 12 item 2, outcomes split by origin)',
    exercises:
      'every outcome split "Kỳ trước / Trong kỳ", no group totals, merged channel "Trực tiếp, BCCI", Đặc khu, "Toàn tỉnh"',
    expect: {
      description: 'A 2026 province report with every outcome split by origin; rates are over both origins.',
      period: { from: '2026-11-15', to: '2026-12-14' },
      scope: { level: 'province', name: 'Quảng Trị' },
      metrics: METRICS,
      mustNotFind: ['total-mismatch', 'parts-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
