/**
 * One measured case in a process of its own (started by bench/run.ts with --expose-gc --trace-gc), so
 * that peak memory belongs to this case alone:
 *
 *   tsx bench/child.ts <mode> <case> <result.json> [--runs N]
 *
 * modes:
 *   core    grid -> report (summarizeWorkbook), then the summary layout and highlight marks; the grid is
 *           built in memory exactly as src/xlsx/readGrid would give it (no file involved)
 *   file    the command line's whole path: read the .xlsx bytes, openWorkbook (zip index), XlsxHost
 *           readSheets, summarize, write the report JSON, buildSummaryLayout, writeSummary, highlight,
 *           write the output .xlsx (src/cli/summarize.ts, step for step)
 *   office  the Office.js adapter (src/excel) driven through the real Office.js client library against
 *           the wire-level host of test/excel/wire: every command's sync() calls and largest
 *           request/response as serialized by Office.js
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { summarizeWorkbook } from '../src/core/engine';
import type { Grid } from '../src/core/grid';
import type { Report } from '../src/core/report';
import { defaultSettings } from '../src/core/schema';
import { buildSummaryLayout, highlightMarks } from '../src/core/summary';
import { XlsxHost } from '../src/xlsx/XlsxHost';
import { openWorkbook } from '../src/xlsx/openWorkbook';
import { setNativeInflate } from '../src/xlsx/zip';
import { zlibInflate } from '../src/cli/files';
import { startCellReaders } from '../src/cli/cellWorkers';
import { hasLargeSheet } from '../src/xlsx/parallelSheet';
import { caseById, gridOf, inputFile, OUT_DIR, type CaseDef } from './cases';
import { DATE_FMT, LIST_FIRST_ROW, listHead, listRows } from './generate';
import { collect, heapUsedMB, maxRssMB, median, Phases, round } from './measure';

const [mode, caseId, resultFile, ...rest] = process.argv.slice(2);
const runsArg = rest.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(rest[runsArg + 1]) : 5;

/** The report without the source name. */
function fingerprint(report: Report): string {
  return JSON.stringify(report.sheets);
}

const hash = (s: string) => crypto.createHash('sha1').update(s).digest('hex').slice(0, 16);

function writeResult(result: Record<string, unknown>): void {
  fs.writeFileSync(resultFile, JSON.stringify({ ...result, maxRssMB: maxRssMB() }, null, 2));
}

async function core(c: CaseDef) {
  collect();
  const baseHeap = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const grid = gridOf(c);
  const buildMs = performance.now() - t0;
  collect();
  const gridHeapMB = round((process.memoryUsage().heapUsed - baseHeap) / 1048576);
  const source = `${c.id}.xlsx`;
  const opts = { source, lang: 'vi' as const };
  // One warm-up run (JIT), then RUNS timed runs.
  let report = summarizeWorkbook([grid], opts);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const layoutTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    report = summarizeWorkbook([grid], opts);
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    const t2 = performance.now();
    buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' });
    highlightMarks(report);
    layoutTimes.push(performance.now() - t2);
  }
  const s = report.sheets[0];
  writeResult({
    mode,
    case: c.id,
    runs: RUNS,
    coreMs: round(median(times), 2),
    coreMinMs: round(Math.min(...times), 2),
    coreAllMs: times.map((t) => round(t, 1)),
    /** CPU time of the process during a run (all threads, GC helpers included): less sensitive to other load. */
    coreCpuMs: round(median(cpuTimes), 1),
    layoutMs: round(median(layoutTimes), 2),
    gridBuildMs: round(buildMs),
    gridHeapMB,
    heapAfterMB: heapUsedMB(),
    kind: s.kind,
    units: s.units.length,
    leaders: s.leaders.length,
    findings: s.findings.length,
    reportHash: hash(fingerprint(report)),
  });
}

