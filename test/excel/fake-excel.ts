/**
 * A recording fake of the part of the Excel JavaScript object model the adapter uses, with Office.js's
 * batching rules: calls on proxies only queue operations; context.sync() runs the queue in order against
 * an in-memory workbook, fills loaded properties, and records the request and response sizes (JSON of the
 * queued operations / of the loaded data). Reading a property that was not loaded and synced throws, as
 * Office.js does. Members above the fake's ExcelApi version throw ApiNotFound. Payloads above 5 MB throw
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as Excel on the web does.
 */
import { columnIndex, columnLetter, type MergeArea } from '../../src/core/grid';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

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

/** One worksheet of the in-memory workbook. Rows and columns are 0-based. */
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

  /** Sheet models ride along in fake responses; only their id counts towards the response size. */
  toJSON(): string {
    return this.id;
  }

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

interface Box {
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed?: string;
}

interface Operation {
  describe: Record<string, unknown>;
  /** Runs against the model; a returned object is the response data of a load. */
  run: () => Record<string, unknown> | void;
}

class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const versionNumber = (v: string) => {
  const [major, minor] = v.split('.').map(Number);
  return major * 1000 + minor;
};

function parseCell(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) throw new OfficeError('InvalidArgument', `bad address ${ref}`);
  return [Number(m[2]) - 1, columnIndex(m[1])];
}

function parseAddress(address: string): [number, number, number, number] {
  const [from, to = from] = address.split(':');
  const [top, left] = parseCell(from);
  const [bottom, right] = parseCell(to);
  return [top, left, bottom - top + 1, right - left + 1];
}

function addressOf(box: Box): string {
  const a = `${columnLetter(box.left)}${box.top + 1}`;
  const b = `${columnLetter(box.left + box.columns - 1)}${box.top + box.rows}`;
  return a === b ? a : `${a}:${b}`;
}

function quotedSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellsOf(box: Box): [number, number][] {
  if (box.rows * box.columns > 1_000_000) throw new OfficeError('FakeUnsupported', 'formatting a huge range');
  const out: [number, number][] = [];
  for (let r = box.top; r < box.top + box.rows; r++)
    for (let c = box.left; c < box.left + box.columns; c++) out.push([r, c]);
  return out;
}

/** What Excel does with a value assigned through the API: like typing it into the cell. */
function enter(sheet: SheetModel, r: number, c: number, v: unknown): void {
  const key = `${r},${c}`;
  sheet.formulas.delete(key);
  if (typeof v !== 'string') return sheet.setValue(r, c, (v as Raw) ?? null);
  if (v === '') return sheet.setValue(r, c, null);
  if (sheet.numberFormat(r, c) === '@') return sheet.setValue(r, c, v);
  if (v.startsWith("'")) return sheet.setValue(r, c, v.slice(1));
  if (/^[+-]?\d+(\.\d+)?$/.test(v)) return sheet.setValue(r, c, Number(v));
  if (/^[=+\-@]./.test(v)) {
    sheet.formulas.set(key, v.startsWith('=') ? v : `=${v}`);
    return sheet.setValue(r, c, null);
  }
  sheet.setValue(r, c, v);
}

/** The in-memory workbook plus the recorder. One instance serves any number of Excel.run calls. */
export class FakeExcel {
  sheets: SheetModel[] = [];
  /** Workbook-scoped defined names: name -> reference of a cell ("='Sheet'!$A$1"), kept across renames. */
  names = new Map<string, { sheet: SheetModel; cell: string }>();
  syncs: SyncRecord[] = [];
  activeSheet: string | null = null;
  selection: string | null = null;
  private nextId = 1;

