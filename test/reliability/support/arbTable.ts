/**
 * fast-check generator of consistent dossier-statistics tables: random units and counts that add up,
 * header wording picked from synonyms, random column order, optional title, group, total, rate columns.
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/grid';
import { letter } from './dossier';
import type { Cell } from './workbook';

const FIELDS = [
  'recv',
  'online',
  'direct',
  'postal',
  'carried',
  'res',
  'early',
  'onTime',
  'late',
  'prog',
  'notDue',
  'overdue',
] as const;
type Field = (typeof FIELDS)[number];
type Group = 'recv' | 'res' | 'prog';
const groupOf = (f: Field): Group =>
  FIELDS.indexOf(f) < 5 ? 'recv' : FIELDS.indexOf(f) < 9 ? 'res' : 'prog';

/** Group titles and leaves as officers' sheets word them (two-row headers). */
const GROUP_TITLES: Record<Group, string[]> = {
  recv: ['Số hồ sơ nhận giải quyết', 'Tiếp nhận', 'Số hồ sơ tiếp nhận', 'Hồ sơ tiếp nhận'],
  res: ['Số hồ sơ đã giải quyết', 'Đã giải quyết', 'Kết quả giải quyết', 'Đã xử lý'],
  prog: ['Số hồ sơ đang giải quyết', 'Đang giải quyết', 'Đang xử lý'],
};
const LEAVES: Record<Field, string[]> = {
  recv: ['Tổng số', 'Tổng'],
  online: ['Trực tuyến', 'Nộp trực tuyến', 'Số mới tiếp nhận trực tuyến'],
  direct: ['Trực tiếp', 'Nộp trực tiếp', 'Số mới tiếp nhận trực tiếp'],
  postal: ['Qua bưu chính công ích', 'BCCI', 'Qua dịch vụ bưu chính'],
  carried: ['Kỳ trước chuyển qua', 'Từ kỳ trước', 'Tồn kỳ trước'],
  res: ['Tổng số'],
  early: ['Trước hạn', 'Trả trước hạn', 'Sớm hạn'],
  onTime: ['Đúng hạn', 'Trả đúng thời hạn', 'Đúng hẹn'],
  late: ['Quá hạn', 'Trả quá hạn', 'Trễ hạn'],
  prog: ['Tổng số'],
  notDue: ['Chưa đến hạn', 'Trong hạn', 'Còn hạn'],
  overdue: ['Quá hạn', 'Trễ hạn'],
};
/** One-row headers: each cell says it all, so any column order works. */
const FLAT: Record<Field, string[]> = {
  recv: ['Tổng số hồ sơ tiếp nhận', 'Tổng số hồ sơ nhận giải quyết'],
  online: ['Tiếp nhận trực tuyến', 'Số hồ sơ nộp trực tuyến', 'Trực tuyến'],
  direct: ['Tiếp nhận trực tiếp', 'Số hồ sơ nộp trực tiếp', 'Trực tiếp'],
  postal: ['Tiếp nhận qua bưu chính công ích'],
  carried: ['Kỳ trước chuyển qua', 'Tồn kỳ trước'],
  res: ['Đã giải quyết', 'Tổng số đã giải quyết', 'Số hồ sơ đã giải quyết'],
  early: ['Đã giải quyết trước hạn', 'Số hồ sơ đã giải quyết trước hạn', 'Giải quyết trước hạn'],
  onTime: ['Đã giải quyết đúng hạn', 'Số hồ sơ đã giải quyết đúng hạn', 'Giải quyết đúng hạn'],
  late: ['Đã giải quyết quá hạn', 'Đã giải quyết trễ hạn', 'Giải quyết quá hạn'],
  prog: ['Đang giải quyết', 'Tổng số đang giải quyết'],
  notDue: ['Đang giải quyết trong hạn', 'Đang giải quyết chưa đến hạn'],
  overdue: ['Đang giải quyết quá hạn', 'Đang xử lý quá hạn'],
};
const NAME_HEADERS = ['Đơn vị', 'Tên đơn vị', 'Cơ quan, đơn vị', 'Tên cơ quan'];
const STT_HEADERS = ['STT', 'TT', 'Số TT'];
const BASES = [
  'An Hưng|An Trung|An Dũng|An Vinh|Tân Dân|Cộng Lạc|Tống Trân|Quang Trung|Hòa Bình|Đông Sơn|Bình Minh',
  "Trung Lập|Liên Hợp|Châu Hồng|Ninh Cường|Đ'Ran|Ea Kly|Tư pháp",
].flatMap((line) => line.split('|'));
const PREFIXES = ['Xã ', 'UBND xã ', 'Phường ', 'Thị trấn ', 'UBND thị trấn ', 'TT. ', ''];

