/**
 * Reads an earlier "Tổng hợp CCHC" sheet of ours back into last period's figures: each section's
 * kind, period and source sheet, and per rate table the units with their counts, rate and verdict.
 * Only what the summary prints comes back (count tables list the units below target only: skipped).
 */
import { cellAt, type Grid } from '../grid';
import type { PreviousSheet } from '../compare/periods';
import type { Lang } from '../lang';
import { isCountMetric, METRICS } from '../metrics/catalog';
import { parseNumber } from '../parse/number';
import { cellText } from '../parse/text';
import { METRIC_IDS, type MetricId, type Period, type SheetKind } from '../report';
import { SUMMARY_TEXTS } from './build';

type Unit = PreviousSheet['units'][number];

/** "15/3/2024" -> "2024-03-15". */
function isoDay(text: string): string {
  const [d, m, y] = text.split('/').map(Number);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAY = String.raw`(\d{1,2}/\d{1,2}/\d{4})`;
const PERIOD: Record<Lang, RegExp> = {
  vi: new RegExp(`Kỳ báo cáo: từ ngày ${DAY} đến ngày ${DAY}`),
  en: new RegExp(`Reporting period: ${DAY} to ${DAY}`),
};
const SOURCE: Record<Lang, RegExp> = { vi: /Nguồn: .*, trang "(.+)"\.$/, en: /Source: .*, sheet "(.+)"\.$/ };

/** The language the sheet was written in, from its first table header; null if it is not ours. */
function langOf(grid: Grid): Lang | null {
  for (let r = 0; r < grid.values.length; r++)
    for (const lang of ['vi', 'en'] as const) {
      const t = SUMMARY_TEXTS[lang];
      if (cellText(cellAt(grid, r, 0)) === t.stt && cellText(cellAt(grid, r, 1)) === t.unit) return lang;
    }
  return null;
}

function metricOfTitle(text: string, lang: Lang): MetricId | undefined {
  const m = /^\d+\.\s+(.+?)\s+\(/.exec(text);
  return m ? METRIC_IDS.find((id) => METRICS[id].label[lang] === m[1]) : undefined;
}

/** A count, or a rate as printed ("96,97%" -> 96.97); null when the cell holds neither. */
function numberAt(grid: Grid, r: number, c: number): number | null {
  const p = parseNumber(cellAt(grid, r, c));
  return p.kind === 'number' ? p.value : null;
}

interface Section {
  kind: SheetKind;
  sheet: string;
  period: Period | null;
  units: Map<string, Unit>;
}

export function readSummary(grid: Grid): PreviousSheet[] {
  const lang = langOf(grid);
  if (!lang) return [];
  const t = SUMMARY_TEXTS[lang];
  const kinds = Object.entries(t.kinds) as [SheetKind, string][];
  const sections: Section[] = [];
  let section: Section | undefined;
  let metric: MetricId | undefined;
  for (let r = 0; r < grid.values.length; r++) {
    const first = cellText(cellAt(grid, r, 0));
    const heading = /^[IVX]+\.\s+(.+)$/.exec(first);
    const kind = heading && kinds.find(([, label]) => label === heading[1])?.[0];
    if (kind) {
      section = { kind, sheet: heading[1], period: null, units: new Map() };
      sections.push(section);
      metric = undefined;
      continue;
    }
    if (!section) continue;
    const period = PERIOD[lang].exec(first);
    if (period) section.period = { from: isoDay(period[1]), to: isoDay(period[2]) };
    const source = SOURCE[lang].exec(first);
    if (source) section.sheet = source[1];
    if (period || source) continue;
    const id = metricOfTitle(first, lang);
    if (id) {
      metric = isCountMetric(id) ? undefined : id;
      continue;
    }
    // A unit row: a place number, a name, the two counts; the leaders' table names people, not units.
    const place = cellAt(grid, r, 0);
    const name = cellText(cellAt(grid, r, 1));
    if (!metric || typeof place !== 'number' || !name) {
      if (cellText(cellAt(grid, r, 1)) === t.leader) metric = undefined;
      continue;
    }
    const denominator = numberAt(grid, r, 2);
    const numerator = numberAt(grid, r, 3);
    const rate = numberAt(grid, r, 4);
    const value =
      numerator !== null && denominator ? numerator / denominator : rate === null ? null : rate / 100;
    const unit = section.units.get(name) ?? { name, metrics: {}, below: [] };
    unit.metrics[metric] = {
      value,
      ...(numerator !== null && { numerator }),
      ...(denominator !== null && { denominator }),
    };
    if (cellText(cellAt(grid, r, 6)) === t.fail) unit.below.push(metric);
    section.units.set(name, unit);
  }
  return sections.map(({ kind, sheet, period, units }) => ({
    sheet,
    kind,
    period,
    units: [...units.values()],
  }));
}
