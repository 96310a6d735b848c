/**
 * What a sheet's cells need from xl/styles.xml and xl/sharedStrings.xml: each cell format's number
 * format code, and the shared strings as plain text (rich text runs joined, phonetic runs left out).
 */
import { findEntry, type WorkbookPackage } from './workbookPackage';
import { unescapeRuns } from './sheetCells';
import { parseXml } from './xml';
import { entryString } from './zip';

/** Excel's built-in number formats, as ExcelJS names them (ids without a code stay unnamed). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** True when a number format shows a date or time (text in quotes and [..] sections ignored). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Number format code of each cell format (cellXfs index); undefined for General. */
export function readCellFormats(pkg: WorkbookPackage, part: string | undefined): (string | undefined)[] {
  const e = part ? findEntry(pkg, part) : undefined;
  if (!e) return [];
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  let inCellXfs = false;
  const ids: number[] = [];
  parseXml(
    entryString(pkg.bytes, e),
    {
      open(name, a) {
        if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    e.name,
  );
  for (const id of ids) xfs.push(id ? custom.get(id) || BUILTIN_FORMATS[id] : undefined);
  return xfs;
}

export function readSharedStrings(pkg: WorkbookPackage, part: string | undefined): string[] {
  const e = part ? findEntry(pkg, part) : undefined;
  if (!e) return [];
  const out: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXml(
    entryString(pkg.bytes, e),
    {
      open(name) {
        if (name === 't') inText = phonetic === 0;
        else if (name === 'si') current = '';
        else if (name === 'rPh') phonetic++;
      },
      text(t) {
        if (inText) current += t;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') out.push(unescapeRuns(current));
      },
    },
    e.name,
  );
  return out;
}
