/** One sheet from grid to report: detect, read, check, compute, mark. */
import { cellAt, columnIndex, columnLetter, gridWidth, type Grid } from './grid';
import { findHeader, type HeaderBlock } from './detect/header';
import {
  COUNT_FIELDS,
  layoutOf,
  mapColumnsWithSplits,
  type ColumnMap,
  type Section,
  type SplitColumns,
  type FieldId,
  type Layout,
} from './detect/fields';
import { MergeIndex } from './detect/merges';
import { findScope } from './detect/scope';
import { headerReadings, type Reading } from './detect/readings';
import { NAME } from './detect/vocabulary';
import { classifyRows, mergedText } from './detect/rows';
import { findPeriod } from './parse/period';
import { parseDateText } from './parse/date';
import { cellText, fold } from './parse/text';
import { fullKey, levelOf } from './parse/unitName';
import type { Metrics, SheetKind, SheetReport, UnitReport } from './report';
import type { Lang } from './lang';
import type { PeriodRule } from './parse/period';
import { METRIC_IDS, type MetricId } from './report';
import { PRINTED_RATES } from './metrics/catalog';
import { tableMetrics } from './metrics/tableMetrics';
import { aggregateList } from './metrics/dossierList';
import { belowList } from './metrics/below';
import { sumOf, type RowValues } from './metrics/rate';
import { columnName, FigureReader, isPointsColumn } from './validate/cells';
import { checkTotals, type ValuedRow } from './validate/totals';
import { checkDuplicates } from './validate/duplicates';
import { checkPrintedRate } from './validate/rates';
import { addFinding, defineFinding, findingSink, type FindingSink } from './findings';
import { detectLegacyEncoding } from './validate/encoding';
import { checkEmpty, checkMissingColumns, checkUnreadTable, describeUnplaced } from './validate/sheet';

export interface SheetOptions {
  thresholds: Record<MetricId, number>;
  lang: Lang;
  periodRule: PeriodRule;
  kindOverride?: SheetKind;
  columnOverride?: Record<string, string>;
}

/** Texts above the header (title block), for the period and the agency name. */
function titleTexts(grid: Grid, before: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.min(before, grid.values.length); r++)
    for (const v of grid.values[r] ?? []) {
      const t = cellText(v);
      if (t && !out.includes(t)) out.push(t);
    }
  return out;
}

function kindOf(layout: Layout, columns: ColumnMap): SheetKind {
  const has = (...fs: FieldId[]) => fs.some((f) => columns[f] !== undefined);
  if (layout === 'list') return columns.name !== undefined ? 'dossier-list' : 'unknown';
  if (layout === 'signatures') return has('issued') && has('signed') ? 'signatures' : 'unknown';
  if (columns.name === undefined) return 'unknown';
  if (has('resEarly', 'resOnTime', 'resLate', 'resEarlyOnTime', 'recvOnline', 'progNotDue', 'progOverdue'))
    return 'dossier-stats';
  if (has('digDossiers', 'digResults', 'paidOnline', 'feeTotal', 'synced')) return 'digitization-payment';
  return 'unknown';
}

const letters = (columns: ColumnMap): Record<string, string> =>
  Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, columnLetter(c as number)]));

const SECTION_NAMES: Record<Section, Record<Lang, string>> = {
  recv: { vi: 'Tiếp nhận', en: 'received' },
  res: { vi: 'Đã giải quyết', en: 'resolved' },
  prog: { vi: 'Đang giải quyết', en: 'in progress' },
};

const HEADER_AMBIGUOUS = defineFinding<{ columns: string; first: string; second: string }>({
  code: 'header-ambiguous',
  severity: 'info',
  messages: {
    vi: (a) =>
      `Tiêu đề không nói rõ các cột ${a.columns} thuộc nhóm nào: số liệu khớp cả khi đọc là ${a.first} ` +
      `lẫn ${a.second}; đã đọc là ${a.first}. Hãy kiểm tra cột trong mục "Trang tính".`,
    en: (a) =>
      `The header does not say which group columns ${a.columns} belong to: the figures fit both ${a.first} ` +
      `and ${a.second}; read as ${a.first}. Check the columns by hand.`,
  },
});

