/** Keeps only the summary sheet of a workbook (in place), so a PDF render shows just the appendix. */
import ExcelJS from 'exceljs';
import { SUMMARY_NAME } from '../src/core/summary/layout';

async function main(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const target = /^'?(.*?)'?!/.exec(wb.definedNames.getRanges(SUMMARY_NAME)?.ranges?.[0] ?? '')?.[1];
  for (const ws of [...wb.worksheets]) if (ws.name !== target) wb.removeWorksheet(ws.id);
  await wb.xlsx.writeFile(file);
}

void main(process.argv[2]);
