/**
 * The one interface between the engine and its hosts. The Office.js adapter (src/excel) and the
 * file adapter (src/xlsx) both implement it; the task pane and the command line talk only to it.
 */
import type { Grid } from './grid';
import type { CellMark, SummaryLayout } from './summary/layout';
import type { Settings } from './schema';

export interface SheetInfo {
  name: string;
  rowCount: number;
  columnCount: number;
  /** True for the summary sheet the add-in wrote earlier. */
  isOwnSummary: boolean;
}

/** Where a long read is: the phase and the fraction of it done (0..1), for the pane's progress bar. */
export interface ReadProgress {
  phase: 'cells' | 'merges';
  fraction: number;
}

export interface ShadingOutcome {
  notice?: string;
}

export interface HostPort {
  /** Sheets of the workbook, in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /** Reads the named sheets (all but the add-in's own summary when omitted). */
  readSheets(
    names?: string[],
    onProgress?: (done: number, total: number, step?: ReadProgress) => void,
  ): Promise<Grid[]>;
  /** Inserts the summary sheet, or replaces the one the add-in wrote before; never a user's sheet. */
  writeSummary(layout: SummaryLayout): Promise<{ sheetName: string }>;
  /**
   * Shades cells on source sheets; values and formulas are not touched. `notice` (in the pane's
   * language) names what was left out, such as protected sheets.
   */
  highlight(marks: CellMark[]): Promise<ShadingOutcome | void>;
  /** Removes the shading this add-in applied, restoring what was there. */
  clearHighlights(): Promise<ShadingOutcome | void>;
  /** Selects a cell so the officer sees the fault (column letter, 1-based row). */
  selectCell(sheet: string, row: number, column?: string): Promise<void>;
  /** Settings stored in the workbook (thresholds, presets, kind and column overrides). */
  loadSettings(): Promise<Settings | null>;
  saveSettings(settings: Settings): Promise<void>;
}