/** Two readings fit the rows equally: the pane and the JSON say so, the first one is used. */
function reportTie(readings: Reading[], sheet: SheetReport, sink: FindingSink, header: HeaderBlock): void {
  const [a, b] = readings;
  const moved = Object.keys(a.columns).filter((f) => a.columns[f as FieldId] !== b.columns[f as FieldId]);
  const cols = [...new Set(moved.map((f) => a.columns[f as FieldId]!))].sort((x, y) => x - y);
  addFinding(
    sink,
    HEADER_AMBIGUOUS,
    { row: header.top + 1 },
    {
      columns: cols.map(columnLetter).join(', '),
      first: a.sections.map((s) => SECTION_NAMES[s][sink.lang]).join(' / '),
      second: b.sections.map((s) => SECTION_NAMES[s][sink.lang]).join(' / '),
    },
  );
  sheet.headerReadings = readings.map((r) => ({
    sections: r.sections,
    columns: letters(r.columns),
    score: r.score,
  }));
}

/** Name column when no header names it: the first mostly-text column left of the figures. */
function guessNameColumn(grid: Grid, header: HeaderBlock, columns: ColumnMap): number | undefined {
  const figureCols = Object.entries(columns)
    .filter(([f]) => f !== 'stt')
    .map(([, c]) => c as number);
  const limit = figureCols.length ? Math.min(...figureCols) : header.width;
  for (let c = 0; c < limit; c++) {
    if (c === columns.stt) continue;
    let text = 0;
    let rows = 0;
    for (let r = header.firstDataRow; r < Math.min(grid.values.length, header.firstDataRow + 50); r++) {
      const v = cellAt(grid, r, c);
      if (v === null) continue;
      rows++;
      if (typeof v === 'string' && /\p{L}/u.test(v)) text++;
    }
    if (rows && text / rows >= 0.5) return c;
  }
  return undefined;
}

function overrideIndices(o: Record<string, string> | undefined): Partial<Record<string, number>> | undefined {
  if (!o) return undefined;
  const out: Partial<Record<string, number>> = {};
  for (const [f, letter] of Object.entries(o)) out[f] = columnIndex(letter);
  return out;
}

export function analyzeSheet(grid: Grid, opts: SheetOptions): SheetReport {
  const sink = findingSink(grid.name, opts.lang);
  const base: SheetReport = {
    sheet: grid.name,
    kind: 'unknown',
    period: null,
    headerRows: null,
    scope: null,
    units: [],
    leaders: [],
    total: null,
    benchmark: null,
    findings: sink.list,
    narrative: '',
    metricIds: [],
  };
  if (checkEmpty(grid, sink)) return { ...base, kind: 'empty' };
  detectLegacyEncoding(grid, sink);
  const header = findHeader(grid);
  const titles = titleTexts(grid, header ? header.top : 12);
  const period = findPeriod(titles, grid.name, opts.periodRule);
  const scope = findScope(titles, undefined);
  if (!header) {
    checkUnreadTable(grid, sink, { row: null });
    return { ...base, period, scope, kind: opts.kindOverride ?? 'unknown' };
  }
  const layout: Layout =
    opts.kindOverride === 'dossier-list'
      ? 'list'
      : opts.kindOverride === 'signatures'
        ? 'signatures'
        : opts.kindOverride
          ? 'stats'
          : layoutOf(header.paths);
  const mapped = mapColumnsWithSplits(header.paths, layout, overrideIndices(opts.columnOverride));
  const { splits } = mapped;
  // A header that leaves a group unnamed: the reading under which the rows add up.
  const readings = opts.columnOverride
    ? []
    : headerReadings(grid, header.paths, layout, header.firstDataRow, mapped.map);
  const columns = readings.length ? readings[0].columns : mapped.map;
  if (columns.name === undefined) {
    const guessed = guessNameColumn(grid, header, columns);
    if (guessed !== undefined) columns.name = guessed;
  }
  const detected = kindOf(layout, columns);
  const kind = opts.kindOverride && opts.kindOverride !== 'unknown' ? opts.kindOverride : detected;
  const headerRows: [number, number] = [header.top + 1, header.bottom + 1];
  const sheet: SheetReport = {
    ...base,
    kind,
    period,
    headerRows,
    title: titles.join(' / ') || null,
    scope,
  };
  sheet.columns = letters(columns);
  if (readings.length > 1 && readings[1].score === readings[0].score)
    reportTie(readings, sheet, sink, header);
  if (kind === 'unknown' || kind === 'empty') {
    if (checkUnreadTable(grid, sink, { row: header.top + 1 })) describeUnplaced(grid, header, columns, sink);
    return sheet;
  }
  const headerOf = (col: number) => columnName(header.paths, col);
  if (kind === 'dossier-list') {
    const end = period?.to ? parseDateText(period.to) : null;
    const list = aggregateList(grid, header.firstDataRow, columns, end, headerOf, sink);
    sheet.units = list.units.map((u) => ({
      ...u,
      row: u.row + 1,
      below: belowList(u.metrics, opts.thresholds),
    }));
    sheet.total = list.total;
  } else {
    analyzeTable(grid, header, { columns, splits }, kind, sink, opts, sheet);
  }
  sheet.metricIds = METRIC_IDS.filter(
    (id) => sheet.units.some((u) => u.metrics[id]) || sheet.leaders.some((u) => u.metrics[id]),
  );
  // A table without a unit row has no metric at all, yet no column is missing.
  const hasRows = sheet.units.length > 0 || sheet.leaders.length > 0;
  if (hasRows) checkMissingColumns(sheet.metricIds, columns, { row: header.bottom + 1 }, sink);
  return sheet;
}

