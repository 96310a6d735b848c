/**
 * The core's public face: the hosts (src/excel, src/xlsx, src/cli, src/taskpane, src/web) import the
 * engine only from here (a lint rule says so), so what lies behind can move without touching them.
 */
export { analyzeWorkbook, settingsOptions, summarizeWorkbook, type EngineOptions } from './engine';
export type { Lang } from './lang';
export type { HostPort, ReadProgress, ShadingOutcome, SheetInfo } from './port';
export {
  cellAt,
  columnIndex,
  columnLetter,
  gridWidth,
  isCellError,
  numFmtAt,
  type CellValue,
  type Grid,
  type MergeArea,
} from './grid';
export {
  METRIC_IDS,
  type Finding,
  type MetricId,
  type MetricValue,
  type Report,
  type Severity,
  type SheetKind,
  type SheetReport,
  type UnitReport,
} from './report';
export { isCountMetric, METRICS } from './metrics/catalog';
export {
  defaultSettings,
  resolveThresholds,
  settingsSchema,
  SHEET_KINDS,
  thresholdsSchema,
  appendixSchema,
  scoreRuleSchema,
  type AppendixInfo,
  type Preset,
  type Settings,
} from './schema';
export { DEFAULT_SCORE_RULES, SCORE_PRESETS, type ScoreRule } from './metrics/score766';
export type { PeriodMatch, PreviousPeriod } from './compare/periods';
export { shortName } from './parse/unitName';
export { FIELD_IDS, MAPPABLE_FIELDS, type FieldId } from './detect/fields';
export { MergeIndex } from './detect/merges';
export { cellText } from './parse/text';
export { areaAddress, parseArea, parseAreaList, splitReference } from './address';
export { freeSheetName } from './sheetName';
export { formatCount, formatDay, formatRate, formatTarget } from './format';
export { buildSummaryLayout, highlightMarks } from './summary';
export { readSummary } from './summary/readBack';
export {
  BASE_SIZE,
  BELOW_FILL,
  CHART_DATA_COL,
  FONT_NAME,
  HEADER_FILL,
  placeCells,
  placeRow,
  SETTINGS_SHEET,
  STYLES,
  SUMMARY_MARKER,
  SUMMARY_NAME,
  type CellMark,
  type CellStyleSpec,
  type ChartSpec,
  type LayoutCell,
  type LayoutRow,
  type PlacedCell,
  type StyleId,
  type SummaryLayout,
} from './summary/layout';