export interface GenUnit {
  name: string;
  v: Record<Field, number>;
}

export interface GenTable {
  rows: Cell[][];
  merges: string[];
  numFmts: Record<string, string>;
  units: GenUnit[];
  /** Whether the postal column exists (otherwise online + direct is what was newly received). */
  postal: boolean;
}

const countsArb = fc
  .record({
    online: fc.nat(400),
    direct: fc.nat(400),
    postal: fc.nat(20),
    carried: fc.nat(30),
    early: fc.nat(300),
    onTime: fc.nat(300),
    late: fc.nat(15),
    overdue: fc.nat(10),
  })
  .map((c) => {
    const res = c.early + c.onTime + c.late;
    // Received = resolved + in progress: the "not yet due" count takes up the difference.
    const notDue = Math.max(0, c.online + c.direct + c.postal + c.carried - res - c.overdue);
    const carried = c.carried + Math.max(0, res + c.overdue - (c.online + c.direct + c.postal + c.carried));
    const v = { ...c, carried, notDue, res, prog: notDue + c.overdue, recv: 0 };
    v.recv = v.online + v.direct + v.postal + v.carried;
    return v as Record<Field, number>;
  });

const unitsArb = fc
  .uniqueArray(fc.constantFrom(...BASES), { minLength: 1, maxLength: 10 })
  .chain((bases) =>
    fc.tuple(
      ...bases.map((b) =>
        fc.tuple(fc.constantFrom(...PREFIXES), countsArb).map(([p, v]) => ({ name: p + b, v })),
      ),
    ),
  );

const pick = <T>(xs: T[]) => fc.constantFrom(...xs);

export const tableArb: fc.Arbitrary<GenTable> = fc
  .record({
    units: unitsArb,
    flat: fc.boolean(),
    postal: fc.boolean(),
    groups: fc.boolean(),
    total: fc.boolean(),
    colNumbers: fc.boolean(),
    title: fc.boolean(),
    rates: fc.boolean(),
    left: fc.nat(2),
    textNumbers: fc.boolean(),
    blankEvery: fc.nat(4),
    footer: fc.boolean(),
    groupOrder: fc.shuffledSubarray<Group>(['recv', 'res', 'prog'], { minLength: 3, maxLength: 3 }),
    wording: fc.record({ name: pick(NAME_HEADERS), stt: pick(STT_HEADERS) }),
  })
  .chain((o) =>
    fc
      .tuple(
        fc.shuffledSubarray(fieldsOf(o.postal), { minLength: fieldsOf(o.postal).length }),
        fc.tuple(...fieldsOf(o.postal).map((f) => pick(o.flat ? FLAT[f] : LEAVES[f]))),
        fc.tuple(pick(GROUP_TITLES.recv), pick(GROUP_TITLES.res), pick(GROUP_TITLES.prog)),
      )
      .map(([order, leaves, titles]) => buildTable(o, order, leaves, titles)),
  );

function fieldsOf(postal: boolean): Field[] {
  return [...FIELDS].filter((f) => postal || f !== 'postal');
}

interface TableChoice {
  units: GenUnit[];
  flat: boolean;
  postal: boolean;
  groups: boolean;
  total: boolean;
  colNumbers: boolean;
  title: boolean;
  rates: boolean;
  left: number;
  /** Counts typed as text, with dot thousands ("1.234"). */
  textNumbers: boolean;
  /** A blank row after every n-th unit (0: none). */
  blankEvery: number;
  footer: boolean;
  groupOrder: Group[];
  wording: { name: string; stt: string };
}

