/**
 * What `npm run summarize -- in.xlsx --out out.xlsx` does, in process: open, read, summarize, write
 * the summary, highlight, save. Plus a snapshot of source sheets to prove they were not changed.
 */
import ExcelJS from 'exceljs';
import { summarizeWorkbook } from '../../../src/core/engine';
import type { Report } from '../../../src/core/report';
import { defaultSettings } from '../../../src/core/schema';
import { buildSummaryLayout, highlightMarks } from '../../../src/core/summary';
import { XlsxHost } from '../../../src/xlsx/XlsxHost';
import { openWorkbook } from '../../../src/xlsx/openWorkbook';

export interface PipelineResult {
  report: Report;
  output: Buffer;
  summarySheet: string;
  /** Sheets the engine read (the add-in's own summary and settings sheets excluded). */
  sources: string[];
}

/** Throws (as the command line exits 1) when the file cannot be read. */
export async function runPipeline(bytes: Uint8Array, source: string): Promise<PipelineResult> {
  const host = new XlsxHost(await openWorkbook(bytes));
  const settings = (await host.loadSettings()) ?? defaultSettings();
  const grids = await host.readSheets();
  const report = summarizeWorkbook(grids, {
    source,
    thresholds: settings.thresholds,
    lang: 'vi',
    periodRule: settings.periodRule,
    kindOverrides: settings.kindOverrides,
    columnOverrides: settings.columnOverrides,
  });
  const layout = buildSummaryLayout(report, {
    lang: 'vi',
    sheetName: settings.summarySheetName,
    appendix: settings.appendix,
    date: new Date(2024, 4, 1),
  });
  const { sheetName } = await host.writeSummary(layout);
  await host.clearHighlights();
  await host.highlight(highlightMarks(report));
  const output = Buffer.from(host.save());
  return { report, output, summarySheet: sheetName, sources: grids.map((g) => g.name) };
}

/** Every cell's value (formulas with their results), number format and the merges of the named sheets. */
export function snapshot(wb: ExcelJS.Workbook, sheets: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      out[`${name}!missing`] = 'true';
      continue;
    }
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        out[`${name}!R${r}C${col}`] = JSON.stringify(c.value);
        if (c.numFmt) out[`${name}!R${r}C${col}:fmt`] = c.numFmt;
      }),
    );
    out[`${name}!merges`] = JSON.stringify([...((ws.model as { merges?: string[] }).merges ?? [])].sort());
  }
  return out;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Keys whose values differ between two snapshots (missing on one side counts). */
export function snapshotDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).sort();
}
