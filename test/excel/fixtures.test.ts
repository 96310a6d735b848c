/**
 * (f) The fixtures read through the Office adapter (ExcelJS -> fake Excel -> OfficeHost) give the engine
 * exactly what the ExcelJS adapter gives it, so the report is the same whichever host the officer uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { summarizeWorkbook } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/xlsx';
import { loadIntoFake } from './exceljs-to-fake';
import { makeHost } from './helpers';

const DIR = path.resolve(__dirname, '../fixtures');
const FIXTURES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

async function open(name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(path.join(DIR, `${name}.xlsx`)) as unknown as ArrayBuffer);
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as {
    sheet: string;
    kind: string;
  };
  return { workbook, expected, viaExcelJS: await new XlsxHost(workbook).readSheets() };
}

async function viaOffice(workbook: ExcelJS.Workbook, apiVersion: string) {
  const { excel, host } = makeHost(apiVersion);
  loadIntoFake(workbook, excel);
  const grids = await host.readSheets();
  return { grids, syncs: excel.syncs.length };
}

/** The same grids as the ExcelJS host's, minus what ExcelApi 1.1 cannot tell: the merged areas. */
const withoutMerges = (grids: Grid[]) => grids.map((g) => ({ ...g, merges: [], mergesUnknown: true }));

test('the six fixtures are present', () => {
  expect(FIXTURES).toHaveLength(6);
});

describe.each(FIXTURES)('%s', (name) => {
  test('ExcelApi 1.13: the same report as through the ExcelJS adapter', async () => {
    const { workbook, expected, viaExcelJS } = await open(name);
    const { grids, syncs } = await viaOffice(workbook, '1.13');
    const source = `${name}.xlsx`;
    const report = summarizeWorkbook(grids, { source });
    expect(report).toEqual(summarizeWorkbook(viaExcelJS, { source }));
    expect(report.sheets.find((s) => s.sheet === expected.sheet)?.kind).toBe(expected.kind);
    expect(syncs).toBe(4);
  });

  test('ExcelApi 1.1: the same report as the ExcelJS grids would give without merge information', async () => {
    const { workbook, viaExcelJS } = await open(name);
    const { grids, syncs } = await viaOffice(workbook, '1.1');
    const source = `${name}.xlsx`;
    expect(summarizeWorkbook(grids, { source })).toEqual(
      summarizeWorkbook(withoutMerges(viaExcelJS), { source }),
    );
    expect(syncs).toBe(3);
  });
});
