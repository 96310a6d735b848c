/**
 * A dossier-statistics table in the TT 01/2018 layout of the An Lão fixture (3-row merged header,
 * column-number row, group rows, total row), from unit counts that add up. Corpus cases patch cells
 * of it to plant faults; the figures the engine must find follow from the counts.
 */
import type { Cell } from './workbook';

export interface UnitCounts {
  name: string;
  online: number;
  direct: number;
  carried: number;
  early: number;
  onTime: number;
  late: number;
  notDue: number;
  overdue: number;
}

/** Columns of the standard table, 0-based from its first column. */
export const COL = {
  stt: 0,
  name: 1,
  recv: 2,
  online: 3,
  direct: 4,
  carried: 5,
  res: 6,
  early: 7,
  onTime: 8,
  late: 9,
  prog: 10,
  notDue: 11,
  overdue: 12,
} as const;
export type Column = keyof typeof COL;

export const received = (u: UnitCounts) => u.online + u.direct + u.carried;
export const resolved = (u: UnitCounts) => u.early + u.onTime + u.late;
export const inProgress = (u: UnitCounts) => u.notDue + u.overdue;

/** A unit whose received total also equals resolved + in progress. */
export function unit(
  name: string,
  online: number,
  direct: number,
  early: number,
  onTime: number,
  late: number,
) {
  const res = early + onTime + late;
  const notDue = Math.max(0, online + direct - res);
  const carried = Math.max(0, res - online - direct);
  return { name, online, direct, carried, early, onTime, late, notDue, overdue: 0 };
}

export function figures(u: UnitCounts): Record<Column, number | string> {
  return {
    stt: '',
    name: u.name,
    recv: received(u),
    online: u.online,
    direct: u.direct,
    carried: u.carried,
    res: resolved(u),
    early: u.early,
    onTime: u.onTime,
    late: u.late,
    prog: inProgress(u),
    notDue: u.notDue,
    overdue: u.overdue,
  };
}

/** Expected rates of a unit, as report-contract.md defines them (null when the denominator is 0). */
export function expectedRates(u: UnitCounts) {
  const res = resolved(u);
  const fresh = u.online + u.direct;
  return {
    onTimeRate: res ? (u.early + u.onTime) / res : null,
    onlineRate: fresh ? u.online / fresh : null,
    lateCount: u.late,
  };
}

export function sumUnits(units: UnitCounts[], name: string): UnitCounts {
  const s: UnitCounts = {
    name,
    online: 0,
    direct: 0,
    carried: 0,
    early: 0,
    onTime: 0,
    late: 0,
    notDue: 0,
    overdue: 0,
  };
  for (const u of units)
    for (const k of Object.keys(s) as (keyof UnitCounts)[])
      if (k !== 'name') (s[k] as number) += u[k] as number;
  return s;
}

export interface Group {
  roman: string;
  name: string;
  units: UnitCounts[];
}

export interface TableOptions {
  /** 0-based sheet row of the first header row. */
  top?: number;
  /** 0-based first column (the table can sit to the right). */
  left?: number;
  title?: string[];
  total?: boolean;
  columnNumbers?: boolean;
  footer?: boolean;
}

export interface Table {
  rows: Cell[][];
  merges: string[];
  /** 0-based sheet row of each unit, in order. */
  unitRows: number[];
  totalRow: number | null;
  /** 0-based sheet column of a field. */
  col: (c: Column) => number;
  /** "H12" for a field of a 0-based row. */
  addr: (row: number, c: Column) => string;
}

export function letter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const HEAD = [
  ['STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', '', '', '', 'Số hồ sơ đã giải quyết', '', '', ''],
  [
    '',
    '',
    'Tổng số',
    'Số mới tiếp nhận trong kỳ',
    '',
    'Số từ kỳ trước chuyển qua',
    'Tổng số',
    'Trả trước hạn',
  ],
  ['', '', '', 'Trực tuyến', 'Trực tiếp, qua dịch vụ bưu chính công ích'],
];
const HEAD_PROGRESS = ['Số hồ sơ đang giải quyết', 'Tổng số', 'Chưa đến hạn', 'Quá hạn'];

