/**
 * The request executor of the wire-level host: it receives the request Office.js serialized (object
 * paths + actions), runs the actions in order against a WireBook and answers as Excel does. Batches are
 * not transactional: when an action fails, the ones before it stay applied and the error names the
 * failing action. Members above the book's ExcelApi version fail at sync with ApiNotFound.
 */
import { columnIndex, columnLetter } from '../../../src/core/grid';
import type { WireAction, WireExecutor, WirePath, WireRequest, WireResponse } from './office-library';
import {
  PAYLOAD_LIMIT,
  type Raw,
  type Box as SheetBox,
  type SheetModel,
  WireBook,
  WireError,
  WireSheet,
  checkSheetName,
  enterTyped,
  quotedSheet,
} from './workbook';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Request flag Office.js sets for Excel.run({ delayForCellEdit: true }). */
const DELAY_FOR_CELL_EDIT = 64;

/** ExcelApi set that brings a member ("Type.Member", as named on the wire). */
const SINCE: Record<string, string> = {
  'Worksheets.GetItemOrNullObject': '1.4',
  'Worksheet.GetUsedRangeOrNullObject': '1.4',
  'Worksheet.GetUsedRange(valuesOnly)': '1.2',
  'Worksheet.Protection': '1.2',
  'Worksheet.set.Visibility': '1.2',
  'Worksheet.FreezePanes': '1.7',
  'Worksheet.PageLayout': '1.9',
  'Worksheet.HorizontalPageBreaks': '1.9',
  'Workbook.Protection': '1.7',
  'Names.Add': '1.4',
  'Names.GetItemOrNullObject': '1.4',
  'NamedItem.Delete': '1.4',
  'Range.Merge': '1.2',
  'Range.GetMergedAreasOrNullObject': '1.13',
  'RangeFormat.set.ColumnWidth': '1.2',
  'RangeFormat.set.RowHeight': '1.2',
  'ChartSeries.set.ChartType': '1.7',
};

interface Box extends Omit<SheetBox, 'sheet'> {
  sheet: WireSheet;
}

function parseCell(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) throw new WireError('InvalidArgument', `The argument is invalid or missing: address ${ref}.`);
  return [Number(m[2]) - 1, columnIndex(m[1].toUpperCase())];
}

