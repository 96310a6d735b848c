/** Dates as sheets hold them: real dates, Excel serials, or text "dd/mm/yyyy" (Vietnamese order). */
import type { CellValue } from '../grid';
import { clean } from './text';

/** Day number (days since 1970-01-01, UTC) so comparisons ignore time zones and times of day. */
export type DayNumber = number;

const MS_PER_DAY = 86400000;

export function dayOf(y: number, m: number, d: number): DayNumber | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return null; // 31/2 and the like
  return Math.floor(t / MS_PER_DAY);
}

export function isoOf(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (optionally followed by a time), or yyyy-mm-dd. */
export function parseDateText(s: string): DayNumber | null {
  const t = clean(s);
  let m = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/.exec(t);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** A cell as a day: Date objects by their calendar day, serials 1..100000 as Excel dates. */
export function parseDateCell(v: CellValue): DayNumber | null {
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return null;
    // Hosts give dates at UTC midnight (ExcelJS) or local midnight; round to the nearest day.
    return Math.floor((t + MS_PER_DAY / 2) / MS_PER_DAY);
  }
  if (typeof v === 'number' && v > 0 && v < 100000) return Math.floor(v) - 25569; // 1900 date system
  if (typeof v === 'string') return parseDateText(v);
  return null;
}
