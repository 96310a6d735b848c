/**
 * Excel's rules for a sheet name, for both hosts: no : \ / ? * [ ], no apostrophe at either end, at
 * most 31 characters, "History" reserved, and names compared without case after Unicode NFC (a name
 * typed on a Mac in NFD is the same name to Excel).
 */
const MAX_SHEET_NAME = 31;
const FALLBACK = 'Tổng hợp CCHC';
/** Excel keeps "History" for its change tracking and refuses it for a sheet. */
const RESERVED = ['history'];

const key = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');
const strip = (s: string) => s.replace(/^'+|'+$/g, '').trim();

/** A name Excel accepts for what the settings ask (they may ask for anything). */
export function cleanSheetName(wanted: string): string {
  return strip(strip(wanted.replace(/[:\\/?*[\]]/g, ' ')).slice(0, MAX_SHEET_NAME)) || FALLBACK;
}

/** The cleaned wanted name if free, else "name (2)", "name (3)", ... within 31 characters. */
export function freeSheetName(wanted: string, taken: string[]): string {
  const used = new Set([...taken.map(key), ...RESERVED]);
  const base = cleanSheetName(wanted);
  if (!used.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}