function analyzeTable(
  grid: Grid,
  header: HeaderBlock,
  { columns, splits }: { columns: ColumnMap; splits: SplitColumns },
  kind: SheetKind,
  sink: FindingSink,
  opts: SheetOptions,
  sheet: SheetReport,
): void {
  const merges = new MergeIndex(grid, Math.max(gridWidth(grid), header.width));
  const countFields = COUNT_FIELDS.filter((f) => columns[f] !== undefined);
  const rateFields = PRINTED_RATES.map(([f]) => f).filter((f) => columns[f] !== undefined);
  const figureCols = [...countFields, ...rateFields].map((f) => columns[f]!);
  const reader = new FigureReader(grid, columns, header.paths, sink, splits);
  const header1 = (col: number) => reader.header(col);
  // Leaders' tables often write the unit once and leave the cells below it blank.
  const fillDown = kind === 'signatures' && columns.leader !== undefined;
  const classified = classifyRows(grid, merges, header.firstDataRow, columns, figureCols, fillDown);
  const rows: ValuedRow[] = classified.map((r) => ({
    ...r,
    values: reader.counts(r.row, countFields, r.name),
  }));
  const spoiled = checkTotals(rows, countFields, columns, header1, sink);
  for (const [row, fields] of spoiled) for (const f of fields) row.values[f] = null;

  const unitRows = rows.filter((r) => r.role === 'unit');
  const totals = rows.filter((r) => r.role === 'total');
  const totalRow = totals[totals.length - 1];
  sheet.scope = sheet.scope ?? findScope([], totalRow?.name);
  placeUnits(unitRows, columns.name === undefined ? '' : header1(columns.name));
  const points = new Map<FieldId, boolean>(
    rateFields.map((f) => [
      f,
      isPointsColumn(
        grid,
        columns[f]!,
        unitRows.map((u) => u.row),
      ),
    ]),
  );
  const metricsOf = (r: ValuedRow, check: boolean, unit?: string): Metrics => {
    const m = tableMetrics(r.values, { sink, row: r.row, unit, columns, header: header1, check });
    if (check)
      for (const [f, id] of PRINTED_RATES)
        if (columns[f] !== undefined)
          checkPrintedRate(reader.rate(r.row, f, points.get(f)!, unit), m[id], { row: r.row, unit }, sink);
    return m;
  };
  const toReport = (r: ValuedRow, metrics: Metrics, name: string): UnitReport => ({
    name,
    row: r.row + 1,
    level: r.level,
    metrics,
    below: belowList(metrics, opts.thresholds),
  });

  if (kind === 'signatures' && columns.leader !== undefined) {
    sheet.leaders = unitRows.map((r) => {
      const who = mergedText(grid, merges, r.row, columns.leader!);
      const rep = toReport(r, metricsOf(r, true, r.name), who);
      rep.unit = r.name;
      if (columns.position !== undefined) rep.position = cellText(cellAt(grid, r.row, columns.position));
      return rep;
    });
    sheet.units = groupLeaders(unitRows, sink, opts, columns);
    checkDuplicates(
      sheet.leaders.map((l) => ({ row: l.row - 1, name: `${l.unit} / ${l.name}` })),
      sink,
      columns.leader === undefined ? undefined : columnLetter(columns.leader),
    );
  } else {
    sheet.units = unitRows.map((r) => toReport(r, metricsOf(r, true, r.name), r.name));
    checkDuplicates(unitRows, sink, columns.name === undefined ? undefined : columnLetter(columns.name));
  }
  sheet.total = totalRow
    ? metricsOf(totalRow, true, totalRow.name)
    : unitRows.length
      ? tableMetrics(sumRows(unitRows, countFields), {
          sink,
          row: -1,
          columns,
          header: header1,
          check: false,
        })
      : null;
  const bench = rows.find((r) => r.role === 'benchmark');
  if (bench) {
    sheet.benchmark = benchmarkOf(bench, reader, points, metricsOf(bench, false));
    if (sheet.benchmark) sheet.benchmarkName = bench.name;
  }
}

