/**
 * HostPort over Office.js: the task pane's only door to the open workbook. Each method is one
 * Excel.run with a bounded number of syncs (see the modules it delegates to). Every run waits for the
 * officer to leave a cell being edited instead of failing, and Office's error codes come out as
 * messages that say what to do (office-errors.ts).
 */
import type { Lang } from '../core';
import type { Grid } from '../core';
import type { HostPort, ReadProgress, ShadingOutcome, SheetInfo } from '../core';
import type { Settings } from '../core';
import type { CellMark, SummaryLayout } from '../core';
import { type Capabilities, detectCapabilities } from './capabilities';
import { clearHighlights, highlight } from './highlight';
import { adapterMessages, explainOfficeError } from './office-errors';
import { readSheets } from './read';
import { loadSettings, saveSettings } from './settings';
import { listSheets, pickSheets } from './sheets';
import { type DocumentStore, officeDocumentStore } from './store';
import { writeSummary } from './write';

export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Without it every command fails while the officer is typing in a cell (InvalidOperationInCellEditMode). */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export class OfficeHost implements HostPort {
  constructor(
    private readonly excelRun: ExcelRun,
    private readonly caps: Capabilities,
    private readonly store: DocumentStore,
    private readonly lang: Lang = 'vi',
  ) {}

  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.excelRun(RUN_OPTIONS, batch);
    } catch (e) {
      throw explainOfficeError(e, this.lang);
    }
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.run((context) => listSheets(context, this.caps, this.store));
  }

  readSheets(
    names?: string[],
    onProgress?: (done: number, total: number, step?: ReadProgress) => void,
  ): Promise<Grid[]> {
    return this.run((context) =>
      readSheets(context, this.caps, (map) => pickSheets(map, this.store, names), onProgress),
    );
  }

  writeSummary(layout: SummaryLayout): Promise<{ sheetName: string }> {
    return this.run((context) => writeSummary(context, this.caps, this.store, layout));
  }

  highlight(marks: CellMark[]): Promise<ShadingOutcome> {
    return this.run((context) => highlight(context, this.caps, this.store, marks, this.lang));
  }

  clearHighlights(): Promise<ShadingOutcome> {
    return this.run((context) => clearHighlights(context, this.caps, this.store, this.lang));
  }

  /** Two syncs: a hidden sheet cannot be activated, so the officer is told to unhide it instead. */
  selectCell(sheet: string, row: number, column = 'A'): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet).load('visibility');
      await context.sync();
      if (ws.visibility !== 'Visible')
        throw new Error(adapterMessages.hiddenSheet(sheet, `${column}${row}`, this.lang));
      ws.activate();
      ws.getRange(`${column}${row}`).select();
      await context.sync();
    });
  }

  loadSettings(): Promise<Settings | null> {
    return this.run((context) => loadSettings(context));
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.run((context) => saveSettings(context, this.caps, settings, this.lang));
  }
}

/** The host for the running Office: call after Office.onReady. */
export function createOfficeHost(lang: Lang = 'vi'): OfficeHost {
  return new OfficeHost(
    (options, batch) => Excel.run(options, batch),
    detectCapabilities(),
    officeDocumentStore(),
    lang,
  );
}
