/**
 * The in-memory workbook behind the wire-level host, with the rules of Excel the adapter must respect:
 * values assigned as typed input, sheet and structure protection, hidden and very hidden sheets, sheet
 * name rules, cell edit mode, the 5 MB payload limit of Excel on the web, the declared requirement set.
 */
import type { MergeArea } from '../../../src/core/grid';

export type Raw = string | number | boolean | null;

export interface CellFormat {
  fill?: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Set<string>;
}

export interface PageSetup {
  orientation?: string;
  paperSize?: string;
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
  printTitleRows?: string;
  printArea?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number };
}

/** A chart as the fake records it. */
export interface ChartModel {
  type: string;
  source: string;
  title?: string;
  position?: [string, string];
  seriesTypes: Record<number, string>;
}

/** A rectangle of one sheet, 0-based. */
export interface Box {
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** One worksheet's cells and looks. Rows and columns are 0-based. */
export class SheetModel {
  values: Raw[][] = [];
  numberFormats: (string | null)[][] = [];
  formulas = new Map<string, string>();
  formats = new Map<string, CellFormat>();
  merges: MergeArea[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  page: PageSetup = {};
  charts: ChartModel[] = [];
  pageBreaks: string[] = [];
  frozenRows = 0;
  visibility = 'Visible';

  constructor(
    public id: string,
    public name: string,
  ) {}

  value(r: number, c: number): Raw {
    return this.values[r]?.[c] ?? null;
  }

  setValue(r: number, c: number, v: Raw): void {
    (this.values[r] ??= [])[c] = v;
  }

  numberFormat(r: number, c: number): string {
    return this.numberFormats[r]?.[c] ?? 'General';
  }

  setNumberFormat(r: number, c: number, f: string): void {
    (this.numberFormats[r] ??= [])[c] = f === 'General' ? null : f;
  }

  format(r: number, c: number): CellFormat {
    const key = `${r},${c}`;
    let f = this.formats.get(key);
    if (!f) this.formats.set(key, (f = { font: {}, borders: new Set() }));
    return f;
  }

  /** Bounding box of cells with a value or a formula (and, unless valuesOnly, with formatting). */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    this.values.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && take(r, c)));
    for (const key of this.formulas.keys()) take(...(key.split(',').map(Number) as [number, number]));
    if (!valuesOnly)
      for (const key of this.formats.keys()) take(...(key.split(',').map(Number) as [number, number]));
    return bottom < 0 ? null : { sheet: this, top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

export class WireError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class WireSheet extends SheetModel {
  /** Sheet protection (Review > Protect Sheet): no cell, format or merge may change. */
  protected = false;
  /** Zoom assigned while the sheet was not active (Excel may not apply fit-to-pages then). */
  zoomIgnored = false;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Error code when the request failed (operations before the failing one stay applied). */
  failed?: string;
  message?: string;
}

/** Excel on the web refuses requests and responses above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_SHEET_NAME = 31;

const versionNumber = (v: string) => {
  const [major, minor] = v.split('.').map(Number);
  return major * 1000 + minor;
};

export interface BookOptions {
  /** Highest ExcelApi set the host supports. */
  apiVersion?: string;
  /** Whether the host knows Excel.run's delayForCellEdit (requirement set DelayForCellEdit). */
  delayForCellEdit?: boolean;
  /** Where the file lives, as Office.context.document.url gives it. */
  url?: string | null;
  /** Older builds of Excel on the web answer an oversized payload with GeneralException. */
  legacyPayloadErrors?: boolean;
}

export class WireBook {
  sheets: WireSheet[] = [];
  /** Workbook-scoped names: name -> the cell it points at (kept through renames, #REF! once deleted). */
  names = new Map<string, { sheet: WireSheet; cell: string }>();
  active: WireSheet | null = null;
  selection: string | null = null;
  /** Review > Protect Workbook: sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  structureProtected = false;
  /** The officer is typing in a cell: Excel refuses requests not flagged delayForCellEdit. */
  cellEditMode = false;
  syncs: SyncRecord[] = [];
  /** Test hook: an error code for a call ("FreezePanes.FreezeRows") Excel should refuse this time. */
  failOn: (call: string) => string | undefined = () => undefined;
  readonly apiVersion: string;
  readonly delayForCellEdit: boolean;
  readonly url: string | null;
  readonly legacyPayloadErrors: boolean;
  private nextId = 1;

