/**
 * The ExcelJS host: the same port as the Office.js adapter, over a workbook in memory. Used by the
 * command line, the standalone web page and the tests.
 */
import type ExcelJS from 'exceljs';
import type { Grid } from '../core';
import type { HostPort, SheetInfo } from '../core';
import { settingsSchema, type Settings } from '../core';
import {
  BELOW_FILL,
  freeSheetName,
  quoteSheetName,
  SETTINGS_SHEET,
  splitReference,
  SUMMARY_NAME,
  type CellMark,
  type SummaryLayout,
} from '../core';
import { readGrid } from './readGrid';
import { writeLayout } from './writeSummary';

type Fill = ExcelJS.Fill | undefined;

export class XlsxHost implements HostPort {
  /** Fills replaced by highlight(), to restore them. */
  private readonly saved = new Map<string, Fill>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  private ownSummaryName(): string | undefined {
    const ranges = this.workbook.definedNames.getRanges(SUMMARY_NAME)?.ranges ?? [];
    return splitReference(ranges[0] ?? '')?.sheet;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const own = this.ownSummaryName();
    return this.workbook.worksheets
      .filter((ws) => ws.name !== SETTINGS_SHEET)
      .map((ws) => ({
        name: ws.name,
        rowCount: ws.rowCount,
        columnCount: ws.columnCount,
        isOwnSummary: ws.name === own,
      }));
  }

  async readSheets(names?: string[], onProgress?: (done: number, total: number) => void): Promise<Grid[]> {
    const own = this.ownSummaryName();
    const sheets = this.workbook.worksheets.filter((ws) =>
      names ? names.includes(ws.name) : ws.name !== own && ws.name !== SETTINGS_SHEET,
    );
    return sheets.map((ws, i) => {
      const g = readGrid(ws);
      onProgress?.(i + 1, sheets.length);
      return g;
    });
  }

  async writeSummary(layout: SummaryLayout): Promise<{ sheetName: string }> {
    const own = this.ownSummaryName();
    if (own) {
      const old = this.workbook.getWorksheet(own);
      if (old) this.workbook.removeWorksheet(old.id);
      this.workbook.definedNames.remove(`${quoteSheetName(own)}!$A$1`, SUMMARY_NAME);
    }
    const name = freeSheetName(
      layout.sheetName,
      this.workbook.worksheets.map((w) => w.name),
    );
    const ws = this.workbook.addWorksheet(name, { properties: { tabColor: { argb: 'FF1F6F43' } } });
    writeLayout(ws, layout);
    this.workbook.definedNames.add(`${quoteSheetName(name)}!$A$1`, SUMMARY_NAME);
    return { sheetName: name };
  }

  async highlight(marks: CellMark[]): Promise<void> {
    for (const m of marks) {
      const ws = this.workbook.getWorksheet(m.sheet);
      if (!ws) continue;
      const cell = ws.getCell(`${m.column}${m.row}`);
      const key = `${m.sheet}!${m.column}${m.row}`;
      if (!this.saved.has(key)) this.saved.set(key, cell.fill);
      // A fresh style object: ExcelJS shares style objects between cells of the same style.
      cell.style = {
        ...cell.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + BELOW_FILL } },
      };
    }
  }

  async clearHighlights(): Promise<void> {
    for (const [key, fill] of this.saved) {
      const [sheet, addr] = key.split(/!(?=[A-Z]+\d+$)/);
      const ws = this.workbook.getWorksheet(sheet);
      if (!ws) continue;
      const cell = ws.getCell(addr);
      const style = { ...cell.style };
      if (fill) style.fill = fill;
      else delete style.fill;
      cell.style = style;
    }
    this.saved.clear();
  }

  /** Files have no selection; the standalone page shows the cell address instead. */
  async selectCell(): Promise<void> {}

  async loadSettings(): Promise<Settings | null> {
    const ws = this.workbook.getWorksheet(SETTINGS_SHEET);
    const raw = ws?.getCell('A1').value;
    if (typeof raw !== 'string') return null;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async saveSettings(settings: Settings): Promise<void> {
    const ws =
      this.workbook.getWorksheet(SETTINGS_SHEET) ??
      this.workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    ws.getCell('A1').value = JSON.stringify(settingsSchema.parse(settings));
  }
}
