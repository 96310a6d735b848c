/**
 * Loads an ExcelJS workbook into the wire host's workbook, as Excel would hold it: formulas through their cached
 * results (the formula text kept aside), dates as serial numbers with their format, errors as "#DIV/0!"
 * strings, covered cells of merged areas empty, defined names and hidden sheets carried over.
 */
import type ExcelJS from 'exceljs';
import type { Raw, WireBook } from './wire/workbook';

const EXCEL_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

function officeValue(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + EXCEL_EPOCH_SERIAL;
  if (typeof v !== 'object') return v;
  if ('error' in v) return String(v.error);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v)
    return officeValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  throw new Error(`unexpected ExcelJS value ${JSON.stringify(v)}`);
}

export function loadIntoBook(workbook: ExcelJS.Workbook, excel: WireBook): void {
  for (const ws of workbook.worksheets) {
    const sheet = excel.addSheet(ws.name);
    if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    if (ws.state === 'hidden') sheet.visibility = 'Hidden';
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        sheet.setValue(r - 1, c - 1, officeValue(cell.value));
        if (cell.numFmt) sheet.setNumberFormat(r - 1, c - 1, cell.numFmt);
        if (cell.formula) sheet.formulas.set(`${r - 1},${c - 1}`, `=${cell.formula}`);
      });
    });
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
      const [from, to = from] = ref.split(':');
      const a = ws.getCell(from);
      const b = ws.getCell(to);
      sheet.merges.push({ top: +a.row - 1, left: +a.col - 1, bottom: +b.row - 1, right: +b.col - 1 });
    }
  }
  for (const { name, ranges } of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^'?(.*?)'?!(\$?[A-Z]+\$?\d+)$/.exec(ranges[0] ?? '');
    if (m) excel.names.set(name, { sheet: excel.sheet(m[1].replace(/''/g, "'")), cell: m[2] });
  }
}
