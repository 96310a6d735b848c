/**
 * The file host: the same port as the Office.js adapter, over an .xlsx package held as bytes. Sheets
 * are read by streaming their parts (readSheet.ts); the output is the input package patched
 * (patchPackage.ts). Used by the command line, the standalone web page and the tests.
 */
import type { Grid } from '../core';
import type { HostPort, SheetInfo } from '../core';
import { settingsSchema, type Settings } from '../core';
import {
  freeSheetName,
  placeRow,
  SETTINGS_SHEET,
  splitReference,
  SUMMARY_NAME,
  type CellMark,
  type SummaryLayout,
} from '../core';
import { highlightFill, patchPackage } from './patchPackage';
import { readSheetInParallel, type CellReaders } from './parallelSheet';
import { readSheet, sheetContextOf, type SheetContext } from './readSheet';
import type { StyleEdit } from './sheetStyles';
import type { SheetRef, WorkbookPackage } from './workbookPackage';

/** The cells a summary layout will write, as a grid (a spanning cell fills its first column). */
function layoutGrid(name: string, layout: SummaryLayout): Grid {
  const values = layout.rows.map((row) =>
    placeRow(row.cells).flatMap((p) => [p.cell.value, ...Array(p.span - 1).fill(null)]),
  );
  return { name, values, merges: [] };
}

/** Original style index of each shaded cell, by sheetId then address: what "Xóa đánh dấu" restores. */
type StyleBackup = Record<string, Record<string, number>>;
const BACKUP_TAG = 'bao-cao-cchc:highlights:v1:';
/** Backup text per settings-sheet cell, under Excel's 32,767 characters. */
const BACKUP_CHUNK = 30_000;

export class XlsxHost implements HostPort {
  private context: SheetContext | null = null;
  private grids = new Map<SheetRef, Promise<Grid>>();
  private summary: { layout: SummaryLayout; name: string } | null = null;
  private settingsText: string | null = null;
  /** The backup stored in the file. */
  private backup: StyleBackup = {};
  private marks: CellMark[] = [];
  private settingsChanged = false;
  /** clearHighlights() was called: the file's shading is undone on save. */
  private cleared = false;

  /** readers: worker threads for large sheets (the command line); without them sheets are read here. */
  constructor(
    readonly pkg: WorkbookPackage,
    private readonly readers: CellReaders | null = null,
  ) {
    const settings = this.settingsRef();
    if (!settings) return;
    const rows = readSheet(pkg, settings, this.ctx()).values.map((r) => r[0]);
    this.settingsText = typeof rows[0] === 'string' ? rows[0] : null;
    const stored = rows
      .slice(1)
      .filter((v): v is string => typeof v === 'string')
      .join('');
    if (stored.startsWith(BACKUP_TAG))
      try {
        this.backup = JSON.parse(stored.slice(BACKUP_TAG.length));
      } catch {
        this.backup = {};
      }
  }

  private ctx(): SheetContext {
    return (this.context ??= sheetContextOf(this.pkg));
  }

  private settingsRef(): SheetRef | undefined {
    return this.pkg.sheets.find((s) => s.name === SETTINGS_SHEET && s.kind === 'worksheet');
  }

  /** Our earlier summary, as its defined name points at it. */
  private ownSummary(): SheetRef | undefined {
    const name = this.pkg.definedNames.find((n) => n.name === SUMMARY_NAME && n.localSheetId === undefined);
    const sheet = splitReference(name?.text ?? '')?.sheet;
    return this.pkg.sheets.find((s) => s.name === sheet && s.kind === 'worksheet');
  }

  /** Worksheets (chart sheets hold no cells), our settings sheet apart. */
  private worksheets(): SheetRef[] {
    return this.pkg.sheets.filter((s) => s.kind === 'worksheet' && s.name !== SETTINGS_SHEET);
  }

  /**
   * A sheet's grid, read once: listing the sheets, analysing them and showing one in the page all want
   * it, and a large sheet takes a second or more. The package's sheets never change in this host (what
   * it writes goes to new parts on save), so a read stays true.
   */
  private grid(s: SheetRef): Promise<Grid> {
    let g = this.grids.get(s);
    if (!g) {
      const ctx = this.ctx();
      g = this.readers
        ? readSheetInParallel(this.pkg, s, ctx, this.readers)
        : Promise.resolve().then(() => readSheet(this.pkg, s, ctx));
      this.grids.set(s, g);
    }
    return g;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const own = this.ownSummary();
    const list: SheetInfo[] = [];
    for (const s of this.worksheets().filter((s) => !(this.summary && s === own))) {
      const g = await this.grid(s);
      const columnCount = g.values.reduce((w, r) => Math.max(w, r.length), 0);
      list.push({ name: s.name, rowCount: g.values.length, columnCount, isOwnSummary: s === own });
    }
    if (this.summary)
      list.push({
        name: this.summary.name,
        rowCount: this.summary.layout.rows.length,
        columnCount: this.summary.layout.columnWidths.length,
        isOwnSummary: true,
      });
    return list;
  }

