/** Whole workbooks: hidden sheets, workbook features, an earlier summary, names and settings stored in the file. */
import ExcelJS from 'exceljs';
import { sampleUnits, type UnitCounts } from '../support/dossier';
import { unitFigures } from '../support/expectations';
import { runPipeline } from '../support/pipeline';
import { addSheet, workbookBytes, type SheetSpec } from '../support/workbook';
import { normalizeZipTimes } from '../support/zipBytes';
import { NO_ERRORS, sheetOf, standard, xlsx, type CorpusCase } from './common';

const S = 'Tháng 4-2024';
const units = sampleUnits();
const names = (us: UnitCounts[]) => us.map((u) => u.name);
const settingsSheet = (json: string): SheetSpec => ({
  name: '_BaoCaoCCHC',
  rows: [[json]],
  state: 'veryHidden',
});

async function withFeatures(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = addSheet(wb, sheetOf(S, standard()));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 10 }];
  ws.pageSetup.printArea = 'A1:M18';
  ws.getCell('B11').note = 'Số liệu đã đối chiếu với Cổng DVC';
  ws.getCell('B20').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  for (const addr of ['C11', 'C12', 'D11'])
    ws.getCell(addr).dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
    };
  ws.addConditionalFormatting({
    ref: 'J11:J15',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['0'],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  wb.definedNames.add(`'${S}'!$B$11:$B$15`, 'DanhSachDonVi');
  // Protected without a password: ws.protect() would salt the hash at random and change the bytes each run.
  (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, selectLockedCells: true };
  return workbookBytes(wb);
}

async function rerun(): Promise<Buffer> {
  const first = await runPipeline(await xlsx(sheetOf(S, standard())), 'standard.xlsx');
  return normalizeZipTimes(first.output);
}

export const WORKBOOK_CASES: CorpusCase[] = [
  {
    file: 'hidden-sheets.xlsx',
    build: () =>
      xlsx(
        sheetOf(S, standard()),
        sheetOf('Ẩn', standard(units.slice(0, 2)), { state: 'hidden' }),
        sheetOf('Rất ẩn', standard(units.slice(2)), { state: 'veryHidden' }),
      ),
    expect: {
      description: 'A hidden and a very hidden sheet beside a visible one: all three are read, none is lost.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats', Ẩn: 'dossier-stats', 'Rất ẩn': 'dossier-stats' },
      units: { [S]: names(units), Ẩn: names(units.slice(0, 2)), 'Rất ẩn': names(units.slice(2)) },
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'workbook-features.xlsx',
    build: withFeatures,
    expect: {
      description:
        'Frozen panes, print area, a note, a hyperlink, data validation, conditional formatting, a defined name, sheet protection.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: unitFigures(S, units),
      mustNotFind: [NO_ERRORS],
    },
  },
  {
    file: 'summary-rerun.xlsx',
    build: rerun,
    expect: {
      description:
        'The output of an earlier run: its summary is replaced, not read as data and not duplicated.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      figures: unitFigures(S, units),
      summarySheet: 'Tổng hợp CCHC',
    },
  },
  {
    file: 'user-sheet-summary-uppercase.xlsx',
    build: () => xlsx({ name: 'TỔNG HỢP CCHC', rows: [['Ghi chép của tôi']] }, sheetOf(S, standard())),
    expect: {
      description:
        'A user sheet "TỔNG HỢP CCHC": Excel names are case-insensitive, so the summary must take another name.',
      exitCode: 0,
      sheets: { 'TỔNG HỢP CCHC': 'unknown', [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      summarySheet: 'Tổng hợp CCHC (2)',
    },
  },
  {
    file: 'settings-bad-json.xlsx',
    build: () => xlsx(sheetOf(S, standard()), settingsSheet('{"thresholds": {"onTimeRate": 5}')),
    expect: {
      description: 'The stored settings are broken JSON: defaults are used.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      summarySheet: 'Tổng hợp CCHC',
    },
  },
  {
    file: 'settings-hostile-sheet-name.xlsx',
    build: () =>
      xlsx(sheetOf(S, standard()), settingsSheet(JSON.stringify({ summarySheetName: "'Tổng/hợp: [CCHC]?" }))),
    expect: {
      description: 'Stored settings ask for a summary sheet name Excel forbids: the characters are replaced.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      summarySheet: 'Tổng hợp   CCHC',
    },
  },
];
