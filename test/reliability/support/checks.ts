/**
 * Checks of one report against a corpus expectation. Each returns the problems it saw as sentences,
 * so that a failing file lists everything wrong with it at once.
 */
import ExcelJS from 'exceljs';
import type { Finding, Report, SheetReport } from '../../../src/core/report';
import type { CaseExpect, FigureExpect, FindingExpect } from './expectations';

/** Codes that point at one faulty cell: their findings must name it (row, column, "Ô C12"). */
const CELL_CODES = new Set(['not-a-number', 'negative-value', 'error-value']);

const sheetOf = (r: Report, name: string) => r.sheets.find((s) => s.sheet === name);

function matches(f: Finding, e: Partial<FindingExpect>): boolean {
  return (
    (e.sheet === undefined || f.sheet === e.sheet) &&
    (e.code === undefined || f.code === e.code) &&
    (e.row === undefined || f.row === e.row) &&
    (e.column === undefined || f.column === e.column) &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.message === undefined || f.message.includes(e.message))
  );
}

const allFindings = (r: Report): Finding[] => [
  ...r.findings,
  ...r.sheets.flatMap((s) => s.findings.map((f) => ({ ...f, sheet: f.sheet ?? s.sheet }))),
];

export function checkSheets(r: Report, e: CaseExpect): string[] {
  const out: string[] = [];
  if (e.sheets) {
    const got = Object.fromEntries(r.sheets.map((s) => [s.sheet, s.kind]));
    if (JSON.stringify(got) !== JSON.stringify(e.sheets))
      out.push(`sheets ${JSON.stringify(got)}, expected ${JSON.stringify(e.sheets)}`);
  }
  for (const [sheet, names] of Object.entries(e.units ?? {})) {
    const got = sheetOf(r, sheet)?.units.map((u) => u.name);
    if (JSON.stringify(got) !== JSON.stringify(names))
      out.push(`units of "${sheet}": ${JSON.stringify(got)}, expected ${JSON.stringify(names)}`);
  }
  return out;
}

export function checkFindings(r: Report, e: CaseExpect): string[] {
  const out: string[] = [];
  const all = allFindings(r);
  for (const want of e.findings ?? [])
    if (!all.some((f) => matches(f, want))) out.push(`missing finding ${JSON.stringify(want)}`);
  for (const no of e.mustNotFind ?? [])
    for (const f of all.filter((x) => matches(x, no)))
      out.push(`unexpected finding ${f.code} ${f.sheet}!${f.column ?? ''}${f.row ?? ''}: ${f.message}`);
  for (const f of all) {
    if (!f.message || !f.sheet) out.push(`finding ${f.code} without a message or sheet`);
    if (CELL_CODES.has(f.code) && (!f.row || !f.column || !f.message.includes(`${f.column}${f.row}`)))
      out.push(`finding ${f.code} does not name its cell: ${JSON.stringify(f)}`);
  }
  return out;
}

function metricOf(s: SheetReport | undefined, f: FigureExpect) {
  if (!s) return { where: 'no such sheet' };
  if (f.unit === undefined) return { m: s.total?.[f.metric as keyof typeof s.total], where: 'total' };
  const u = s.units.find((x) => x.name === f.unit) ?? s.leaders.find((x) => x.name === f.unit);
  if (!u) return { where: 'no such unit' };
  return { m: u.metrics[f.metric as keyof typeof u.metrics], where: `row ${u.row}` };
}

export function checkFigures(r: Report, e: CaseExpect): string[] {
  const out: string[] = [];
  for (const f of e.figures ?? []) {
    const { m, where } = metricOf(sheetOf(r, f.sheet), f);
    const label = `${f.sheet} / ${f.unit ?? 'total'} / ${f.metric}`;
    if (!m) {
      out.push(`${label}: absent (${where})`);
      continue;
    }
    const close = (a: number | null | undefined, b: number | null) =>
      b === null ? a === null : typeof a === 'number' && Math.abs(a - b) < 1e-9;
    if (!close(m.value, f.value)) out.push(`${label}: ${m.value}, expected ${f.value}`);
    if (f.numerator !== undefined && m.numerator !== f.numerator)
      out.push(`${label}: numerator ${m.numerator}, expected ${f.numerator}`);
    if (f.denominator !== undefined && m.denominator !== f.denominator)
      out.push(`${label}: denominator ${m.denominator}, expected ${f.denominator}`);
  }
  return out;
}

/** NaN or Infinity would turn into null in the JSON report without a word. */
export function checkFinite(r: Report): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number' && !Number.isFinite(v)) out.push(`non-finite number at ${path}`);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, `${path}.${k}`);
  };
  walk(r, 'report');
  return out;
}

/** The summary sheet: named as expected, holds the texts as strings, and no formula anywhere. */
export function checkSummary(out: ExcelJS.Workbook, name: string, e: CaseExpect): string[] {
  const problems: string[] = [];
  if (e.summarySheet && name !== e.summarySheet)
    problems.push(`summary sheet "${name}", expected "${e.summarySheet}"`);
  const ws = out.getWorksheet(name);
  if (!ws) return [...problems, `summary sheet "${name}" missing from the output`];
  const strings = new Set<string>();
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (
        c.type === ExcelJS.ValueType.Formula ||
        (typeof c.value === 'object' && c.value && 'formula' in c.value)
      )
        problems.push(`summary cell ${c.address} holds a formula: ${JSON.stringify(c.value)}`);
      if (typeof c.value === 'string') strings.add(c.value);
    }),
  );
  for (const t of e.summaryTexts ?? [])
    if (!strings.has(t)) problems.push(`summary lacks the text cell ${JSON.stringify(t.slice(0, 60))}`);
  return problems;
}
