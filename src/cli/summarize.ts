/**
 * npm run summarize -- <input.xlsx> --out <output.xlsx> --json <report.json> [--thresholds f] [--lang vi|en]
 * Exit 0 when the workbook was read (even with findings), 1 with a one-line message otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { summarizeWorkbook } from '../core';
import { defaultSettings, thresholdsSchema } from '../core';
import { buildSummaryLayout, highlightMarks } from '../core';
import { XlsxHost } from '../xlsx/XlsxHost';
import { openWorkbook } from '../xlsx/openWorkbook';
import { parseArgs } from './args';

function readThresholds(file: string): Record<string, number> {
  const parsed = thresholdsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `Ngưỡng không hợp lệ trong ${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  return parsed.data as Record<string, number>;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.input)) throw new Error(`Không tìm thấy tệp ${args.input}`);
  const wb = await openWorkbook(fs.readFileSync(args.input));
  const host = new XlsxHost(wb);
  const settings = (await host.loadSettings()) ?? defaultSettings();
  const thresholds = { ...settings.thresholds, ...(args.thresholds ? readThresholds(args.thresholds) : {}) };
  const grids = await host.readSheets();
  const report = summarizeWorkbook(grids, {
    source: path.basename(args.input),
    thresholds,
    lang: args.lang,
    periodRule: settings.periodRule,
    kindOverrides: settings.kindOverrides,
    columnOverrides: settings.columnOverrides,
  });
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  if (args.out) {
    const layout = buildSummaryLayout(report, {
      lang: args.lang,
      sheetName: settings.summarySheetName,
      appendix: settings.appendix,
    });
    await host.writeSummary(layout);
    await host.highlight(highlightMarks(report));
    await wb.xlsx.writeFile(args.out);
  }
  if (!args.json && !args.out) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

main().catch((e: Error) => {
  process.stderr.write(`Lỗi: ${e.message.split('\n')[0]}\n`);
  process.exit(1);
});
