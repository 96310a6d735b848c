/**
 * A1 addresses and sheet-qualified references as Excel writes them ("$B$7", "A7:C9",
 * "'Tháng 4, 2024'!$A$1"), read and written in one place for both hosts.
 */
import { columnIndex, columnLetter, type MergeArea } from './grid';

/** "A1", "$B$7", "A7:C9" -> 0-based inclusive area; null when the text is no such address. */
export function parseArea(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  return {
    top: Number(m[2]) - 1,
    left: columnIndex(m[1]),
    bottom: Number(m[4] ?? m[2]) - 1,
    right: columnIndex(m[3] ?? m[1]),
  };
}

/** "A7:C9" from a 0-based top-left corner and a size. */
export function areaAddress(top: number, left: number, rows: number, columns: number): string {
  return `${columnLetter(left)}${top + 1}:${columnLetter(left + columns - 1)}${top + rows}`;
}

/** "'It''s'" — always quoted, which Excel accepts for any name. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Tổng hợp CCHC'!$A$1" (with or without "=") -> its sheet and address; null for #REF! and the like. */
export function splitReference(ref: string): { sheet: string; address: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}

/**
 * The areas of a list such as RangeAreas.address ("'Tháng 4'!A7:A9, 'Tháng 4'!B7:C7") on one sheet;
 * null for a part that is no address.
 */
export function parseAreaList(list: string, sheetName: string): (MergeArea | null)[] {
  const bare = list
    .split(`${quoteSheetName(sheetName)}!`)
    .join('')
    .split(`${sheetName}!`)
    .join('');
  return bare
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(parseArea);
}
