/** Sheets written with ExcelJS from plain rows, and reproducible workbook bytes. */
import ExcelJS from 'exceljs';
import { normalizeZipTimes } from './zipBytes';

export type Cell = ExcelJS.CellValue;

export interface SheetSpec {
  name: string;
  /** rows[0] is sheet row 1; cells from column A. */
  rows: Cell[][];
  merges?: string[];
  /** "C12" -> number format. */
  numFmts?: Record<string, string>;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
  autoFilter?: string;
  /** Cells far from the table: "XFD1048576" -> value. */
  strayCells?: Record<string, Cell>;
}

const FIXED_DATE = new Date(Date.UTC(2024, 4, 1));

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const [addr, fmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(addr).numFmt = fmt;
  for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  for (const [addr, v] of Object.entries(spec.strayCells ?? {})) ws.getCell(addr).value = v;
  return ws;
}

export function workbookOf(...sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addSheet(wb, s);
  return wb;
}

/** The workbook as .xlsx bytes that do not change from one run to the next. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.creator = 'make-corpus';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return normalizeZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}
