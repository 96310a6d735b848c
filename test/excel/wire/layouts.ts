/** Summaries for the wire-level tests and the benchmark, built by the engine from synthetic lists. */
import { summarizeWorkbook } from '../../../src/core/engine';
import type { Report } from '../../../src/core/report';
import { buildSummaryLayout } from '../../../src/core/summary';
import type { SummaryLayout } from '../../../src/core/summary/layout';

const HEAD = [
  'STT',
  'Đơn vị',
  'Nộp trực tuyến',
  'Nộp trực tiếp',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
  'Trong hạn',
  'Quá hạn',
];

/** A results sheet of `units` units named by `name` (default "UBND xã Số n"), one in three late. */
export function resultsReport(units: number, name = (i: number) => `UBND xã Số ${i + 1}`): Report {
  const rows = Array.from({ length: units }, (_, i) => [
    i + 1,
    name(i),
    40 + (i % 30),
    60,
    90,
    50,
    38 + (i % 3),
    2 - (i % 3),
    10,
    9,
    1,
  ]);
  return summarizeWorkbook([{ name: 'Lớn', values: [HEAD, ...rows], merges: [] }], { source: 'lon.xlsx' });
}

export function resultsSummary(units: number, name?: (i: number) => string): SummaryLayout {
  return buildSummaryLayout(resultsReport(units, name), { lang: 'vi', sheetName: 'Tổng hợp CCHC' });
}