function boxOf(sheet: WireSheet, address: string): Box {
  const [from, to = from] = address.replace(/^.*!/, '').split(':');
  const [top, left] = parseCell(from);
  const [bottom, right] = parseCell(to);
  return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function addressOf(box: Omit<Box, 'sheet'>): string {
  const a = `${columnLetter(box.left)}${box.top + 1}`;
  const b = `${columnLetter(box.left + box.columns - 1)}${box.top + box.rows}`;
  return a === b ? a : `${a}:${b}`;
}

function cellsOf(box: Box): [number, number][] {
  if (box.rows * box.columns > 2_000_000)
    throw new WireError('WireUnsupported', `formatting ${addressOf(box)} cell by cell`);
  const out: [number, number][] = [];
  for (let r = box.top; r < box.top + box.rows; r++)
    for (let c = box.left; c < box.left + box.columns; c++) out.push([r, c]);
  return out;
}

const grid = <T>(b: Box, cell: (r: number, c: number) => T): T[][] =>
  Array.from({ length: b.rows }, (_, i) =>
    Array.from({ length: b.columns }, (_, j) => cell(b.top + i, b.left + j)),
  );

/** One object of the Excel object model as a request addresses it. */
type Target =
  | { kind: 'Workbook' }
  | { kind: 'Worksheets' }
  | { kind: 'Worksheet'; sheet: WireSheet | null }
  | { kind: 'Range'; box: Box | null }
  | { kind: 'RangeAreas'; sheet: WireSheet; areas: Box[] }
  | { kind: 'RangeFormat' | 'RangeFont' | 'RangeFill' | 'RangeBorders'; box: Box }
  | { kind: 'RangeBorder'; box: Box; edge: string }
  | { kind: 'Names' }
  | { kind: 'NamedItem'; name: string | null }
  | { kind: 'PageLayout' | 'FreezePanes' | 'Charts' | 'PageBreaks' | 'WorksheetProtection'; sheet: WireSheet }
  | { kind: 'WorkbookProtection' }
  /** An object the adapter creates but never addresses again (a page break). */
  | { kind: 'Opaque' }
  | { kind: 'Chart' | 'ChartTitle' | 'ChartSeriesCollection'; chart: ChartRecord; sheet: WireSheet }
  | { kind: 'ChartSeries'; chart: ChartRecord; index: number; sheet: WireSheet };

type ChartRecord = WireSheet['charts'][number];

export class WireExcel implements WireExecutor {
  /**
   * Ranges Excel keeps for later syncs (the request's AutoKeepReference): the library swaps a range's
   * path for its `_ReferenceId` once a response names it, which is how a range read in one sync is
   * used in the next.
   */
  private readonly references = new Map<string, Target>();
  private readonly referenceIds = new WeakMap<Target, string>();

  constructor(readonly book: WireBook) {}

  /**
   * What Excel answers to an object's instantiation: a worksheet's id (the library then addresses it by
   * id, so an added sheet is usable in later syncs) or a kept range's reference.
   */
  private identityOf(target: Target): object | undefined {
    if (target.kind === 'Worksheet') return target.sheet ? { Id: target.sheet.id } : undefined;
    return this.referenceOf(target);
  }

  private referenceOf(target: Target): { _ReferenceId: string } | undefined {
    if (target.kind !== 'Range' && target.kind !== 'RangeAreas') return undefined;
    let id = this.referenceIds.get(target);
    if (!id) {
      id = `{WIRE-REF-${this.references.size + 1}}`;
      this.references.set(id, target);
      this.referenceIds.set(target, id);
    }
    return { _ReferenceId: id };
  }

  executeAsync(_customData: unknown, flags: number, message: { Body: WireRequest }): Promise<WireResponse> {
    return Promise.resolve(this.execute(flags, message.Body));
  }

  private execute(flags: number, body: WireRequest): WireResponse {
    const book = this.book;
    const requestBytes = Buffer.byteLength(JSON.stringify(body));
    const record = { requestBytes, responseBytes: 0, actions: body.Actions.length } as WireBook['syncs'][0];
    // The request Excel.run sends after the batch to release kept ranges is Office.js's, not the adapter's.
    if (!body.Actions.every((a) => a.ActionType === 1 || a.Name === '_RemoveReference'))
      book.syncs.push(record);
    const tooLarge = (code: string) =>
      failure(record, book.legacyPayloadErrors ? 'GeneralException' : code, 413);
    if (requestBytes > PAYLOAD_LIMIT) return tooLarge('RequestPayloadSizeLimitExceeded');
    if (book.cellEditMode) {
      if (!(flags & DELAY_FOR_CELL_EDIT)) return failure(record, 'InvalidOperationInCellEditMode', 400);
      book.cellEditMode = false; // Excel waits until the officer leaves the cell, then runs the batch
    }
    const paths = new Map<number, Target>();
    const results: { ActionId: number; Value: unknown }[] = [];
    let error: { Code: string; Message: string; ActionIndex: number; HttpStatusCode: number } | undefined;
    for (let i = 0; i < body.Actions.length && !error; i++) {
      const action = body.Actions[i];
      try {
        const value = this.run(action, body.ObjectPaths, paths);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        if (!(e instanceof WireError)) throw e;
        error = { Code: e.code, Message: e.message, ActionIndex: i, HttpStatusCode: 400 };
      }
    }
    const responseBody = error ? { Results: results, Error: error } : { Results: results };
    record.responseBytes = Buffer.byteLength(JSON.stringify(responseBody));
    if (record.responseBytes > PAYLOAD_LIMIT) return tooLarge('ResponsePayloadSizeLimitExceeded');
    if (error) Object.assign(record, { failed: error.Code, message: error.Message });
    return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: responseBody };
  }

  private run(action: WireAction, all: Record<string, WirePath>, paths: Map<number, Target>): unknown {
    const resolve = (id: number): Target => {
      const known = paths.get(id);
      if (known) return known;
      const path = all[String(id)];
      if (!path) throw new WireError('InvalidObjectPath', `object path ${id} is unknown`);
      const target = this.resolvePath(path, resolve);
      paths.set(id, target);
      return target;
    };
    const target = resolve(action.ObjectPathId);
    const args = action.ArgumentInfo?.Arguments ?? [];
    const refs = (action.ArgumentInfo?.ReferencedObjectPathIds ?? []).map((id) => (id ? resolve(id) : null));
    switch (action.ActionType) {
      case 1: // Instantiate: the path was resolved above, which is where a missing item fails
        return this.identityOf(target);
      case 2: {
        const value = this.query(target, action.QueryInfo?.Select ?? []);
        return value === null ? null : { ...(value as object), ...this.referenceOf(target) };
      }
      case 3:
        this.call(target, action.Name, args, refs);
        return undefined;
      case 4:
        this.set(target, action.Name, args[0]);
        return undefined;
      default:
        throw new WireError('WireUnsupported', `action type ${action.ActionType}`);
    }
  }

  private requireApi(member: string): void {
    const version = SINCE[member];
    if (version && !this.book.supports(version))
      throw new WireError(
        'ApiNotFound',
        `The API you are trying to use could not be found (${member}, ExcelApi ${version}).`,
      );
    const refused = this.book.failOn(member);
    if (refused) throw new WireError(refused, `${member} refused (${refused}).`);
  }

  private resolvePath(path: WirePath, resolve: (id: number) => Target): Target {
    if (path.ObjectPathType === 1) return { kind: 'Workbook' };
    if (path.ObjectPathType === 6) {
      const kept = this.references.get(path.Name);
      if (!kept) throw new WireError('InvalidObjectPath', `reference ${path.Name} is not kept`);
      return kept;
    }
    const parent = resolve(path.ParentObjectPathId!);
    const args = path.ArgumentInfo?.Arguments ?? [];
    const refs = (path.ArgumentInfo?.ReferencedObjectPathIds ?? []).map((id) => (id ? resolve(id) : null));
    if (path.ObjectPathType === 4) return this.property(parent, path.Name);
    if (path.ObjectPathType === 5) return this.indexer(parent, args[0]);
    if (path.ObjectPathType === 3) return this.method(parent, path.Name, args, refs);
    throw new WireError('WireUnsupported', `object path type ${path.ObjectPathType}`);
  }

  private property(parent: Target, name: string): Target {
    const book = this.book;
    this.requireApi(`${parent.kind}.${name}`);
    if (parent.kind === 'Workbook') {
      if (name === 'Worksheets') return { kind: 'Worksheets' };
      if (name === 'Names') return { kind: 'Names' };
      if (name === 'Protection') return { kind: 'WorkbookProtection' };
    }
    if (parent.kind === 'Worksheet') {
      const sheet = liveSheet(book, parent.sheet);
      const kinds: Record<string, Extract<Target, { sheet: WireSheet }>['kind']> = {
        PageLayout: 'PageLayout',
        FreezePanes: 'FreezePanes',
        Charts: 'Charts',
        HorizontalPageBreaks: 'PageBreaks',
        Protection: 'WorksheetProtection',
      };
      if (kinds[name]) return { kind: kinds[name], sheet } as Target;
    }
    if (parent.kind === 'Range' && name === 'Format')
      return { kind: 'RangeFormat', box: required(parent.box) };
    if (parent.kind === 'RangeFormat') {
      if (name === 'Font') return { kind: 'RangeFont', box: parent.box };
      if (name === 'Fill') return { kind: 'RangeFill', box: parent.box };
      if (name === 'Borders') return { kind: 'RangeBorders', box: parent.box };
    }
    if (parent.kind === 'Chart') {
      if (name === 'Title') return { ...parent, kind: 'ChartTitle' };
      if (name === 'Series') return { ...parent, kind: 'ChartSeriesCollection' };
    }
    throw new WireError('WireUnsupported', `${parent.kind}.${name}`);
  }

  private indexer(parent: Target, key: unknown): Target {
    if (parent.kind === 'Worksheets') {
      const sheet = findSheet(this.book, String(key));
      if (!sheet) throw new WireError('ItemNotFound', `The requested resource doesn't exist (sheet ${key}).`);
      return { kind: 'Worksheet', sheet };
    }
    if (parent.kind === 'Names') {
      if (!this.book.names.has(String(key)))
        throw new WireError('ItemNotFound', `The requested resource doesn't exist (name ${key}).`);
      return { kind: 'NamedItem', name: String(key) };
    }
    if (parent.kind === 'RangeBorders') return { kind: 'RangeBorder', box: parent.box, edge: String(key) };
    throw new WireError('WireUnsupported', `${parent.kind}[]`);
  }

  private method(parent: Target, name: string, args: unknown[], refs: (Target | null)[]): Target {
    const book = this.book;
    this.requireApi(`${parent.kind}.${name}`);
    switch (`${parent.kind}.${name}`) {
      case 'Worksheets.GetItemOrNullObject':
        return { kind: 'Worksheet', sheet: findSheet(book, String(args[0])) ?? null };
      case 'Worksheets.GetActiveWorksheet':
        return { kind: 'Worksheet', sheet: book.active };
      case 'Worksheets.Add': {
        if (book.structureProtected) throw accessDenied('the workbook structure is protected');
        const sheet = book.addSheet(String(args[0]));
        return { kind: 'Worksheet', sheet };
      }
      case 'Names.GetItemOrNullObject':
        return { kind: 'NamedItem', name: book.names.has(String(args[0])) ? String(args[0]) : null };
      case 'Names.Add': {
        const key = String(args[0]);
        if (book.names.has(key)) throw new WireError('ItemAlreadyExists', `name ${key} exists`);
        const at = required(rangeOf(refs[1]));
        book.names.set(key, { sheet: at.sheet, cell: `$${columnLetter(at.left)}$${at.top + 1}` });
        return { kind: 'NamedItem', name: key };
      }
      case 'Charts.Add': {
        const p = parent as { sheet: WireSheet };
        writable(p.sheet);
        const source = required(rangeOf(refs[1]));
        const chart: ChartRecord = {
          type: String(args[0]),
          source: `${source.top},${source.left},${source.rows},${source.columns}`,
          seriesTypes: {},
        };
        p.sheet.charts.push(chart);
        return { kind: 'Chart', chart, sheet: p.sheet };
      }
      case 'PageBreaks.Add':
        (parent as { sheet: WireSheet }).sheet.pageBreaks.push(
          refs[0] ? addressOf(required(rangeOf(refs[0]))) : String(args[0]),
        );
        return { kind: 'Opaque' };
      case 'ChartSeriesCollection.GetItemAt': {
        const p = parent as { chart: ChartRecord; sheet: WireSheet };
        return { kind: 'ChartSeries', chart: p.chart, sheet: p.sheet, index: Number(args[0]) };
      }
    }
    if (parent.kind === 'Worksheet') {
      const sheet = liveSheet(book, parent.sheet);
      if (name === 'GetRange') return { kind: 'Range', box: boxOf(sheet, String(args[0] ?? 'A1')) };
      if (name === 'GetUsedRange' || name === 'GetUsedRangeOrNullObject') {
        if (name === 'GetUsedRange' && args[0] !== undefined && args[0] !== null)
          this.requireApi('Worksheet.GetUsedRange(valuesOnly)');
        const box = sheet.usedBox(args[0] === true) as Box | null;
        if (box || name === 'GetUsedRangeOrNullObject') return { kind: 'Range', box };
        return { kind: 'Range', box: { sheet, top: 0, left: 0, rows: 1, columns: 1 } };
      }
    }
    if (parent.kind === 'Range') {
      const b = required(parent.box);
      if (name === 'GetEntireColumn') return { kind: 'Range', box: { ...b, top: 0, rows: MAX_ROWS } };
      if (name === 'GetEntireRow') return { kind: 'Range', box: { ...b, left: 0, columns: MAX_COLUMNS } };
      // Office.js itself splits a values/numberFormat assignment above 1,500 cells into row blocks.
      if (name === 'GetRow') return { kind: 'Range', box: { ...b, top: b.top + Number(args[0]), rows: 1 } };
      if (name === 'GetBoundingRect') {
        const o = required(rangeOf(refs[0]));
        const top = Math.min(b.top, o.top);
        const left = Math.min(b.left, o.left);
        const bottom = Math.max(b.top + b.rows, o.top + o.rows);
        const right = Math.max(b.left + b.columns, o.left + o.columns);
        return {
          kind: 'Range',
          box: { sheet: b.sheet, top, left, rows: bottom - top, columns: right - left },
        };
      }
      if (name === 'GetMergedAreasOrNullObject') {
        // office-js#3611: only the merged areas whose top-left cell lies inside the range.
        const areas = b.sheet.merges
          .filter(
            (m) =>
              m.top >= b.top && m.top < b.top + b.rows && m.left >= b.left && m.left < b.left + b.columns,
          )
          .map((m) => ({
            sheet: b.sheet,
            top: m.top,
            left: m.left,
            rows: m.bottom - m.top + 1,
            columns: m.right - m.left + 1,
          }));
        return { kind: 'RangeAreas', sheet: b.sheet, areas };
      }
    }
    throw new WireError('WireUnsupported', `${parent.kind}.${name}()`);
  }

  private set(target: Target, name: string, value: unknown): void {
    this.requireApi(`${target.kind}.set.${name}`);
    const book = this.book;
    if (target.kind === 'Worksheet') {
      const sheet = liveSheet(book, target.sheet);
      if (book.structureProtected) throw accessDenied('the workbook structure is protected');
      if (name === 'Name')
        return void (checkSheetName(String(value), book.sheets, sheet), (sheet.name = String(value)));
      if (name === 'Visibility') {
        if (
          value !== 'Visible' &&
          book.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0
        )
          throw new WireError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        sheet.visibility = String(value);
        return;
      }
      if (name === 'Position') {
        book.sheets.splice(book.sheets.indexOf(sheet), 1);
        book.sheets.splice(Math.min(Number(value), book.sheets.length), 0, sheet);
        return;
      }
    }
    if (target.kind === 'Range') {
      const b = writable(required(target.box).sheet) && required(target.box);
      const matrix = value as unknown[][];
      if (
        !Array.isArray(matrix) ||
        matrix.length !== b.rows ||
        matrix.some((row) => row.length !== b.columns)
      )
        throw new WireError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${addressOf(b)}).`,
        );
      const put =
        name === 'Values'
          ? (r: number, c: number, v: unknown) => enterTyped(b.sheet, r, c, v)
          : name === 'NumberFormat'
            ? (r: number, c: number, v: unknown) => b.sheet.setNumberFormat(r, c, String(v))
            : null;
      if (!put) throw new WireError('WireUnsupported', `Range.${name}`);
      matrix.forEach((row, i) => row.forEach((v, j) => put(b.top + i, b.left + j, v)));
      return;
    }
    if (target.kind === 'RangeFormat') {
      writable(target.box.sheet);
      const b = target.box;
      if (name === 'ColumnWidth') {
        for (let c = b.left; c < b.left + b.columns; c++) b.sheet.columnWidths.set(c, Number(value));
        return;
      }
      if (name === 'RowHeight') {
        for (let r = b.top; r < b.top + b.rows; r++) b.sheet.rowHeights.set(r, Number(value));
        return;
      }
      const prop = {
        HorizontalAlignment: 'horizontalAlignment',
        VerticalAlignment: 'verticalAlignment',
        WrapText: 'wrapText',
      }[name];
      if (!prop) throw new WireError('WireUnsupported', `RangeFormat.${name}`);
      for (const [r, c] of cellsOf(b))
        (b.sheet.format(r, c) as unknown as Record<string, unknown>)[prop] = value;
      return;
    }
    if (target.kind === 'RangeFont') {
      writable(target.box.sheet);
      const prop = { Name: 'name', Size: 'size', Bold: 'bold', Italic: 'italic' }[name];
      if (!prop) throw new WireError('WireUnsupported', `RangeFont.${name}`);
      for (const [r, c] of cellsOf(target.box))
        (target.box.sheet.format(r, c).font as Record<string, unknown>)[prop] = value;
      return;
    }
    if (target.kind === 'RangeFill' && name === 'Color') {
      writable(target.box.sheet);
      for (const [r, c] of cellsOf(target.box))
        target.box.sheet.format(r, c).fill = String(value).toUpperCase();
      return;
    }
    if (target.kind === 'RangeBorder' && name === 'Style') {
      writable(target.box.sheet);
      drawBorder(target.box, target.edge);
      return;
    }
    if (target.kind === 'PageLayout') {
      const page = target.sheet.page as Record<string, unknown>;
      if (name === 'Zoom') {
        const zoom = value as { horizontalFitToPages?: number; verticalFitToPages?: number | null };
        // The reference documents null for "as many pages as needed"; 0 is refused.
        if (zoom.verticalFitToPages === 0 || zoom.horizontalFitToPages === 0)
          throw new WireError('InvalidArgument', 'The argument is invalid or missing: zoom.');
        target.sheet.zoomIgnored = book.active !== target.sheet;
      }
      page[name.charAt(0).toLowerCase() + name.slice(1)] = value;
      return;
    }
    if (target.kind === 'ChartTitle' && name === 'Text') return void (target.chart.title = String(value));
    if (target.kind === 'ChartSeries' && name === 'ChartType')
      return void (target.chart.seriesTypes[target.index] = String(value));
    throw new WireError('WireUnsupported', `${target.kind}.${name} =`);
  }

  private call(target: Target, name: string, args: unknown[], refs: (Target | null)[]): void {
    if (name === '_KeepReference' || name === '_ValidateArraySize') return;
    if (target.kind === 'Workbook' && name === '_RemoveReference') {
      this.references.delete(String(args[0]));
      return;
    }
    this.requireApi(`${target.kind}.${name}`);
    const book = this.book;
    switch (`${target.kind}.${name}`) {
      case 'Worksheet.Delete': {
        const sheet = liveSheet(book, (target as { sheet: WireSheet | null }).sheet);
        if (book.structureProtected) throw accessDenied('the workbook structure is protected');
        book.sheets.splice(book.sheets.indexOf(sheet), 1);
        if (book.active === sheet) book.active = book.sheets.find((s) => s.visibility === 'Visible') ?? null;
        return;
      }
      case 'Worksheet.Activate': {
        const sheet = liveSheet(book, (target as { sheet: WireSheet | null }).sheet);
        if (sheet.visibility !== 'Visible')
          throw new WireError(
            'GeneralException',
            'There was an internal error while processing the request.',
          );
        book.active = sheet;
        return;
      }
      case 'Range.Select': {
        const b = required((target as { box: Box | null }).box);
        if (b.sheet.visibility !== 'Visible' || book.active !== b.sheet)
          throw new WireError('InvalidSelection', 'The current selection is invalid for this operation.');
        book.selection = `${b.sheet.name}!${addressOf(b)}`;
        return;
      }
      case 'Range.Merge': {
        const b = required((target as { box: Box | null }).box);
        writable(b.sheet);
        for (const [r, c] of cellsOf(b)) if (r !== b.top || c !== b.left) b.sheet.setValue(r, c, null);
        b.sheet.merges.push({
          top: b.top,
          left: b.left,
          bottom: b.top + b.rows - 1,
          right: b.left + b.columns - 1,
        });
        return;
      }
      case 'RangeFill.Clear': {
        const b = (target as { box: Box }).box;
        writable(b.sheet);
        for (const [r, c] of cellsOf(b)) delete b.sheet.format(r, c).fill;
        return;
      }
      case 'NamedItem.Delete': {
        const n = (target as { name: string | null }).name;
        if (!n || !book.names.delete(n)) throw new WireError('ItemNotFound', `name ${n}`);
        return;
      }
      case 'FreezePanes.FreezeRows': {
        const sheet = (target as { sheet: WireSheet }).sheet;
        if (book.active !== sheet)
          throw new WireError(
            'GeneralException',
            'There was an internal error while processing the request.',
          );
        sheet.frozenRows = Number(args[0]);
        return;
      }
      case 'PageLayout.SetPrintTitleRows':
        (target as { sheet: WireSheet }).sheet.page.printTitleRows = String(args[0]);
        return;
      case 'PageLayout.SetPrintArea':
        (target as { sheet: WireSheet }).sheet.page.printArea = String(args[0]);
        return;
      case 'Chart.SetPosition': {
        const [from, to] = refs.map((r) => addressOf(required(rangeOf(r))));
        (target as { chart: ChartRecord }).chart.position = [from, to];
        return;
      }
    }
    throw new WireError('WireUnsupported', `${target.kind}.${name}()`);
  }

  private query(target: Target, select: string[]): unknown {
    const book = this.book;
    const fields = select.map((s) => s.replace(/^items\//, ''));
    const pick = (all: Record<string, () => unknown>) => {
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        const key = f.charAt(0).toUpperCase() + f.slice(1);
        if (!all[key]) throw new WireError('WireUnsupported', `${target.kind}.load(${f})`);
        out[key] = all[key]();
      }
      return out;
    };
    const sheetFields = (s: WireSheet) => ({
      Id: () => s.id,
      Name: () => s.name,
      Position: () => book.sheets.indexOf(s),
      Visibility: () => s.visibility,
    });
    switch (target.kind) {
      case 'Worksheets':
        return { _Items: book.sheets.map((s) => pick(sheetFields(s))) };
      case 'Worksheet':
        return target.sheet && book.sheets.includes(target.sheet) ? pick(sheetFields(target.sheet)) : null;
      case 'Names':
        return {
          _Items: [...book.names.keys()].map((n) =>
            pick({ Name: () => n, Value: () => book.nameValue(n), Type: () => 'Range' }),
          ),
        };
      case 'NamedItem': {
        const n = target.name;
        return n === null
          ? null
          : pick({ Name: () => n, Value: () => book.nameValue(n), Type: () => 'Range' });
      }
      case 'WorksheetProtection':
        return pick({ Protected: () => target.sheet.protected });
      case 'WorkbookProtection':
        return pick({ Protected: () => book.structureProtected });
      case 'RangeAreas':
        return target.areas.length === 0
          ? null
          : pick({
              Address: () =>
                target.areas.map((a) => `${quotedSheet(a.sheet.name)}!${addressOf(a)}`).join(', '),
              AreaCount: () => target.areas.length,
            });
      case 'RangeFill': {
        const b = target.box;
        return pick({
          Color: () => {
            const colors = new Set(
              cellsOf(b).map(([r, c]) => b.sheet.formats.get(`${r},${c}`)?.fill ?? '#FFFFFF'),
            );
            return colors.size === 1 ? [...colors][0] : null;
          },
        });
      }
      case 'Range': {
        const b = target.box;
        if (!b) return null;
        return pick({
          Values: () => grid(b, (r, c) => valueOf(b.sheet, r, c)),
          NumberFormat: () => grid(b, (r, c) => b.sheet.numberFormat(r, c)),
          Formulas: () => grid(b, (r, c) => b.sheet.formulas.get(`${r},${c}`) ?? valueOf(b.sheet, r, c)),
          RowIndex: () => b.top,
          ColumnIndex: () => b.left,
          RowCount: () => b.rows,
          ColumnCount: () => b.columns,
          Address: () => `${quotedSheet(b.sheet.name)}!${addressOf(b)}`,
        });
      }
    }
    throw new WireError('WireUnsupported', `${target.kind}.load(${select.join()})`);
  }
}

function valueOf(sheet: SheetModel, r: number, c: number): Raw {
  return sheet.value(r, c) ?? '';
}

function failure(record: { failed?: string }, code: string, status: number): WireResponse {
  record.failed = code;
  return { HttpStatusCode: status, ErrorCode: code, ErrorMessage: `${code}.`, Headers: {}, Body: null };
}

function accessDenied(why: string): WireError {
  return new WireError('AccessDenied', `You cannot perform the requested operation (${why}).`);
}

function writable(sheet: WireSheet): true {
  if (sheet.protected) throw accessDenied(`sheet "${sheet.name}" is protected`);
  return true;
}

function required(box: Box | null): Box {
  if (!box) throw new WireError('InvalidObjectPath', 'The object path is a null object.');
  return box;
}

function rangeOf(target: Target | null): Box | null {
  if (!target || target.kind !== 'Range') throw new WireError('InvalidArgument', 'a range was expected');
  return target.box;
}

function findSheet(book: WireBook, key: string): WireSheet | undefined {
  return book.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
}

function liveSheet(book: WireBook, sheet: WireSheet | null): WireSheet {
  if (!sheet || !book.sheets.includes(sheet))
    throw new WireError('ItemNotFound', "The requested resource doesn't exist (the worksheet).");
  return sheet;
}

function drawBorder(b: Box, edge: string): void {
  const bottom = b.top + b.rows - 1;
  const right = b.left + b.columns - 1;
  for (const [r, c] of cellsOf(b)) {
    const sides = b.sheet.format(r, c).borders;
    if (edge === 'EdgeTop' && r === b.top) sides.add('top');
    if (edge === 'EdgeBottom' && r === bottom) sides.add('bottom');
    if (edge === 'EdgeLeft' && c === b.left) sides.add('left');
    if (edge === 'EdgeRight' && c === right) sides.add('right');
    if (edge === 'InsideVertical' && c > b.left) sides.add('left');
    if (edge === 'InsideVertical' && c < right) sides.add('right');
    if (edge === 'InsideHorizontal' && r > b.top) sides.add('top');
    if (edge === 'InsideHorizontal' && r < bottom) sides.add('bottom');
  }
}
