/**
 * The output workbook as a patch of the input package: every part is copied as stored (same
 * compressed bytes) except the few the summary must touch: the summary sheet (and its chart parts),
 * the settings sheet, xl/workbook.xml and its relationships, [Content_Types].xml, xl/styles.xml, and
 * source sheets whose cells get or lose the below-target shading (only their `s` attributes change).
 * Pure string and byte work: runs in node and in the browser alike.
 */
import type { SummaryLayout } from '../core';
import { BELOW_FILL, SETTINGS_SHEET, SUMMARY_NAME } from '../core';
import { chartParts } from './chartParts';
import { editCellStyles, type StyleEdit } from './sheetStyles';
import { MINIMAL_STYLES, StyleBook, withAttribute } from './styleBook';
import { cellText, MAIN_NS, REL_NS, solidFill, summarySheetXml } from './summarySheet';
import {
  findEntry,
  partText,
  relationshipsOf,
  relsPartOf,
  type SheetRef,
  type WorkbookPackage,
} from './workbookPackage';
import { escapeXml } from './xml';
import { writeZip, type OutputPart } from './zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
export const WORKSHEET_TYPE = `${CT}.spreadsheetml.worksheet+xml`;
/** Parts of ours that a re-run replaces: found by this mark in their names. */
export const OWN_PART_MARK = 'baocaocchc';

export interface SheetPatch {
  /** Cell style edits of source sheets, by part name. */
  styles: Map<string, Map<string, StyleEdit>>;
  summary?: { layout: SummaryLayout; name: string; replaces?: SheetRef };
  /**
   * The settings sheet's column A (settings JSON, then highlight backup) when it must be written; asked
   * after the style edits ran, since they record the styles they replace.
   */
  settingsRows?: () => string[] | null;
  settingsSheet?: SheetRef;
}

export const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

const encoder = new TextEncoder();
const utf8 = (s: string) => encoder.encode(s);

/** Fill index of the below-target shading in the stylesheet being patched. */
export function highlightFill(book: StyleBook): number {
  return book.fill(solidFill(BELOW_FILL));
}

function freePart(pkg: WorkbookPackage, taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!findEntry(pkg, name) && !taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function settingsSheetXml(rows: string[]): string {
  const cells = rows
    .map((text, i) =>
      text
        ? `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(text))}</t></is></c></row>`
        : '',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${cells}</sheetData></worksheet>`
  );
}

/** Prefix ("" or "x:") the part's root element uses for the SpreadsheetML namespace. */
const prefixOf = (xml: string, root: string) => new RegExp(`<(\\w+:)?${root}\\b`).exec(xml)?.[1] ?? '';

/**
 * The prefix bound to the relationships namespace on the part's root element, or a declaration to
 * put on each new element (openpyxl declares it on every <sheet> instead of the root).
 */
function relPrefix(xml: string): { prefix: string; declare: string } {
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
  const m = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(root);
  return m ? { prefix: m[1], declare: '' } : { prefix: 'r', declare: ` xmlns:r="${REL_NS}"` };
}

interface WorkbookEdit {
  add: { name: string; sheetId: number; relId: string; state?: string }[];
  rename?: { relId: string; name: string };
  /** Defined names to drop (by name, and sheet index for local ones). */
  drop: (n: { name: string; localSheetId?: number }) => boolean;
  names: { name: string; localSheetId?: number; text: string }[];
}

function patchWorkbookXml(xml: string, edit: WorkbookEdit): string {
  const p = prefixOf(xml, 'workbook');
  const rp = relPrefix(xml);
  const esc = p.replace(':', '\\:');
  if (edit.rename) {
    const re = new RegExp(`<${esc}sheet\\b[^>]*?\\bid="${edit.rename.relId}"[^>]*?/?>`);
    xml = xml.replace(re, (tag) => withAttribute(tag, 'name', escapeXml(edit.rename!.name)));
  }
  const sheets = edit.add
    .map(
      (s) =>
        `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ''}${rp.declare} ${rp.prefix}:id="${s.relId}"/>`,
    )
    .join('');
  if (sheets) {
    const close = `</${p}sheets>`;
    if (xml.includes(close)) xml = xml.replace(close, `${sheets}${close}`);
    else if (new RegExp(`<${esc}sheets\\s*/>`).test(xml))
      xml = xml.replace(new RegExp(`<${esc}sheets\\s*/>`), `<${p}sheets>${sheets}${close}`);
    else
      xml = insertAfter(
        xml,
        p,
        ['bookViews', 'workbookProtection', 'workbookPr', 'fileSharing', 'fileVersion'],
        `<${p}sheets>${sheets}${close}`,
      );
  }
  // Old names of ours go; the user's names stay byte for byte.
  xml = xml.replace(
    new RegExp(`<${esc}definedName\\b([^>]*)>([\\s\\S]*?)</${esc}definedName>`, 'g'),
    (whole, attrs: string) => {
      const name = /\sname="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const local = /\slocalSheetId="(\d+)"/.exec(attrs)?.[1];
      return edit.drop({ name, localSheetId: local === undefined ? undefined : Number(local) }) ? '' : whole;
    },
  );
  const names = edit.names
    .map(
      (n) =>
        `<${p}definedName name="${n.name}"${n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`}>${escapeXml(n.text)}</${p}definedName>`,
    )
    .join('');
  if (!names) return xml.replace(new RegExp(`<${esc}definedNames>\\s*</${esc}definedNames>`), '');
  const close = `</${p}definedNames>`;
  if (xml.includes(close)) return xml.replace(close, `${names}${close}`);
  const empty = new RegExp(`<${esc}definedNames\\s*/>`);
  if (empty.test(xml)) return xml.replace(empty, `<${p}definedNames>${names}${close}`);
  // definedNames follow sheets, functionGroups and externalReferences in the schema.
  return insertAfter(
    xml,
    p,
    ['externalReferences', 'functionGroups', 'sheets'],
    `<${p}definedNames>${names}${close}`,
  );
}

/** Inserts after the first of the elements present (latest in schema order first), else as first child. */
function insertAfter(xml: string, p: string, after: string[], insert: string): string {
  const esc = p.replace(':', '\\:');
  for (const name of after) {
    const m = new RegExp(`</${esc}${name}>|<${esc}${name}\\b[^>]*/>`).exec(xml);
    if (m) {
      const at = m.index + m[0].length;
      return `${xml.slice(0, at)}${insert}${xml.slice(at)}`;
    }
  }
  const root = new RegExp(`<${esc}workbook\\b[^>]*>`).exec(xml);
  if (!root) return xml;
  const at = root.index + root[0].length;
  return `${xml.slice(0, at)}${insert}${xml.slice(at)}`;
}

function relationshipsXml(
  existing: string | null,
  add: { id: string; type: string; target: string }[],
  dropTargets: Set<string>,
): string {
  let xml =
    existing ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  xml = xml.replace(/<Relationship\b[^>]*?Target="([^"]*)"[^>]*\/>/g, (tag, target: string) =>
    dropTargets.has(target) ? '' : tag,
  );
  const extra = add.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return xml.replace('</Relationships>', `${extra}</Relationships>`);
}