  constructor(public apiVersion = '1.13') {}

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new OfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    }
    const sheet = new SheetModel(`{FAKE-${String(this.nextId++).padStart(4, '0')}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  supports(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.apiVersion);
  }

  requireApi(member: string, version: string): void {
    if (!this.supports(version)) throw new OfficeError('ApiNotFound', `${member} needs ExcelApi ${version}`);
  }

  /** Excel.run(batch) or Excel.run(options, batch); the options change nothing here. */
  run = async <T>(
    first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === 'function' ? first : second!;
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  resetRecords(): void {
    this.syncs = [];
  }
}

class FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection };
  private queue: Operation[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
    };
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = Buffer.byteLength(JSON.stringify(ops.map((o) => o.describe)));
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length };
    this.excel.syncs.push(record);
    if (requestBytes > PAYLOAD_LIMIT) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new OfficeError(record.failed, `${requestBytes} bytes`);
    }
    const responses: Record<string, unknown>[] = [];
    const deliver: (() => void)[] = [];
    try {
      for (const op of ops) {
        const data = op.run();
        if (data) {
          responses.push(data);
          deliver.push(() => (op.describe.target as Loadable).deliver(data));
        }
      }
    } catch (e) {
      record.failed = (e as OfficeError).code ?? 'Error';
      throw e;
    }
    record.responseBytes = Buffer.byteLength(JSON.stringify(responses));
    if (record.responseBytes > PAYLOAD_LIMIT) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeError(record.failed, `${record.responseBytes} bytes`);
    }
    deliver.forEach((d) => d());
  }
}

/** Base of every proxy: loaded data arrives at sync; reading before that throws. */
abstract class Loadable {
  private data: Record<string, unknown> = {};

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  toJSON(): string {
    return this.path;
  }

  deliver(data: Record<string, unknown>): void {
    Object.assign(this.data, data);
  }

  protected loaded<T>(prop: string): T {
    if (!(prop in this.data)) throw new OfficeError('PropertyNotLoaded', `${this.path}.${prop}`);
    return this.data[prop] as T;
  }

  protected queueSet(prop: string, value: unknown, apply: () => void): void {
    this.data[prop] = value;
    this.ctx.enqueue({ describe: { target: this, set: prop, value }, run: apply });
  }

  protected queueCall(method: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({ describe: { target: this, call: method, args }, run: apply });
  }

  /** `load('a,b')`: the names are read from the model at sync time by `read`. */
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue({
      describe: { target: this, load: names },
      run: () => this.read(names),
    });
    return this;
  }

  protected abstract read(names: string[]): Record<string, unknown>;
}

/** What Excel shows as a name's value: its reference, or #REF! once the sheet is gone. */
export function nameValue(excel: FakeExcel, name: string): string | undefined {
  const target = excel.names.get(name);
  if (!target) return undefined;
  return excel.sheets.includes(target.sheet) ? `=${quotedSheet(target.sheet.name)}!${target.cell}` : '=#REF!';
}

class FakeNamedItemCollection extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx, 'names');
  }

  get items(): { name: string; value: string }[] {
    return this.loaded('items');
  }

  protected read(names: string[]): Record<string, unknown> {
    if (names.some((n) => !['items/name', 'items/value'].includes(n)))
      throw new OfficeError('FakeUnsupported', names.join());
    return {
      items: [...this.ctx.excel.names.keys()].map((name) => ({
        name,
        value: nameValue(this.ctx.excel, name),
      })),
    };
  }

  add(name: string, reference: FakeRange): void {
    this.ctx.excel.requireApi('names.add', '1.4');
    this.queueCall('add', [name, reference], () => {
      if (this.ctx.excel.names.has(name)) throw new OfficeError('ItemAlreadyExists', `name ${name}`);
      const b = reference.required();
      this.ctx.excel.names.set(name, { sheet: b.sheet, cell: `$${columnLetter(b.left)}$${b.top + 1}` });
    });
  }

  getItem(name: string): { delete: () => void } {
    return {
      delete: () => {
        this.ctx.excel.requireApi('NamedItem.delete', '1.4');
        this.queueCall('names.getItem.delete', [name], () => {
          if (!this.ctx.excel.names.delete(name)) throw new OfficeError('ItemNotFound', `name ${name}`);
        });
      },
    };
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx, 'worksheets');
  }

  get items(): FakeWorksheet[] {
    return this.loaded('items');
  }

  protected read(names: string[]): Record<string, unknown> {
    const props = names.map((n) => n.replace(/^items\//, ''));
    return {
      items: this.ctx.excel.sheets.map((model) => ({ ...readSheet(this.ctx.excel, model, props), model })),
    };
  }

  /** The response carries plain data; the caller gets worksheet proxies bound to the same sheets. */
  deliver(data: Record<string, unknown>): void {
    const items = (data.items as { model: SheetModel }[]).map(({ model, ...props }) => {
      const ws = new FakeWorksheet(this.ctx, () => model, `worksheets[${model.id}]`);
      ws.deliver(props);
      return ws;
    });
    super.deliver({ items });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(key, true)!, `worksheets.getItem(${key})`);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.excel.requireApi('getItemOrNullObject', '1.4');
    return new FakeWorksheet(this.ctx, () => this.find(key, false), `worksheets.getItemOrNullObject(${key})`);
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    const ws = new FakeWorksheet(this.ctx, () => created!, `worksheets.add(${name})`);
    this.ctx.enqueue({
      describe: { target: this, call: 'add', args: [name] },
      run: () => {
        created = this.ctx.excel.addSheet(name);
      },
    });
    return ws;
  }

  private find(key: string, required: boolean): SheetModel | null {
    const found = this.ctx.excel.sheets.find(
      (s) => s.id === key || s.name.toLowerCase() === key.toLowerCase(),
    );
    if (!found && required) throw new OfficeError('ItemNotFound', `sheet ${key}`);
    return found ?? null;
  }
}

function readSheet(excel: FakeExcel, model: SheetModel | null, props: string[]): Record<string, unknown> {
  if (!model) return { isNullObject: true };
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (p === 'id') out.id = model.id;
    else if (p === 'name') out.name = model.name;
    else if (p === 'position') out.position = excel.sheets.indexOf(model);
    else throw new OfficeError('FakeUnsupported', `worksheet.${p}`);
  }
  return out;
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly model: () => SheetModel | null,
    path: string,
  ) {
    super(ctx, path);
  }

  get id(): string {
    return this.loaded('id');
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.queueSet('name', v, () => {
      this.model()!.name = v;
    });
  }
  set visibility(v: string) {
    this.queueSet('visibility', v, () => {
      this.model()!.visibility = v;
    });
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(v: number) {
    this.queueSet('position', v, () => {
      const sheets = this.ctx.excel.sheets;
      const model = this.model()!;
      sheets.splice(sheets.indexOf(model), 1);
      sheets.splice(Math.min(v, sheets.length), 0, model);
    });
  }

  protected read(names: string[]): Record<string, unknown> {
    return readSheet(this.ctx.excel, this.model(), names);
  }

  delete(): void {
    this.queueCall('delete', [], () => {
      const sheets = this.ctx.excel.sheets;
      sheets.splice(sheets.indexOf(this.model()!), 1);
    });
  }

  activate(): void {
    this.queueCall('activate', [], () => {
      this.ctx.excel.activeSheet = this.model()!.name;
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${address})`, () => {
      const [top, left, rows, columns] = parseAddress(address);
      return { sheet: this.model()!, top, left, rows, columns };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.excel.requireApi('getUsedRange(valuesOnly)', '1.2');
    return new FakeRange(this.ctx, `${this.path}.getUsedRange()`, () => {
      const sheet = this.model()!;
      return sheet.usedBox(valuesOnly === true) ?? { sheet, top: 0, left: 0, rows: 1, columns: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.excel.requireApi('getUsedRangeOrNullObject', '1.4');
    return new FakeRange(this.ctx, `${this.path}.getUsedRangeOrNullObject()`, () =>
      this.model()!.usedBox(valuesOnly === true),
    );
  }

  get freezePanes(): { freezeRows: (count: number) => void } {
    this.ctx.excel.requireApi('freezePanes', '1.7');
    return {
      freezeRows: (count: number) =>
        this.queueCall('freezePanes.freezeRows', [count], () => {
          this.model()!.frozenRows = count;
        }),
    };
  }

  /** charts.add and Chart.title/setPosition are ExcelApi 1.1; ChartSeries.chartType is 1.7. */
  get charts() {
    const excel = this.ctx.excel;
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: ChartModel = { type, source: '', seriesTypes: {} };
        this.queueCall('charts.add', [type, source.path, seriesBy], () => {
          const b = source.required();
          chart.source = `${b.top},${b.left},${b.rows},${b.columns}`;
          this.model()!.charts.push(chart);
        });
        const queue = (name: string, args: unknown[], apply: () => void) =>
          this.queueCall(`chart.${name}`, args, apply);
        return {
          title: {
            set text(v: string) {
              queue('title.text', [v], () => (chart.title = v));
            },
          },
          setPosition: (start: FakeRange, end: FakeRange) =>
            queue('setPosition', [start.path, end.path], () => (chart.position = [start.path, end.path])),
          series: {
            getItemAt: (i: number) => ({
              set chartType(v: string) {
                excel.requireApi('ChartSeries.chartType', '1.7');
                queue('series.chartType', [i, v], () => (chart.seriesTypes[i] = v));
              },
            }),
          },
        };
      },
    };
  }

  get horizontalPageBreaks(): { add: (range: string) => void } {
    this.ctx.excel.requireApi('horizontalPageBreaks', '1.9');
    return {
      add: (range: string) =>
        this.queueCall('horizontalPageBreaks.add', [range], () => {
          this.model()!.pageBreaks.push(range);
        }),
    };
  }

  get pageLayout(): PageSetup & {
    setPrintTitleRows: (rows: string) => void;
    setPrintArea: (area: string) => void;
  } {
    this.ctx.excel.requireApi('pageLayout', '1.9');
    const setter = (prop: keyof PageSetup) => ({
      set: (v: unknown) =>
        this.queueSet(`pageLayout.${prop}`, v, () => {
          (this.model()!.page as Record<string, unknown>)[prop] = v;
        }),
      get: () => {
        throw new OfficeError('PropertyNotLoaded', `pageLayout.${prop}`);
      },
    });
    const page = {
      setPrintTitleRows: (rows: string) =>
        this.queueCall('pageLayout.setPrintTitleRows', [rows], () => {
          this.model()!.page.printTitleRows = rows;
        }),
      setPrintArea: (area: string) =>
        this.queueCall('pageLayout.setPrintArea', [area], () => {
          this.model()!.page.printArea = area;
        }),
    };
    for (const prop of [
      'orientation',
      'paperSize',
      'topMargin',
      'bottomMargin',
      'leftMargin',
      'rightMargin',
      'zoom',
    ] as const) {
      Object.defineProperty(page, prop, setter(prop));
    }
    return page as PageSetup & {
      setPrintTitleRows: (rows: string) => void;
      setPrintArea: (area: string) => void;
    };
  }
}

class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeContext,
    path: string,
    readonly box: () => Box | null,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.required());
  }

  required(): Box {
    const b = this.box();
    if (!b) throw new OfficeError('InvalidObjectPath', `${this.path} is a null object`);
    return b;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  get values(): Raw[][] {
    return this.loaded('values');
  }
  set values(v: Raw[][]) {
    this.queueSet('values', v, () => this.assign(v, (sheet, r, c, x) => enter(sheet, r, c, x)));
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.queueSet('numberFormat', v, () =>
      this.assign(v, (sheet, r, c, x) => sheet.setNumberFormat(r, c, String(x))),
    );
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  private assign(
    matrix: unknown[][],
    put: (sheet: SheetModel, r: number, c: number, v: unknown) => void,
  ): void {
    const b = this.required();
    if (matrix.length !== b.rows || matrix.some((row) => row.length !== b.columns)) {
      throw new OfficeError('InvalidArgument', `matrix does not fit ${addressOf(b)}`);
    }
    matrix.forEach((row, i) => row.forEach((v, j) => put(b.sheet, b.top + i, b.left + j, v)));
  }

  protected read(names: string[]): Record<string, unknown> {
    const b = this.box();
    if (!b) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    const grid = <T>(cell: (r: number, c: number) => T): T[][] =>
      Array.from({ length: b.rows }, (_, i) =>
        Array.from({ length: b.columns }, (_, j) => cell(b.top + i, b.left + j)),
      );
    for (const name of names) {
      if (name === 'values') out.values = grid((r, c) => b.sheet.value(r, c) ?? '');
      else if (name === 'numberFormat') out.numberFormat = grid((r, c) => b.sheet.numberFormat(r, c));
      else if (name === 'rowIndex') out.rowIndex = b.top;
      else if (name === 'columnIndex') out.columnIndex = b.left;
      else if (name === 'rowCount') out.rowCount = b.rows;
      else if (name === 'columnCount') out.columnCount = b.columns;
      else throw new OfficeError('FakeUnsupported', `range.${name}`);
    }
    return out;
  }

  merge(across = false): void {
    this.ctx.excel.requireApi('merge', '1.2');
    this.queueCall('merge', [across], () => {
      const b = this.required();
      for (const [r, c] of cellsOf(b)) if (r !== b.top || c !== b.left) b.sheet.setValue(r, c, null);
      b.sheet.merges.push({
        top: b.top,
        left: b.left,
        bottom: b.top + b.rows - 1,
        right: b.left + b.columns - 1,
      });
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.excel.requireApi('getMergedAreasOrNullObject', '1.13');
    return new FakeRangeAreas(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, () => this.required());
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getEntireColumn()`, () => ({
      ...this.required(),
      top: 0,
      rows: MAX_ROWS,
    }));
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getEntireRow()`, () => ({
      ...this.required(),
      left: 0,
      columns: MAX_COLUMNS,
    }));
  }

  select(): void {
    this.queueCall('select', [], () => {
      const b = this.required();
      this.ctx.excel.selection = `${b.sheet.name}!${addressOf(b)}`;
    });
  }
}

class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly within: () => Box,
  ) {
    super(ctx, path);
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  get address(): string {
    return this.loaded('address');
  }

  protected read(names: string[]): Record<string, unknown> {
    const b = this.within();
    const hits = b.sheet.merges.filter(
      (m) => m.bottom >= b.top && m.top < b.top + b.rows && m.right >= b.left && m.left < b.left + b.columns,
    );
    if (hits.length === 0) return { isNullObject: true };
    if (names.some((n) => n !== 'address')) throw new OfficeError('FakeUnsupported', names.join());
    const prefix = `${quotedSheet(b.sheet.name)}!`;
    const address = hits
      .map(
        (m) =>
          prefix +
          addressOf({
            sheet: b.sheet,
            top: m.top,
            left: m.left,
            rows: m.bottom - m.top + 1,
            columns: m.right - m.left + 1,
          }),
      )
      .join(', ');
    return { isNullObject: false, address };
  }
}

class FakeRangeFormat extends Loadable {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: { getItem: (edge: string) => { style: string } };

  constructor(
    ctx: FakeContext,
    path: string,
    readonly box: () => Box,
  ) {
    super(ctx, path);
    this.font = new FakeFont(ctx, `${path}.font`, box);
    this.fill = new FakeFill(ctx, `${path}.fill`, box);
    this.borders = {
      getItem: (edge: string) => {
        const border = new FakeBorder(ctx, `${path}.borders.getItem(${edge})`, box, edge);
        return border;
      },
    };
  }

  protected read(): Record<string, unknown> {
    throw new OfficeError('FakeUnsupported', 'format.load');
  }

  private setEach(prop: 'horizontalAlignment' | 'verticalAlignment' | 'wrapText', v: string | boolean): void {
    this.queueSet(prop, v, () => {
      const b = this.box();
      for (const [r, c] of cellsOf(b)) (b.sheet.format(r, c) as unknown as Record<string, unknown>)[prop] = v;
    });
  }

  set horizontalAlignment(v: string) {
    this.setEach('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.setEach('verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    this.setEach('wrapText', v);
  }
  set columnWidth(v: number) {
    this.ctx.excel.requireApi('columnWidth', '1.2');
    this.queueSet('columnWidth', v, () => {
      const b = this.box();
      for (let c = b.left; c < b.left + b.columns; c++) b.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.ctx.excel.requireApi('rowHeight', '1.2');
    this.queueSet('rowHeight', v, () => {
      const b = this.box();
      for (let r = b.top; r < b.top + b.rows; r++) b.sheet.rowHeights.set(r, v);
    });
  }
}

class FakeFont extends Loadable {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly box: () => Box,
  ) {
    super(ctx, path);
  }

  protected read(): Record<string, unknown> {
    throw new OfficeError('FakeUnsupported', 'font.load');
  }

  private setEach(prop: keyof CellFormat['font'], v: string | number | boolean): void {
    this.queueSet(prop, v, () => {
      const b = this.box();
      for (const [r, c] of cellsOf(b)) (b.sheet.format(r, c).font as Record<string, unknown>)[prop] = v;
    });
  }

  set name(v: string) {
    this.setEach('name', v);
  }
  set size(v: number) {
    this.setEach('size', v);
  }
  set bold(v: boolean) {
    this.setEach('bold', v);
  }
  set italic(v: boolean) {
    this.setEach('italic', v);
  }
}

class FakeFill extends Loadable {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly box: () => Box,
  ) {
    super(ctx, path);
  }

  get color(): string | null {
    return this.loaded('color');
  }
  set color(v: string) {
    this.queueSet('color', v, () => {
      const b = this.box();
      for (const [r, c] of cellsOf(b)) b.sheet.format(r, c).fill = v.toUpperCase();
    });
  }

  clear(): void {
    this.queueCall('clear', [], () => {
      const b = this.box();
      for (const [r, c] of cellsOf(b)) delete b.sheet.format(r, c).fill;
    });
  }

  /** Excel reports no fill as white, and null when the cells of the range differ. */
  protected read(names: string[]): Record<string, unknown> {
    if (names.some((n) => n !== 'color')) throw new OfficeError('FakeUnsupported', names.join());
    const b = this.box();
    const colors = new Set(cellsOf(b).map(([r, c]) => b.sheet.formats.get(`${r},${c}`)?.fill ?? '#FFFFFF'));
    return { color: colors.size === 1 ? [...colors][0] : null };
  }
}

class FakeBorder extends Loadable {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly box: () => Box,
    private readonly edge: string,
  ) {
    super(ctx, path);
  }

  protected read(): Record<string, unknown> {
    throw new OfficeError('FakeUnsupported', 'border.load');
  }

  set style(v: string) {
    this.queueSet('style', v, () => {
      const b = this.box();
      const bottom = b.top + b.rows - 1;
      const right = b.left + b.columns - 1;
      for (const [r, c] of cellsOf(b)) {
        const sides = b.sheet.format(r, c).borders;
        if (this.edge === 'EdgeTop' && r === b.top) sides.add('top');
        if (this.edge === 'EdgeBottom' && r === bottom) sides.add('bottom');
        if (this.edge === 'EdgeLeft' && c === b.left) sides.add('left');
        if (this.edge === 'EdgeRight' && c === right) sides.add('right');
        if (this.edge === 'InsideVertical' && c > b.left) sides.add('left');
        if (this.edge === 'InsideVertical' && c < right) sides.add('right');
        if (this.edge === 'InsideHorizontal' && r > b.top) sides.add('top');
        if (this.edge === 'InsideHorizontal' && r < bottom) sides.add('bottom');
      }
    });
  }
}

/** Office.context.document.settings: a property bag that is persisted by saveAsync. */
export class FakeSettings {
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

/** Minimal Office and Excel globals so the adapter's entry points run under jest. */
export function installOfficeGlobals(excel: FakeExcel, settings: FakeSettings): void {
  Object.assign(globalThis, {
    Office: {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        document: { settings },
        requirements: {
          isSetSupported: (name: string, v: string) => name === 'ExcelApi' && excel.supports(v),
        },
      },
    },
    Excel: { run: excel.run },
  });
}
