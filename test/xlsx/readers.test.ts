/**
 * The streaming reader (src/xlsx/readSheet.ts) gives the grids the ExcelJS reader gave, on every
 * fixture and every corpus file that reader could open: values (formula results, dates, rich text,
 * errors), number formats, merged areas and the number of rows. And so the same reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { summarizeWorkbook } from '../../src/core/engine';
import { openWorkbook } from '../../src/xlsx';
import { readSheet, sheetContextOf } from '../../src/xlsx/readSheet';
import { readGrid } from './excelJsGrid';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'corpus');
const refused = new Set(
  Object.entries(
    (
      JSON.parse(fs.readFileSync(path.join(CORPUS, 'expectations.json'), 'utf8')) as {
        files: Record<string, { exitCode: number }>;
      }
    ).files,
  )
    .filter(([, e]) => e.exitCode === 1)
    .map(([f]) => f),
);
const files = [
  path.join(ROOT, 'test', 'fixtures'),
  path.join(ROOT, '..', 'shared', 'fixtures'),
  CORPUS,
].flatMap((dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.xlsx') && !refused.has(f))
        .map((f) => path.join(dir, f))
    : [],
);

async function viaExcelJS(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(readGrid);
}

test('covers the fixtures and at least 40 corpus files', () => {
  expect(files.filter((f) => f.includes('fixtures')).length).toBeGreaterThanOrEqual(12);
  expect(files.filter((f) => f.startsWith(CORPUS)).length).toBeGreaterThanOrEqual(40);
});

test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', async (_name, file) => {
  const bytes = fs.readFileSync(file);
  const before = await viaExcelJS(bytes);
  const pkg = await openWorkbook(bytes);
  const context = sheetContextOf(pkg);
  const after = pkg.sheets.filter((s) => s.kind === 'worksheet').map((s) => readSheet(pkg, s, context));
  expect(after.map((g) => g.name)).toEqual(before.map((g) => g.name));
  for (let i = 0; i < before.length; i++) {
    expect(after[i].values.length).toBe(before[i].values.length);
    expect(after[i].values).toEqual(before[i].values);
    expect(after[i].numFmts).toEqual(before[i].numFmts);
    expect(after[i].merges).toEqual(before[i].merges);
  }
  const source = path.basename(file);
  expect(summarizeWorkbook(after, { source })).toEqual(summarizeWorkbook(before, { source }));
});
