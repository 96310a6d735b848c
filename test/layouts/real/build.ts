/**
 * Lays a corpus sheet out as the systems do: title block, a header written as the column tree of the
 * source (antd `children`, HTML rowspan/colspan, ExcelJS merges), an optional numbering row, body rows
 * (units, band rows, subtotals, total, benchmark) and footer lines.
 */
import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { makeGrid } from '../../helpers/grid';
import { makeCounts, sum, type Counts, type Profile } from './counts';
import type { Level } from './layout';

export interface BodyRow {
  role: 'unit' | 'band' | 'subtotal' | 'total' | 'benchmark';
  stt: CellValue;
  name: string;
  /** Counts shown in the row; a band row without figures has none. */
  counts?: Counts;
  /** The unit level the engine must give the row (units only). */
  level?: Level;
  /** The label written in the STT column and merged over STT and name ("Tổng số" in OpenCPS). */
  labelOverStt?: boolean;
  /** A row printed literally (benchmark rows carry only a few rates). */
  values?: CellValue[];
}

export type Column =
  /** `rows`: header rows the group's title covers (HTML rowspan on a group); 1 when omitted. */
  | { title: string; children: Column[]; rows?: number }
  | { title: string; cell: (c: Counts, row: BodyRow) => CellValue };

/** A title-block line: text cells from column A, merged over `span` columns (all when omitted). */
export interface TitleLine {
  cells: CellValue[];
  /** Merged ranges as [first, last] 0-based column pairs; "full" merges the first cell over the table. */
  merge?: 'full' | [number, number][];
}

export interface SheetSpec {
  sheet: string;
  title: TitleLine[];
  columns: Column[];
  /** Lines between the title block and the header (e.g. "Đơn vị tính: hồ sơ"). */
  beforeHeader?: TitleLine[];
  numbering?: CellValue[];
  /** An empty row between the header and the numbering row, as some exports leave. */
  blankInHeader?: boolean;
  body: BodyRow[];
  footer?: TitleLine[];
}

export interface Built {
  grid: Grid;
  headerRows: [number, number];
  /** 1-based sheet row of each body row, in order. */
  rows: number[];
  width: number;
}

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26);
const ref = (col: number, row: number) => `${letter(col)}${row + 1}`;

/** A merged area as Excel writes it ("A1:C1"). */
export const rangeOf = (m: MergeArea) => `${ref(m.left, m.top)}:${ref(m.right, m.bottom)}`;

const depth = (cols: Column[]): number =>
  Math.max(...cols.map((c) => ('children' in c ? (c.rows ?? 1) + depth(c.children) : 1)));

type Leaf = Extract<Column, { cell: unknown }>;

/** The header rows and merges of a column tree: a leaf spans down to the last header row. */
function header(cols: Column[], top: number) {
  const levels = depth(cols);
  const rows: CellValue[][] = Array.from({ length: levels }, () => []);
  const merges: string[] = [];
  const leaves: Leaf[] = [];
  const place = (list: Column[], level: number) => {
    for (const c of list) {
      const left = leaves.length;
      rows[level][left] = c.title;
      if ('children' in c) {
        const span = c.rows ?? 1;
        place(c.children, level + span);
        const right = leaves.length - 1;
        if (right > left || span > 1)
          merges.push(`${ref(left, top + level)}:${ref(right, top + level + span - 1)}`);
      } else {
        leaves.push(c);
        if (level < levels - 1) merges.push(`${ref(left, top + level)}:${ref(left, top + levels - 1)}`);
      }
    }
  };
  place(cols, 0);
  return {
    rows: rows.map((r) => Array.from({ length: leaves.length }, (_, i) => r[i] ?? null)),
    merges,
    leaves,
  };
}

export function buildSheet(spec: SheetSpec): Built {
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const width = header(spec.columns, 0).leaves.length;
  const lines = (list: TitleLine[] = []) => {
    for (const l of list) {
      const r = values.length;
      values.push(l.cells);
      if (l.merge === 'full') merges.push(`${ref(0, r)}:${ref(width - 1, r)}`);
      else for (const [a, b] of l.merge ?? []) merges.push(`${ref(a, r)}:${ref(b, r)}`);
    }
  };
  lines(spec.title);
  lines(spec.beforeHeader);
  const top = values.length;
  const h = header(spec.columns, top);
  values.push(...h.rows);
  merges.push(...h.merges);
  if (spec.blankInHeader) values.push([]);
  if (spec.numbering) values.push(spec.numbering);
  const headerRows: [number, number] = [top + 1, top + h.rows.length];
  const rows: number[] = [];
  for (const b of spec.body) {
    rows.push(values.length + 1);
    if (b.values) values.push(b.values);
    else if (!b.counts) {
      values.push([b.stt, b.name]);
    } else {
      const counts = b.counts;
      const cells = h.leaves.map((leaf) => leaf.cell(counts, b));
      if (b.labelOverStt) {
        cells.splice(0, 2, b.name, null);
        merges.push(`${ref(0, values.length)}:${ref(1, values.length)}`);
      }
      values.push(cells);
    }
  }
  lines(spec.footer);
  return { grid: makeGrid(spec.sheet, values, merges), headerRows, rows, width };
}

/** The STT and name leaves every layout starts with. */
export const stt = (title = 'STT'): Column => ({ title, cell: (_c, r) => r.stt });
export const unitName = (title: string): Column => ({ title, cell: (_c, r) => r.name });
/** A figure of a row: a field of its counts, or a sum over them. */
export type Figure = keyof Counts | ((c: Counts) => number);
export const num = (title: string, f: Figure): Column => ({
  title,
  cell: typeof f === 'function' ? (c) => f(c) : (c) => c[f],
});
/** A header group: its children as columns or [title, figure] pairs. */
export const group = (title: string, ...children: (Column | [string, Figure])[]): Column => ({
  title,
  children: children.map((c) => (Array.isArray(c) ? num(...c) : c)),
});

/** Unit names with their level, for unitRows: `named('department', 'Sở Tư pháp', 'Sở Y tế')`. */
export const named = (level: Level, ...names: string[]): [string, Level][] => names.map((n) => [n, level]);

/** Unit rows numbered from `first`, each with counts drawn for its profile. */
export function unitRows(
  rnd: () => number,
  units: [string, Level][],
  profile: Profile,
  first = 1,
  shape: (c: Counts) => Counts = (c) => c,
): BodyRow[] {
  return units.map(([name, level], i) => ({
    role: 'unit',
    stt: first + i,
    name,
    level,
    counts: shape(makeCounts(rnd, profile)),
  }));
}

/** A total (or subtotal) row: the sum of the unit rows given. */
export const totalOf = (
  rows: BodyRow[],
  name: string,
  role: BodyRow['role'] = 'total',
  no: CellValue = '',
): BodyRow => ({
  role,
  stt: no,
  name,
  counts: sum(rows.filter((r) => r.role === 'unit').map((r) => r.counts!)),
});

/** A band row: a label and no figures ("I", "Sở, ban, ngành"). */
export const band = (no: string, name: string): BodyRow => ({ role: 'band', stt: no, name });

/** Title-block or footer cells by 0-based column: `cellsAt({ 0: 'UBND TỈNH …', 7: 'CỘNG HÒA …' })`. */
export const cellsAt = (byColumn: Record<number, CellValue>): CellValue[] =>
  Array.from({ length: Math.max(...Object.keys(byColumn).map(Number)) + 1 }, (_, i) => byColumn[i] ?? null);

/** A line merged over the whole table width. */
export const line = (text: string): TitleLine => ({ cells: [text], merge: 'full' });
