/**
 * HostPort over Office.js: the task pane's only door to the open workbook. Each method is one
 * Excel.run with a fixed number of syncs (see the modules it delegates to).
 */
import type { Grid } from '../core';
import type { HostPort, SheetInfo } from '../core';
import type { Settings } from '../core';
import type { CellMark, SummaryLayout } from '../core';
import { type Capabilities, detectCapabilities } from './capabilities';
import { clearHighlights, highlight } from './highlight';
import { readSheets } from './read';
import { loadSettings, saveSettings } from './settings';
import { listSheets, pickSheets } from './sheets';
import { type DocumentStore, officeDocumentStore } from './store';
import { writeSummary } from './write';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficeHost implements HostPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly caps: Capabilities,
    private readonly store: DocumentStore,
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.run((context) => listSheets(context, this.caps, this.store));
  }

  readSheets(names?: string[], onProgress?: (done: number, total: number) => void): Promise<Grid[]> {
    return this.run((context) =>
      readSheets(context, this.caps, (map) => pickSheets(map, this.store, names), onProgress),
    );
  }

  writeSummary(layout: SummaryLayout): Promise<{ sheetName: string }> {
    return this.run((context) => writeSummary(context, this.caps, this.store, layout));
  }

  highlight(marks: CellMark[]): Promise<void> {
    return this.run((context) => highlight(context, this.store, marks));
  }

  clearHighlights(): Promise<void> {
    return this.run((context) => clearHighlights(context, this.store));
  }

  selectCell(sheet: string, row: number, column = 'A'): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(`${column}${row}`).select();
      await context.sync();
    });
  }

  loadSettings(): Promise<Settings | null> {
    return this.run((context) => loadSettings(context));
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.run((context) => saveSettings(context, settings));
  }
}

/** The host for the running Office: call after Office.onReady. */
export function createOfficeHost(): OfficeHost {
  return new OfficeHost((batch) => Excel.run(batch), detectCapabilities(), officeDocumentStore());
}
