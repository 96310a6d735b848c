/**
 * Loaded on demand (its own chunk): opens an .xlsx in the browser and exposes it to the pane through
 * the same HostPort the Excel add-in uses. Saving patches the file's own package (src/xlsx).
 */
import type { HostPort } from '../core';
import { XlsxHost } from '../xlsx/XlsxHost';
import { openWorkbook } from '../xlsx/openWorkbook';
import { isMacroEnabled } from '../xlsx/workbookPackage';

export interface LoadedWorkbook {
  port: HostPort;
  /** True for an .xlsm: the download keeps that type and its macros. */
  macroEnabled: boolean;
  /** The workbook as it is now (with the summary, once inserted), as .xlsx bytes. */
  save(): Promise<ArrayBuffer>;
}

export async function loadWorkbook(file: Blob): Promise<LoadedWorkbook> {
  const pkg = await openWorkbook(new Uint8Array(await file.arrayBuffer()));
  const host = new XlsxHost(pkg);
  return {
    port: host,
    macroEnabled: isMacroEnabled(pkg),
    save: async () => {
      const bytes = host.save();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}