function contentTypesXml(
  xml: string,
  add: { part: string; type: string }[],
  drop: (part: string) => boolean,
): string {
  xml = xml.replace(/<Override\b[^>]*?PartName="\/?([^"]*)"[^>]*\/>/g, (tag, part: string) =>
    drop(part) ? '' : tag,
  );
  const extra = add.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join('');
  return xml.replace('</Types>', `${extra}</Types>`);
}

/** Relative target from the workbook part's folder ("worksheets/sheet3.xml"). */
function relativeTo(from: string, part: string): string {
  const dir = from.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < dir.length && dir[i] === to[i]) i++;
  return [...dir.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function patchPackage(pkg: WorkbookPackage, patch: SheetPatch): Uint8Array {
  const replaced = new Map<string, { name: string; content: Uint8Array }>();
  const replace = (name: string, xml: string) =>
    replaced.set(name.toLowerCase(), { name, content: utf8(xml) });
  const added: OutputPart[] = [];
  const dropped = new Set<string>();
  const taken = new Set<string>();
  const ctAdd: { part: string; type: string }[] = [];
  const wbRels = relationshipsOf(pkg, pkg.workbookPart);
  const relIds = new Set(wbRels.map((r) => r.id));
  const newRelId = () => {
    let n = 1;
    while (relIds.has(`rIdCchc${n}`)) n++;
    relIds.add(`rIdCchc${n}`);
    return `rIdCchc${n}`;
  };
  const stylesRel = wbRels.find((r) => !r.external && r.type.endsWith('/styles'));
  const stylesPart = stylesRel && findEntry(pkg, stylesRel.target) ? stylesRel.target : null;
  const book = new StyleBook((stylesPart && partText(pkg, stylesPart)) || MINIMAL_STYLES);
  const relAdd: { id: string; type: string; target: string }[] = [];
  let maxSheetId = Math.max(0, ...pkg.sheets.map((s) => Number(s.sheetId) || 0));
  const edit: WorkbookEdit = { add: [], drop: () => false, names: [] };

  for (const [part, edits] of patch.styles) {
    const text = partText(pkg, part);
    if (text === null || edits.size === 0) continue;
    replace(part, editCellStyles(text, edits, book).xml);
  }

  const placeSheet = (name: string, existing: SheetRef | undefined, state?: string) => {
    if (existing?.part) return { part: existing.part, relId: existing.relId };
    const part = freePart(pkg, taken, (n) => `xl/worksheets/sheet${n}.xml`);
    const relId = newRelId();
    relAdd.push({ id: relId, type: `${REL}/worksheet`, target: relativeTo(pkg.workbookPart, part) });
    ctAdd.push({ part, type: WORKSHEET_TYPE });
    edit.add.push({ name, sheetId: ++maxSheetId, relId, state });
    return { part, relId };
  };

  // Chart parts of an earlier run go; the new summary brings its own.
  for (const e of pkg.entries)
    if (e.name.toLowerCase().includes(OWN_PART_MARK)) dropped.add(e.name.toLowerCase());

  if (patch.summary) {
    const { layout, name, replaces } = patch.summary;
    const { part, relId } = placeSheet(name, replaces);
    if (replaces) edit.rename = { relId, name };
    const charts = chartParts(layout, name, OWN_PART_MARK);
    const sheet = summarySheetXml(layout, book, charts ? 'rIdCchcDrawing' : null);
    replace(part, sheet.xml);
    const sheetRels = relsPartOf(part);
    dropped.delete(sheetRels.toLowerCase());
    if (charts) {
      replace(
        sheetRels,
        relationshipsXml(
          null,
          [{ id: 'rIdCchcDrawing', type: `${REL}/drawing`, target: relativeTo(part, charts.drawing) }],
          new Set(),
        ),
      );
      for (const c of charts.parts) {
        added.push({ name: c.name, content: utf8(c.xml) });
        if (c.contentType) ctAdd.push({ part: c.name, type: c.contentType });
      }
    } else if (findEntry(pkg, sheetRels)) dropped.add(sheetRels.toLowerCase());
    const index = replaces ? pkg.sheets.indexOf(replaces) : pkg.sheets.length;
    const ref = quoteSheet(name);
    const ours = (n: { name: string; localSheetId?: number }) =>
      n.name === SUMMARY_NAME ||
      (n.localSheetId === index && (n.name === '_xlnm.Print_Titles' || n.name === '_xlnm.Print_Area'));
    edit.drop = ours;
    edit.names.push({ name: SUMMARY_NAME, text: `${ref}!$A$1` });
    edit.names.push({ name: '_xlnm.Print_Area', localSheetId: index, text: `${ref}!${sheet.printArea}` });
    if (sheet.printTitles)
      edit.names.push({
        name: '_xlnm.Print_Titles',
        localSheetId: index,
        text: `${ref}!${sheet.printTitles}`,
      });
  }

  const settingsRows = patch.settingsRows?.();
  if (settingsRows) {
    const { part } = placeSheet(SETTINGS_SHEET, patch.settingsSheet, 'veryHidden');
    replace(part, settingsSheetXml(settingsRows));
  }

  const stylesXml = book.toXml();
  if (stylesPart) replace(stylesPart, stylesXml);
  else if (stylesXml !== MINIMAL_STYLES) {
    const part = freePart(pkg, taken, (n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
    added.push({ name: part, content: utf8(stylesXml) });
    relAdd.push({ id: newRelId(), type: `${REL}/styles`, target: relativeTo(pkg.workbookPart, part) });
    ctAdd.push({ part, type: `${CT}.spreadsheetml.styles+xml` });
  }

  const workbook = partText(pkg, pkg.workbookPart)!;
  if (edit.add.length || edit.rename || edit.names.length)
    replace(pkg.workbookPart, patchWorkbookXml(workbook, edit));
  if (relAdd.length) {
    const relsPart = relsPartOf(pkg.workbookPart);
    const xml = relationshipsXml(partText(pkg, relsPart), relAdd, new Set());
    replace(relsPart, xml);
  }
  const ownDropped = [...dropped].some((d) => !replaced.has(d));
  if (ctAdd.length || ownDropped) {
    const ct = partText(pkg, '[Content_Types].xml');
    if (ct !== null)
      replace(
        '[Content_Types].xml',
        contentTypesXml(
          ct,
          ctAdd,
          (part) => dropped.has(part.toLowerCase()) && !replaced.has(part.toLowerCase()),
        ),
      );
  }

  const parts: OutputPart[] = [];
  const written = new Set<string>();
  for (const e of pkg.entries) {
    const key = e.name.replace(/\\/g, '/').toLowerCase();
    const r = replaced.get(key);
    if (r) parts.push({ name: e.name, content: r.content });
    else if (!dropped.has(key)) parts.push({ name: e.name, copyOf: e });
    written.add(key);
  }
  for (const [key, r] of replaced) if (!written.has(key)) parts.push(r);
  parts.push(...added);
  return writeZip(pkg.bytes, parts);
}