function buildTable(choice: TableChoice, shuffled: Field[], leafWords: string[], titles: string[]): GenTable {
  // Without a postal column, postal dossiers count as in person (one column "Trực tiếp, BCCI").
  const units = choice.units.map((u) =>
    choice.postal ? u : { ...u, v: { ...u.v, direct: u.v.direct + u.v.postal, postal: 0 } },
  );
  const o = { ...choice, units };
  const all = fieldsOf(o.postal);
  const leafOf = (f: Field) => leafWords[all.indexOf(f)];
  // Two-row headers keep each group's columns together (groups and leaves in random order).
  const order = o.flat ? shuffled : o.groupOrder.flatMap((g) => shuffled.filter((f) => groupOf(f) === g));
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const numFmts: Record<string, string> = {};
  const L = o.left;
  const at = (c: number) => letter(L + c);
  if (o.title)
    rows.push(
      ['UBND HUYỆN AN LÃO'],
      [],
      ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC'],
      ['Từ ngày 15/3/2024 đến ngày 14/4/2024'],
      [],
    );
  const pad = (cells: Cell[]): Cell[] => [...Array<Cell>(L).fill(null), ...cells];
  const top = rows.length;
  const rateCols = o.rates ? ['Tỷ lệ giải quyết đúng hạn (%)', 'Tỷ lệ tiếp nhận trực tuyến (%)'] : [];
  const width = 2 + order.length + rateCols.length;
  if (o.flat) rows.push(pad([o.wording.stt, o.wording.name, ...order.map(leafOf), ...rateCols]));
  else {
    const groupRow: Cell[] = [o.wording.stt, o.wording.name];
    order.forEach((f, i) =>
      groupRow.push(
        i > 0 && groupOf(order[i - 1]) === groupOf(f)
          ? null
          : titles[['recv', 'res', 'prog'].indexOf(groupOf(f))],
      ),
    );
    rows.push(pad([...groupRow, ...rateCols]), pad([null, null, ...order.map(leafOf)]));
    merges.push(`${at(0)}${top + 1}:${at(0)}${top + 2}`, `${at(1)}${top + 1}:${at(1)}${top + 2}`);
    rateCols.forEach((_, k) =>
      merges.push(`${at(2 + order.length + k)}${top + 1}:${at(2 + order.length + k)}${top + 2}`),
    );
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && groupOf(order[j + 1]) === groupOf(order[i])) j++;
      if (j > i) merges.push(`${at(2 + i)}${top + 1}:${at(2 + j)}${top + 1}`);
      i = j + 1;
    }
  }
  if (o.colNumbers) rows.push(pad(Array.from({ length: width }, (_, i) => `(${i + 1})`)));
  const valueRow = (stt: Cell, name: string, v: Record<Field, number>) => {
    const r = rows.length + 1;
    const rates: Cell[] = [];
    if (o.rates) {
      rates.push(v.res ? (v.early + v.onTime) / v.res : null);
      const fresh = v.online + v.direct + v.postal;
      rates.push(fresh ? v.online / fresh : null);
      numFmts[`${at(2 + order.length)}${r}`] = '0.00%';
      numFmts[`${at(3 + order.length)}${r}`] = '0.00%';
    }
    const figure = (n: number): Cell => (o.textNumbers ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : n);
    rows.push(pad([stt, name, ...order.map((f) => figure(v[f])), ...rates]));
  };
  const sum = (us: GenUnit[]) => {
    const s = {} as Record<Field, number>;
    for (const f of all) s[f] = us.reduce((t, u) => t + u.v[f], 0);
    return s;
  };
  const half = Math.ceil(o.units.length / 2);
  const parts = o.groups ? [o.units.slice(0, half), o.units.slice(half)].filter((p) => p.length) : [o.units];
  parts.forEach((part, g) => {
    if (o.groups) valueRow(['I', 'II'][g], ['Cấp huyện', 'Cấp xã'][g], sum(part));
    part.forEach((u, i) => {
      valueRow(i + 1, u.name, u.v);
      if (o.blankEvery && (i + 1) % o.blankEvery === 0) rows.push([]);
    });
  });
  if (o.total) valueRow(null, 'Tổng cộng', sum(o.units));
  if (o.footer) rows.push([], pad([null, 'Người lập biểu', null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ']));
  return { rows, merges, numFmts, units: o.units, postal: o.postal };
}

/** The table as the engine's neutral input (what the ExcelJS adapter would read). */
export function gridOf(name: string, t: GenTable): Grid {
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const merges = t.merges.map((m) => {
    const [a, b] = m.split(':').map((x) => /([A-Z]+)(\d+)/.exec(x)!);
    return { top: Number(a[2]) - 1, left: col(a[1]), bottom: Number(b[2]) - 1, right: col(b[1]) };
  });
  const numFmts: (string | undefined)[][] = [];
  for (const [addr, f] of Object.entries(t.numFmts)) {
    const [, c, r] = /([A-Z]+)(\d+)/.exec(addr)!;
    (numFmts[Number(r) - 1] ??= [])[col(c)] = f;
  }
  // Covered cells of a merge are empty in a grid, as hosts report them.
  const values = t.rows.map((row, r) =>
    row.map((v, c) =>
      merges.some(
        (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r > m.top || c > m.left),
      )
        ? null
        : (v as CellValue),
    ),
  );
  return { name, values, merges, numFmts };
}

/** The formulas of report-contract.md for one generated unit. */
export function expectedOf(u: GenUnit, postal: boolean) {
  const v = u.v;
  const fresh = v.online + v.direct + (postal ? v.postal : 0);
  return {
    onTimeRate: {
      value: v.res ? (v.early + v.onTime) / v.res : null,
      numerator: v.early + v.onTime,
      denominator: v.res,
    },
    onlineRate: { value: fresh ? v.online / fresh : null, numerator: v.online, denominator: fresh },
  };
}
