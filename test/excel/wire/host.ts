/**
 * The adapter (OfficeHost) driven through the real Office.js client library against a WireBook: what
 * the task pane does, request for request, as Excel would receive it.
 */
import type { Lang } from '../../../src/core/lang';
import { detectCapabilities } from '../../../src/excel/capabilities';
import { OfficeHost } from '../../../src/excel/office-host';
import { officeDocumentStore } from '../../../src/excel/store';
import { WireExcel } from './executor';
import { wireRun } from './office-library';
import { type BookOptions, type Raw, WireBook, type WireSheet } from './workbook';

/** Office.context.document.settings: a property bag that is persisted by saveAsync. */
export class WireSettings {
  private live = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saves = 0;

  get(name: string): unknown {
    return this.live.has(name) ? structuredClone(this.live.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, structuredClone(value));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(callback?: (result: { status: string }) => void): void {
    this.saves++;
    this.saved = new Map(this.live);
    callback?.({ status: 'succeeded' });
  }
}

/**
 * The Office and Excel globals of a running add-in over `book`: Excel.run of the real library, and the
 * parts of Office's common API the adapter uses outside it (settings, url, requirements).
 */
export function installWireGlobals(book: WireBook, settings: WireSettings) {
  const run = wireRun(new WireExcel(book), book.isSetSupported);
  Object.assign(globalThis, {
    Office: {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        document: { settings, url: book.url },
        requirements: { isSetSupported: book.isSetSupported },
      },
    },
    Excel: { run },
  });
  return run;
}

export function makeWireHost(options: BookOptions & { lang?: Lang } = {}) {
  const book = new WireBook(options);
  const settings = new WireSettings();
  const run = installWireGlobals(book, settings);
  const caps = detectCapabilities((v) => book.supports(v));
  const store = officeDocumentStore(settings as unknown as Office.Settings);
  const host = new OfficeHost(run, caps, store, options.lang ?? 'vi');
  return { book, settings, host, caps, run };
}

/** Fills a sheet with `rows` x `columns` values from `cell`, starting at (top, left). */
export function fillWireSheet(
  book: WireBook,
  name: string,
  rows: number,
  columns: number,
  cell: (r: number, c: number) => Raw = (r, c) => (c === 0 ? `Xã ${r}` : r * 10 + c),
  top = 0,
  left = 0,
): WireSheet {
  const sheet = book.addSheet(name);
  for (let r = 0; r < rows; r++) {
    sheet.values[top + r] = [];
    for (let c = 0; c < columns; c++) sheet.values[top + r][left + c] = cell(r, c);
  }
  return sheet;
}
