/**
 * Loaded on demand (its own chunk, with ExcelJS's browser build): opens an .xlsx in the browser and
 * exposes it to the pane through the same HostPort the Excel add-in uses.
 */
import type { HostPort } from '../core';
import { XlsxHost } from '../xlsx/XlsxHost';
import { openWorkbook } from '../xlsx/openWorkbook';

export interface LoadedWorkbook {
  port: HostPort;
  /** The workbook as it is now (with the summary, once inserted), as .xlsx bytes. */
  save(): Promise<ArrayBuffer>;
}

export async function loadWorkbook(file: Blob): Promise<LoadedWorkbook> {
  const workbook = await openWorkbook(new Uint8Array(await file.arrayBuffer()));
  return {
    port: new XlsxHost(workbook),
    save: async () => (await workbook.xlsx.writeBuffer()) as ArrayBuffer,
  };
}
