/** Shared set-up for the Office adapter tests: a fake workbook, its settings bag, and the adapter over them. */
import { detectCapabilities } from '../../src/excel/capabilities';
import { OfficeHost } from '../../src/excel/office-host';
import { officeDocumentStore } from '../../src/excel/store';
import { FakeExcel, FakeSettings, installOfficeGlobals, type Raw } from './fake-excel';

export function makeHost(apiVersion = '1.13') {
  const excel = new FakeExcel(apiVersion);
  const settings = new FakeSettings();
  installOfficeGlobals(excel, settings);
  const caps = detectCapabilities((v) => excel.supports(v));
  const host = new OfficeHost(excel.run, caps, officeDocumentStore(settings as unknown as Office.Settings));
  return { excel, settings, host, caps };
}

/** Fills a sheet with `rows` x `columns` values from `cell`, starting at (top, left). */
export function fillSheet(
  excel: FakeExcel,
  name: string,
  rows: number,
  columns: number,
  cell: (r: number, c: number) => Raw = (r, c) => (c === 0 ? `Xã ${r}` : r * 10 + c),
  top = 0,
  left = 0,
) {
  const sheet = excel.addSheet(name);
  for (let r = 0; r < rows; r++) {
    sheet.values[top + r] = [];
    for (let c = 0; c < columns; c++) sheet.values[top + r][left + c] = cell(r, c);
  }
  return sheet;
}

export const MB = 1024 * 1024;