  async readSheets(names?: string[], onProgress?: (done: number, total: number) => void): Promise<Grid[]> {
    const own = this.ownSummary();
    const pending = this.summary;
    const sheets = this.worksheets().filter((s) =>
      names ? names.includes(s.name) && !(pending && s === own) : s !== own,
    );
    const grids: Grid[] = [];
    for (const s of sheets) {
      grids.push(await this.grid(s));
      onProgress?.(grids.length, sheets.length);
    }
    // The summary written in this session is in the package only once saved: read it from its layout.
    if (pending && names?.includes(pending.name)) grids.push(layoutGrid(pending.name, pending.layout));
    return grids;
  }

  async writeSummary(layout: SummaryLayout): Promise<{ sheetName: string }> {
    const own = this.ownSummary();
    // A user's "TỔNG HỢP CCHC" is taken; our own earlier summary is replaced.
    const name = freeSheetName(
      layout.sheetName,
      this.pkg.sheets.filter((s) => s !== own).map((s) => s.name),
    );
    this.summary = { layout, name };
    return { sheetName: name };
  }

  async highlight(marks: CellMark[]): Promise<void> {
    this.marks.push(...marks);
  }

  /** Restores the styles our earlier shading replaced (in this session and in the file). */
  async clearHighlights(): Promise<void> {
    this.marks = [];
    this.cleared = true;
  }

  /** Files have no selection; the standalone page shows the cell address instead. */
  async selectCell(): Promise<void> {}

  async loadSettings(): Promise<Settings | null> {
    if (this.settingsText === null) return null;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(this.settingsText));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settingsText = JSON.stringify(settingsSchema.parse(settings));
    this.settingsChanged = true;
  }

  /** The workbook with what was written, as .xlsx bytes (the input package, patched). */
  save(): Uint8Array {
    const styles = new Map<string, Map<string, StyleEdit>>();
    const editsOf = (part: string) => {
      let m = styles.get(part);
      if (!m) styles.set(part, (m = new Map()));
      return m;
    };
    const bySheetId = new Map(this.pkg.sheets.map((s) => [s.sheetId, s]));
    const byName = new Map(this.pkg.sheets.map((s) => [s.name, s]));
    // Cleared: every cell shaded before gets its own style back, unless it is shaded again below.
    const restore: StyleBackup = this.cleared ? this.backup : {};
    const backup: StyleBackup = this.cleared ? {} : structuredClone(this.backup);
    for (const [id, cells] of Object.entries(restore)) {
      const part = bySheetId.get(id)?.part;
      if (part) for (const [addr, s] of Object.entries(cells)) editsOf(part).set(addr, () => s);
    }
    for (const m of this.marks) {
      const sheet = byName.get(m.sheet);
      if (!sheet?.part) continue;
      const addr = `${m.column}${m.row}`;
      const saved = (backup[sheet.sheetId] ??= {});
      const restored = restore[sheet.sheetId]?.[addr];
      // A cell shaded by an earlier run keeps the style it had before the first run.
      editsOf(sheet.part).set(addr, (current, book) => {
        const original = saved[addr] ?? restored ?? current;
        saved[addr] = original;
        return book.withFill(original, highlightFill(book));
      });
    }
    const own = this.ownSummary();
    return patchPackage(this.pkg, {
      styles,
      summary: this.summary ? { ...this.summary, replaces: own } : undefined,
      settingsSheet: this.settingsRef(),
      settingsRows: () => {
        const backupChanged = this.marks.length > 0 || (this.cleared && Object.keys(restore).length > 0);
        if (!this.settingsChanged && !backupChanged) return null;
        const rows = [this.settingsText ?? ''];
        const text = Object.keys(backup).length ? BACKUP_TAG + JSON.stringify(backup) : '';
        for (let i = 0; i < text.length; i += BACKUP_CHUNK) rows.push(text.slice(i, i + BACKUP_CHUNK));
        return rows;
      },
    });
  }
}