/** The standard table; `groups` with an empty roman are units without a group row. */
export function dossierTable(groups: Group[], o: TableOptions = {}): Table {
  const top = o.top ?? 6;
  const left = o.left ?? 0;
  const rows: Cell[][] = [];
  const put = (r: number, c: number, v: Cell) => {
    while (rows.length <= r) rows.push([]);
    rows[r][left + c] = v;
  };
  const a = (r: number, c: number) => `${letter(left + c)}${r + 1}`;
  (o.title ?? []).forEach((t, i) => put(i, 0, t));
  HEAD[0].forEach((t, c) => t && put(top, c, t));
  HEAD[1].forEach((t, c) => t && put(top + 1, c, t));
  HEAD[2].forEach((t, c) => t && put(top + 2, c, t));
  ['Trả đúng thời hạn', 'Trả quá hạn'].forEach((t, i) => put(top + 1, 8 + i, t));
  put(top, 10, HEAD_PROGRESS[0]);
  HEAD_PROGRESS.slice(1).forEach((t, i) => put(top + 1, 10 + i, t));
  const merges = [
    `${a(top, 0)}:${a(top + 2, 0)}`,
    `${a(top, 1)}:${a(top + 2, 1)}`,
    `${a(top, 2)}:${a(top, 5)}`,
    `${a(top, 6)}:${a(top, 9)}`,
    `${a(top, 10)}:${a(top, 12)}`,
    `${a(top + 1, 3)}:${a(top + 1, 4)}`,
    `${a(top + 1, 2)}:${a(top + 2, 2)}`,
    ...[5, 6, 7, 8, 9, 10, 11, 12].map((c) => `${a(top + 1, c)}:${a(top + 2, c)}`),
  ];
  let r = top + 3;
  if (o.columnNumbers ?? true) {
    for (let c = 0; c < 13; c++) put(r, c, `(${c + 1})`);
    r++;
  }
  const unitRows: number[] = [];
  const writeRow = (u: UnitCounts, stt: Cell) => {
    const f = figures(u);
    for (const k of Object.keys(COL) as Column[]) put(r, COL[k], k === 'stt' ? stt : f[k]);
  };
  for (const g of groups) {
    if (g.roman) writeRow(sumUnits(g.units, g.name), g.roman);
    if (g.roman) r++;
    g.units.forEach((u, i) => {
      writeRow(u, i + 1);
      unitRows.push(r++);
    });
  }
  let totalRow: number | null = null;
  if (o.total ?? true) {
    writeRow(
      sumUnits(
        groups.flatMap((g) => g.units),
        'Tổng cộng',
      ),
      '',
    );
    totalRow = r++;
  }
  if (o.footer) {
    put(r + 1, 1, 'Người lập biểu');
    put(r + 1, 9, 'THỦ TRƯỞNG ĐƠN VỊ');
  }
  return {
    rows,
    merges,
    unitRows,
    totalRow,
    col: (c) => left + COL[c],
    addr: (row, c) => `${letter(left + COL[c])}${row + 1}`,
  };
}

/** Sets a cell of the table (0-based sheet row and column). */
export function setCell(t: Table, row: number, col: number, v: Cell): void {
  while (t.rows.length <= row) t.rows.push([]);
  t.rows[row][col] = v;
}

/** A few communes with counts that add up (An Lão, April 2024, rounded). */
export function sampleUnits(): UnitCounts[] {
  return [
    unit('Xã An Hưng', 123, 110, 148, 58, 0),
    unit('Xã An Trung', 95, 79, 74, 100, 0),
    unit('Xã An Dũng', 138, 49, 123, 59, 9),
    unit('Xã An Vinh', 16, 57, 37, 43, 0),
    unit('Xã An Toàn', 64, 113, 30, 137, 6),
  ];
}

/** A small seeded generator (mulberry32), so generated workbooks are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
