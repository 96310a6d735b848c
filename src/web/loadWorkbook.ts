/**
 * Loaded on demand (its own chunk): opens an .xlsx in the browser and exposes it to the pane through
 * the same HostPort the Excel add-in uses. Saving patches the file's own package (src/xlsx).
 */
import type { HostPort } from '../core';
import { hasLargeSheet, type CellReaders } from '../xlsx/parallelSheet';
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

/** readers: threads for a large sheet (the engine worker's), started only when one is there. */
export async function loadWorkbook(
  file: Blob,
  readers: () => Promise<CellReaders | null> = async () => null,
): Promise<LoadedWorkbook> {
  const pkg = await openWorkbook(new Uint8Array(await file.arrayBuffer()));
  const host = new XlsxHost(pkg, hasLargeSheet(pkg) ? await readers() : null);
  return {
    port: host,
    macroEnabled: isMacroEnabled(pkg),
    save: async () => {
      const bytes = host.save();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}
