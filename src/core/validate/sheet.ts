/**
 * Whole-sheet findings: an empty sheet, a table whose header was not recognized, and the columns a
 * sheet lacks for an indicator it otherwise has (named as officers write them, never by metric id).
 */
import { METRICS } from '../metrics/catalog';
import type { ColumnMap } from '../detect/fields';
import { addFinding, defineFinding, type FindingSink, type Where } from '../findings';
import type { Grid } from '../grid';
import type { Lang } from '../lang';
import { cellText } from '../parse/text';
import { METRIC_IDS, type MetricId } from '../report';

const EMPTY_SHEET = defineFinding({
  code: 'empty-sheet',
  severity: 'info',
  messages: { vi: () => 'Trang tính trống.', en: () => 'The sheet is empty.' },
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
  if (empty) addFinding(sink, EMPTY_SHEET, { row: null }, {});
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
export function checkUnreadTable(grid: Grid, sink: FindingSink, where: Where): void {
  if (looksLikeTable(grid)) addFinding(sink, HEADER_NOT_FOUND, where, {});
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