/**
 * Levels the names alone do not give: rows under a "Lĩnh vực" column are fields, bare names under
 * a "Xã" column communes.
 */
function placeUnits(units: ValuedRow[], nameHeader: string): void {
  const h = fold(nameHeader);
  const byHeader = NAME.fieldColumn.test(h) ? 'field' : NAME.communeColumn.test(h) ? 'commune' : null;
  for (const u of units) {
    if (byHeader === 'field') u.level = 'field';
    else u.level = u.level ?? byHeader;
  }
}

/** Field-wise sum of rows; a faulty cell makes that field's sum unknown. */
function sumRows(rows: ValuedRow[], fields: readonly FieldId[]): RowValues {
  const out: RowValues = {};
  for (const f of fields) out[f] = sumOf(...rows.map((r) => (r.values[f] === undefined ? 0 : r.values[f])));
  return out;
}

/** Leaders' rows summed per unit (unit names merged over the leaders' rows, or repeated). */
function groupLeaders(
  rows: ValuedRow[],
  sink: FindingSink,
  opts: SheetOptions,
  columns: ColumnMap,
): UnitReport[] {
  const groups = new Map<string, ValuedRow[]>();
  for (const r of rows) {
    const k = fullKey(r.name);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()].map((g) => {
    const values = sumRows(g, ['issued', 'signed']);
    const metrics = tableMetrics(values, {
      sink,
      row: g[0].row,
      unit: g[0].name,
      columns,
      header: String,
      check: false,
    });
    return {
      name: g[0].name,
      row: g[0].row + 1,
      level: levelOf(g[0].name),
      metrics,
      below: belowList(metrics, opts.thresholds),
    };
  });
}

/** "Trung bình toàn tỉnh": from counts where the row has them, else from the printed rates. */
function benchmarkOf(
  row: ValuedRow,
  reader: FigureReader,
  points: Map<FieldId, boolean>,
  computed: Metrics,
): Partial<Record<MetricId, number>> | null {
  const out: Partial<Record<MetricId, number>> = {};
  for (const [f, id] of PRINTED_RATES) {
    const printed = reader.rate(row.row, f, points.get(f) ?? false, row.name);
    const fromCounts = computed[id]?.value;
    if (fromCounts !== null && fromCounts !== undefined) out[id] = fromCounts;
    else if (printed) out[id] = printed.value;
  }
  return Object.keys(out).length ? out : null;
}
