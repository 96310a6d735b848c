/**
 * Whole-sheet findings: an empty sheet, a table whose header or columns were not recognized (and
 * what was found instead), and the columns a sheet lacks for an indicator it otherwise has (named as
 * officers write them, never by metric id).
 */
import { METRICS } from '../metrics/catalog';
import type { ColumnMap } from '../detect/fields';
import { addFinding, defineFinding, type FindingSink, type Where } from '../findings';
import { cellAt, columnLetter, type Grid } from '../grid';
import type { HeaderBlock } from '../detect/header';
import { columnName } from './cells';
import type { Lang } from '../lang';
import { cellText } from '../parse/text';
import { METRIC_IDS, type MetricId } from '../report';

const EMPTY_SHEET = defineFinding<{ missingPart?: string }>({
  code: 'empty-sheet',
  severity: 'info',
  messages: {
    vi: (a) =>
      a.missingPart
        ? `Tệp không chứa dữ liệu của trang tính này (thiếu phần ${a.missingPart}): tệp có thể bị hỏng, hãy mở trong Excel và lưu lại.`
        : 'Trang tính trống.',
    en: (a) =>
      a.missingPart
        ? `The file holds no data for this sheet (its part ${a.missingPart} is missing): the file may be damaged; open it in Excel and save it again.`
        : 'The sheet is empty.',
  },
});

const HEADER_NOT_FOUND = defineFinding({
  code: 'header-not-found',
  severity: 'warning',
  messages: {
    vi: () =>
      'Có bảng số liệu nhưng không nhận ra dòng tiêu đề cột; hãy chọn loại bảng và cột trong mục "Trang tính".',
    en: () =>
      'A table of figures was found but no recognizable header; choose the sheet kind and columns by hand.',
  },
});

const COLUMNS_NOT_RECOGNIZED = defineFinding<{ numeric: number; missing: string; found: string }>({
  code: 'columns-not-recognized',
  severity: 'info',
  messages: {
    vi: (a) =>
      `Bảng có ${a.numeric} cột số nhưng không nhận ra ${a.missing}` +
      (a.found ? ` (đã nhận ra: ${a.found})` : '') +
      '; hãy chọn loại bảng và cột trong mục "Trang tính".',
    en: (a) =>
      `The table has ${a.numeric} numeric columns but no recognizable ${a.missing}` +
      (a.found ? ` (recognized: ${a.found})` : '') +
      '; choose the sheet kind and columns by hand.',
  },
});

const MISSING_COLUMN = defineFinding<{ column: string; metric: string }>({
  code: 'missing-column',
  severity: 'warning',
  messages: {
    vi: (a) => `Thiếu cột "${a.column}" nên không tính được ${a.metric}.`,
    en: (a) => `Column "${a.column}" is missing, so "${a.metric}" cannot be computed.`,
  },
});

/** True (and reported) when no cell of the sheet holds anything. */
export function checkEmpty(grid: Grid, sink: FindingSink): boolean {
  const empty = !grid.values.some(
    (r) => r && r.some((v) => v !== null && v !== undefined && cellText(v) !== ''),
  );
  // A sheet whose part is missing has no cells either, but the officer is told the file is damaged.
  if (empty)
    addFinding(
      sink,
      EMPTY_SHEET,
      { row: null, ...(grid.missingPart ? { severity: 'warning' as const } : {}) },
      grid.missingPart ? { missingPart: grid.missingPart } : {},
    );
  return empty;
}

/** Several rows holding three or more numbers: a table, even if its header was not recognized. */
function looksLikeTable(grid: Grid): boolean {
  let rows = 0;
  for (const r of grid.values)
    if (r && r.filter((v) => typeof v === 'number').length >= 3 && ++rows >= 3) return true;
  return false;
}

/** Called when no header (or no known kind) was found: a sheet of figures is worth a word. */
export function checkUnreadTable(grid: Grid, sink: FindingSink, where: Where): boolean {
  const table = looksLikeTable(grid);
  if (table) addFinding(sink, HEADER_NOT_FOUND, where, {});
  return table;
}

/** Columns under the header holding mostly numbers (the STT column is no figure). */
function numericColumns(grid: Grid, header: HeaderBlock, stt: number | undefined): number {
  let n = 0;
  for (let c = 0; c < header.width; c++) {
    if (c === stt) continue;
    let numbers = 0;
    let filled = 0;
    for (let r = header.firstDataRow; r < Math.min(grid.values.length, header.firstDataRow + 50); r++) {
      const v = cellAt(grid, r, c);
      if (v === null || cellText(v) === '') continue;
      filled++;
      if (typeof v === 'number') numbers++;
    }
    if (filled && numbers / filled >= 0.5) n++;
  }
  return n;
}

/** The key columns an unrecognized table may lack, as the message names them. */
const KEY_COLUMNS: Record<'name' | 'received' | 'resolved' | 'any', Record<Lang, string>> = {
  name: { vi: 'cột tên đơn vị', en: 'unit column' },
  received: { vi: 'cột Tiếp nhận', en: 'received column' },
  resolved: { vi: 'cột Đã giải quyết', en: 'resolved column' },
  any: { vi: 'cột chỉ tiêu nào', en: 'indicator column' },
};

/**
 * What an unrecognized table holds, so the officer can map its columns in the pane: "Bảng có 14
 * cột số nhưng không nhận ra cột Tiếp nhận, Đã giải quyết (đã nhận ra: Đơn vị (B))".
 */
export function describeUnplaced(
  grid: Grid,
  header: HeaderBlock,
  columns: ColumnMap,
  sink: FindingSink,
): void {
  const missing: (keyof typeof KEY_COLUMNS)[] = [];
  if (columns.name === undefined) missing.push('name');
  if (columns.recvTotal === undefined && columns.recvOnline === undefined) missing.push('received');
  if (columns.resTotal === undefined && columns.resOnTime === undefined && columns.resLate === undefined)
    missing.push('resolved');
  if (!missing.length) missing.push('any');
  const found = Object.entries(columns)
    .filter(([f]) => f !== 'stt')
    .map(([, c]) => `${columnName(header.paths, c as number)} (${columnLetter(c as number)})`)
    .join(', ');
  addFinding(
    sink,
    COLUMNS_NOT_RECOGNIZED,
    { row: header.top + 1 },
    {
      numeric: numericColumns(grid, header, columns.stt),
      missing: missing.map((k) => KEY_COLUMNS[k][sink.lang]).join(', '),
      found,
    },
  );
}

/** "Tỷ lệ thanh toán trực tuyến" -> "tỷ lệ thanh toán trực tuyến" inside a Vietnamese sentence. */
function inSentence(label: string, lang: Lang): string {
  return lang === 'vi' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** One finding per input a metric lacks, when the sheet has its other inputs (catalog `inputs`). */
export function checkMissingColumns(
  computed: MetricId[],
  columns: ColumnMap,
  where: Where,
  sink: FindingSink,
): void {
  for (const id of METRIC_IDS) {
    if (computed.includes(id)) continue;
    const spec = METRICS[id];
    for (const input of spec.inputs)
      if (input.present.some((f) => columns[f] !== undefined))
        addFinding(sink, MISSING_COLUMN, where, {
          column: input.missing[sink.lang],
          metric: inSentence(spec.label[sink.lang], sink.lang),
        });
  }
}