async function file(c: CaseDef) {
  const input = inputFile(c);
  const outDir = path.join(OUT_DIR, 'run');
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${c.id}.summary.xlsx`);
  const jsonOut = path.join(outDir, `${c.id}.report.json`);
  collect();
  const cpu = process.cpuUsage();
  const p = new Phases();
  setNativeInflate(zlibInflate); // as src/cli/summarize.ts
  const bytes = fs.readFileSync(input);
  p.mark('readFile');
  const pkg = await openWorkbook(bytes);
  const readers = hasLargeSheet(pkg) ? startCellReaders() : null;
  const host = new XlsxHost(pkg, readers);
  p.mark('openWorkbook');
  const settings = (await host.loadSettings()) ?? defaultSettings();
  const grids = await host.readSheets().finally(() => readers?.close());
  p.mark('readSheets');
  const report = summarizeWorkbook(grids, {
    source: path.basename(input),
    thresholds: settings.thresholds,
    lang: 'vi',
    periodRule: settings.periodRule,
    kindOverrides: settings.kindOverrides,
    columnOverrides: settings.columnOverrides,
  });
  p.mark('summarize');
  fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
  p.mark('writeJson');
  const layout = buildSummaryLayout(report, {
    lang: 'vi',
    sheetName: settings.summarySheetName,
    appendix: settings.appendix,
  });
  await host.writeSummary(layout);
  p.mark('writeSummary');
  await host.clearHighlights();
  await host.highlight(highlightMarks(report));
  p.mark('highlight');
  fs.writeFileSync(out, host.save());
  p.mark('writeXlsx');
  const totalMs = p.total();
  const used = process.cpuUsage(cpu);
  const fileMaxRss = maxRssMB();
  // Same report as the core benchmark's in-memory grid? (after timing; not counted)
  const direct = summarizeWorkbook([gridOf(c)], { source: path.basename(input) });
  const matches =
    fingerprint({
      ...report,
      sheets: report.sheets.filter((s) => s.kind !== 'empty' && s.sheet !== 'Ghi chú'),
    }) === fingerprint(direct);
  writeResult({
    mode,
    case: c.id,
    inputBytes: bytes.length,
    outputBytes: fs.statSync(out).size,
    totalMs,
    cpuMs: round((used.user + used.system) / 1000),
    phases: p.list,
    fileMaxRssMB: fileMaxRss,
    reportMatchesCore: matches,
  });
}

/** Fills the wire host's workbook from the generator directly (dates as serials with their format), without ExcelJS. */
async function fillBookList(c: CaseDef, excel: import('../test/excel/wire/workbook').WireBook) {
  const sheet = excel.addSheet('Danh sach ho so');
  const { rows, merges } = listHead();
  rows.forEach((row, r) => row.forEach((v, col) => v !== null && sheet.setValue(r, col, v as string)));
  sheet.merges.push(...merges);
  let r = LIST_FIRST_ROW;
  for (const row of listRows(c.size)) {
    row.forEach((v, col) => {
      if (v === null || v === undefined) return;
      if (v instanceof Date) {
        sheet.setValue(r, col, v.getTime() / 86_400_000 + 25569);
        sheet.setNumberFormat(r, col, DATE_FMT);
      } else sheet.setValue(r, col, v as string | number);
    });
    r++;
  }
}

async function office(c: CaseDef, viaExcelJS: boolean) {
  const { makeHost } = await import('../test/excel/helpers');
  const { loadIntoBook } = await import('../test/excel/exceljs-to-book');
  const { excel, host } = makeHost('1.13');
  const p = new Phases();
  if (viaExcelJS) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(inputFile(c)) as unknown as ArrayBuffer);
    loadIntoBook(wb, excel);
  } else await fillBookList(c, excel);
  p.mark('loadWorkbook');
  collect();
  const commands: Record<string, unknown>[] = [];
  const run = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    excel.resetRecords();
    const t = performance.now();
    let error: string | undefined;
    let value: T | undefined;
    try {
      value = await fn();
    } catch (e) {
      error = String((e as Error).message ?? e).slice(0, 160);
    }
    const syncs = excel.syncs;
    commands.push({
      command: name,
      syncs: syncs.length,
      maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
      totalRequestBytes: syncs.reduce((a, s) => a + s.requestBytes, 0),
      totalResponseBytes: syncs.reduce((a, s) => a + s.responseBytes, 0),
      failedSyncs: syncs.filter((s) => s.failed).map((s) => s.failed),
      ms: round(performance.now() - t),
      ...(error ? { error } : {}),
    });
    p.mark(name);
    return value;
  };
  await run('listSheets', () => host.listSheets());
  await run('loadSettings', () => host.loadSettings());
  const grids = (await run('readSheets', () => host.readSheets())) ?? ([] as Grid[]);
  if (!grids.length) {
    // Nothing read: the commands that work on a report would only measure the bench's own failure.
    writeResult({ mode, case: c.id, commands, phases: p.list, reportMatchesCore: false });
    return;
  }
  const report = summarizeWorkbook(grids, { source: `${c.id}.xlsx` });
  const layout = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' });
  const marks = highlightMarks(report);
  await run('writeSummary', () => host.writeSummary(layout));
  await run('highlight', () => host.highlight(marks));
  await run('clearHighlights', () => host.clearHighlights());
  await run('saveSettings', () => host.saveSettings(defaultSettings()));
  const first = report.sheets.find((s) => s.units.length)?.units[0];
  await run('selectCell', () => host.selectCell(report.sheets[0].sheet, first?.row ?? 1, 'B'));
  const direct = summarizeWorkbook([gridOf(c)], { source: `${c.id}.xlsx` });
  const sheets = report.sheets.filter((s) => s.kind !== 'empty' && s.sheet !== 'Ghi chú');
  writeResult({
    mode,
    case: c.id,
    filledVia: viaExcelJS
      ? 'ExcelJS + test/excel/exceljs-to-book.ts'
      : 'generator rows straight into the wire host workbook',
    marks: marks.length,
    layoutRows: layout.rows.length,
    commands,
    phases: p.list,
    reportMatchesCore: fingerprint({ ...report, sheets }) === fingerprint(direct),
  });
}

async function main() {
  const c = caseById(caseId);
  if (mode === 'core') await core(c);
  else if (mode === 'file') await file(c);
  else if (mode === 'office') await office(c, true);
  else if (mode === 'office-direct') await office(c, false);
  else throw new Error(`unknown mode ${mode}`);
}

main().catch((e: Error) => {
  process.stderr.write(`child failed: ${e.stack ?? e.message}\n`);
  process.exit(2);
});