  constructor(options: BookOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.13';
    this.delayForCellEdit = options.delayForCellEdit ?? true;
    this.url = options.url === undefined ? 'C:\\Báo cáo\\Tháng 4.xlsx' : options.url;
    this.legacyPayloadErrors = options.legacyPayloadErrors ?? false;
  }

  supports(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.apiVersion);
  }

  isSetSupported = (name: string, version?: string): boolean => {
    if (name === 'ExcelApi') return this.supports(version ?? '1.1');
    if (name === 'DelayForCellEdit') return this.delayForCellEdit;
    return false;
  };

  addSheet(name: string): WireSheet {
    checkSheetName(name, this.sheets, null);
    const sheet = new WireSheet(`{WIRE-${String(this.nextId++).padStart(4, '0')}}`, name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): WireSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** What Excel shows as a name's value: its reference, or #REF! once the sheet is gone. */
  nameValue(name: string): string | undefined {
    const target = this.names.get(name);
    if (!target) return undefined;
    return this.sheets.includes(target.sheet)
      ? `=${quotedSheet(target.sheet.name)}!${target.cell}`
      : '=#REF!';
  }

  get activeSheet(): string | null {
    return this.active?.name ?? null;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get requestBytes(): number[] {
    return this.syncs.map((s) => s.requestBytes);
  }

  resetRecords(): void {
    this.syncs = [];
  }
}

export function nameValue(book: WireBook, name: string): string | undefined {
  return book.nameValue(name);
}

export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's sheet name rules; `self` is the sheet being renamed (a name may differ only in case). */
export function checkSheetName(name: string, sheets: WireSheet[], self: WireSheet | null): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > MAX_SHEET_NAME ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === 'history'
  )
    throw new WireError('InvalidArgument', `The argument is invalid or missing: sheet name "${name}".`);
  const key = name.normalize('NFC').toLowerCase();
  if (sheets.some((s) => s !== self && s.name.normalize('NFC').toLowerCase() === key))
    throw new WireError('ItemAlreadyExists', `A resource with the same name or identifier already exists.`);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** The year Excel assumes for a typed "3/2" (the model's clock; Excel takes the current year). */
const TYPED_YEAR = 2026;

/**
 * What Excel does with a value assigned through Range.values: the same as typing it, unless the cell's
 * number format is Text ("@"). "1" becomes the number 1, "3/2" the date 2 March, "10%" 0.1, "-A" and
 * "=X" formulas (#NAME? for an unknown name); a leading apostrophe keeps the rest as text.
 */
export function enterTyped(sheet: SheetModel, r: number, c: number, v: unknown): void {
  const key = `${r},${c}`;
  sheet.formulas.delete(key);
  if (typeof v !== 'string') return sheet.setValue(r, c, (v as Raw) ?? null);
  if (v === '') return sheet.setValue(r, c, null);
  if (sheet.numberFormat(r, c) === '@') return sheet.setValue(r, c, v);
  if (v.startsWith("'")) return sheet.setValue(r, c, v.slice(1));
  const trimmed = v.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return sheet.setValue(r, c, Number(trimmed));
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(trimmed);
  if (percent) {
    if (sheet.numberFormat(r, c) === 'General') sheet.setNumberFormat(r, c, '0%');
    return sheet.setValue(r, c, Number(percent[1]) / 100);
  }
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(trimmed);
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31) {
    const serial =
      (Date.UTC(Number(date[3] ?? TYPED_YEAR), Number(date[1]) - 1, Number(date[2])) - EXCEL_EPOCH) /
      86_400_000;
    if (sheet.numberFormat(r, c) === 'General') sheet.setNumberFormat(r, c, date[3] ? 'm/d/yyyy' : 'd-mmm');
    return sheet.setValue(r, c, serial);
  }
  if (/^[=+\-@]./.test(v)) {
    sheet.formulas.set(key, v.startsWith('=') ? v : `=${v}`);
    return sheet.setValue(r, c, '#NAME?');
  }
  sheet.setValue(r, c, v);
}
