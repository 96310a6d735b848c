/**
 * An .xlsx package indexed without building a workbook model: its entries, the sheets listed in
 * xl/workbook.xml with their parts (relationship targets relative or absolute), the date system,
 * defined names; shared strings and cell formats are parsed once, when a sheet is first read.
 */
import { attr, parseXml } from './xml';
import { entryString, UnreadableWorkbook, zipEntries, type ZipEntry } from './zip';

export interface SheetRef {
  name: string;
  /** workbook.xml's sheetId: stable across renames. */
  sheetId: string;
  relId: string;
  /** The worksheet's part, or null when the workbook lists a sheet whose part is missing. */
  part: string | null;
  /** What the workbook names instead when part is null: the missing part, or its relationship id. */
  missing?: string;
  /** Chart sheets and dialog sheets have no cells. */
  kind: 'worksheet' | 'chartsheet' | 'other';
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface Relationship {
  id: string;
  type: string;
  /** Part name resolved against the source part, or the raw target when external. */
  target: string;
  external: boolean;
}

export interface WorkbookPackage {
  bytes: Uint8Array;
  /** Entries in their stored order. */
  entries: ZipEntry[];
  workbookPart: string;
  sheets: SheetRef[];
  date1904: boolean;
  /** Defined names as written (name, sheet scope index, formula text). */
  definedNames: { name: string; localSheetId?: number; text: string }[];
}

/** The entry of a part name, compared case-insensitively as OPC part names are. */
export function findEntry(pkg: Pick<WorkbookPackage, 'entries'>, part: string): ZipEntry | undefined {
  const want = part.toLowerCase();
  return pkg.entries.find((e) => e.name.replace(/\\/g, '/').toLowerCase() === want);
}

/** A part's whole text, or null when absent. */
export function partText(pkg: WorkbookPackage, part: string): string | null {
  const e = findEntry(pkg, part);
  return e ? entryString(pkg.bytes, e) : null;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: "/xl/x.xml" is absolute, "../x.xml" relative to the source. */
export function resolveTarget(source: string, target: string): string {
  const segments = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const s of target.replace(/\\/g, '/').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

export function relationshipsOf(pkg: WorkbookPackage, part: string): Relationship[] {
  const text = partText(pkg, relsPartOf(part));
  if (text === null) return [];
  const out: Relationship[] = [];
  parseXml(
    text,
    {
      open(name, a) {
        if (name !== 'Relationship' || !a.Id || a.Target === undefined) return;
        const external = a.TargetMode === 'External';
        out.push({
          id: a.Id,
          type: a.Type ?? '',
          target: external ? a.Target : resolveTarget(part, decodeURI(a.Target)),
          external,
        });
      },
    },
    relsPartOf(part),
  );
  return out;
}

const kindOf = (type: string): SheetRef['kind'] =>
  type.endsWith('/worksheet') ? 'worksheet' : type.endsWith('/chartsheet') ? 'chartsheet' : 'other';

export function indexPackage(bytes: Uint8Array): WorkbookPackage {
  const pkg: WorkbookPackage = {
    bytes,
    entries: zipEntries(bytes),
    workbookPart: 'xl/workbook.xml',
    sheets: [],
    date1904: false,
    definedNames: [],
  };
  const office = relationshipsOf(pkg, '').find((r) => r.type.endsWith('/officeDocument'));
  if (office && findEntry(pkg, office.target)) pkg.workbookPart = office.target;
  const workbook = partText(pkg, pkg.workbookPart);
  if (workbook === null)
    throw new UnreadableWorkbook(
      'Tệp không phải bảng tính .xlsx (có thể là tệp Word hoặc tệp nén khác): hãy mở trong Excel và lưu dạng .xlsx.',
    );
  const rels = new Map(relationshipsOf(pkg, pkg.workbookPart).map((r) => [r.id, r]));
  let name: { name: string; localSheetId?: number; text: string } | null = null;
  parseXml(
    workbook,
    {
      open(tag, a) {
        if (tag === 'sheet') {
          const relId = attr(a, 'id') ?? '';
          const rel = rels.get(relId);
          const part = rel && !rel.external && findEntry(pkg, rel.target) ? rel.target : null;
          pkg.sheets.push({
            name: a.name ?? '',
            sheetId: a.sheetId ?? '',
            relId,
            part,
            ...(part ? {} : { missing: rel?.target ?? relId }),
            kind: rel ? kindOf(rel.type) : 'worksheet',
            state: a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible',
          });
        } else if (tag === 'workbookPr') pkg.date1904 = a.date1904 === '1' || a.date1904 === 'true';
        else if (tag === 'definedName') {
          name = { name: a.name ?? '', text: '' };
          if (a.localSheetId !== undefined) name.localSheetId = Number(a.localSheetId);
        }
      },
      text(t) {
        if (name) name.text += t;
      },
      close(tag) {
        if (tag === 'definedName' && name) {
          pkg.definedNames.push(name);
          name = null;
        }
      },
    },
    pkg.workbookPart,
  );
  return pkg;
}

/** True for an .xlsm: its workbook part has the macro-enabled content type. */
export function isMacroEnabled(pkg: WorkbookPackage): boolean {
  const types = partText(pkg, '[Content_Types].xml') ?? '';
  const part = pkg.workbookPart.replace(/[.[\]]/g, '\\$&');
  const m = new RegExp(`PartName="/?${part}"[^>]*ContentType="([^"]*)"`, 'i').exec(types);
  return /macroEnabled/i.test(m?.[1] ?? '');
}
