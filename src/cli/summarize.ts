/**
 * npm run summarize -- <input.xlsx> --out <output.xlsx> --json <report.json> [--thresholds f] [--lang vi|en]
 * Exit 0 when the workbook was read (even with findings), 1 with a one-line message otherwise; on exit 1
 * nothing is written and the input is never touched.
 */
import path from 'node:path';
import { settingsOptions, summarizeWorkbook } from '../core';
import { defaultSettings, thresholdsSchema } from '../core';
import { buildSummaryLayout, highlightMarks } from '../core';
import { XlsxHost } from '../xlsx/XlsxHost';
import { isMacroEnabled } from '../xlsx/workbookPackage';
import { openWorkbook, UnreadableWorkbook } from '../xlsx/openWorkbook';
import { setNativeInflate } from '../xlsx/zip';
import { startCellReaders } from './cellWorkers';
import { hasLargeSheet } from '../xlsx/parallelSheet';
import { parseArgs } from './args';
import { CliError, lineAndColumn, readFile, realTarget, writeAll, zlibInflate } from './files';

function readThresholds(file: string): Record<string, number> {
  // Notepad saves UTF-8 with a byte order mark.
  const text = readFile(file)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const where = at ? `${lineAndColumn(text, Number(at[1]))}` : 'tệp rỗng hoặc bị cắt cụt';
    throw new CliError(`Tệp ngưỡng ${file} không phải JSON hợp lệ (${where})`);
  }
  const parsed = thresholdsSchema.safeParse(json);
  if (!parsed.success)
    throw new CliError(
      `Ngưỡng không hợp lệ trong ${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  return parsed.data as Record<string, number>;
}

/** Refuses outputs that would overwrite the input or each other, and a macro workbook saved as .xlsx. */
function checkTargets(input: string, out: string | undefined, json: string | undefined): void {
  const source = realTarget(input);
  const targets = [out && { flag: '--out', file: out }, json && { flag: '--json', file: json }].filter(
    (t): t is { flag: string; file: string } => !!t,
  );
  for (const t of targets)
    if (realTarget(t.file) === source)
      throw new CliError(`${t.flag} ${t.file} trỏ tới chính tệp đầu vào: hãy chọn tệp kết quả khác`);
  if (out && json && realTarget(out) === realTarget(json))
    throw new CliError(`--out và --json trỏ tới cùng một tệp ${out}: hãy chọn hai tệp khác nhau`);
}

async function main(): Promise<void> {
  setNativeInflate(zlibInflate);
  const args = parseArgs(process.argv.slice(2));
  checkTargets(args.input, args.out, args.json);
  const pkg = await openWorkbook(readFile(args.input));
  if (args.out) {
    const macro = isMacroEnabled(pkg);
    const ext = path.extname(args.out).toLowerCase();
    if (macro && ext !== '.xlsm')
      throw new CliError(
        `Tệp ${path.basename(args.input)} có macro (VBA): hãy đặt tên tệp kết quả đuôi .xlsm để giữ macro (không phải ${path.basename(args.out)})`,
      );
    if (!macro && ext === '.xlsm')
      throw new CliError(
        `Tệp ${path.basename(args.input)} không có macro: hãy đặt tên tệp kết quả đuôi .xlsx`,
      );
  }
  // Started now, their start-up overlaps with reading the styles, shared strings and settings.
  const readers = hasLargeSheet(pkg) ? startCellReaders() : null;
  const host = new XlsxHost(pkg, readers);
  const settings = (await host.loadSettings()) ?? defaultSettings();
  const thresholds = { ...settings.thresholds, ...(args.thresholds ? readThresholds(args.thresholds) : {}) };
  const grids = await host.readSheets().finally(() => readers?.close());
  const report = summarizeWorkbook(grids, {
    ...settingsOptions(settings),
    source: path.basename(args.input),
    thresholds,
    lang: args.lang,
  });
  const json = JSON.stringify(report, null, 2) + '\n';
  const files: { file: string; data: Uint8Array | string }[] = [];
  if (args.json) files.push({ file: args.json, data: json });
  if (args.out) {
    const layout = buildSummaryLayout(report, {
      lang: args.lang,
      sheetName: settings.summarySheetName,
      appendix: settings.appendix,
    });
    await host.writeSummary(layout);
    // A re-run with other thresholds leaves no red cell of the earlier run.
    await host.clearHighlights();
    await host.highlight(highlightMarks(report));
    files.push({ file: args.out, data: host.save() });
  }
  writeAll(files);
  if (!args.json && !args.out) process.stdout.write(json);
}

main().catch((e: Error) => {
  const known = e instanceof CliError || e instanceof UnreadableWorkbook;
  const text = known ? e.message : `không xử lý được tệp (${e.message})`;
  process.stderr.write(`Lỗi: ${text.split('\n')[0]}\n`);
  process.exit(1);
});
