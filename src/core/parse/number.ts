/**
 * Vietnamese numbers as officers' sheets hold them: true numbers, or text such as "9.737"
 * (dot thousands), "1.234,5" (comma decimal), "99,72%", with stray or non-breaking spaces.
 */
import { isCellError, type CellValue } from '../grid';
import { clean } from './text';

export type Parsed =
  | {
      kind: 'number';
      value: number;
      /** decimals shown, when the text says */ decimals?: number;
      percent?: boolean;
    }
  | { kind: 'empty' }
  | { kind: 'error'; error: string }
  | { kind: 'text'; text: string };

const EMPTY: Parsed = { kind: 'empty' };

/** Parses a figure cell; text that is not a number comes back as kind 'text'. */
export function parseNumber(v: CellValue): Parsed {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'text', text: String(v) };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  if (typeof v === 'boolean' || v instanceof Date) return { kind: 'text', text: String(v) };
  const s = clean(v);
  // " - " and a bare "%" are how exports mark an empty cell.
  if (s === '' || /^[-–%]$/.test(s)) return EMPTY;
  if (/^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(s))
    return { kind: 'error', error: s.toUpperCase() };
  return parseNumericText(s);
}

function parseNumericText(s: string): Parsed {
  let t = s.replace(/ /g, '');
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  }
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1; // accounting negative "(12)"
    t = t.slice(1, -1);
  }
  if (t.startsWith('-') || t.startsWith('−')) {
    sign = -sign;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  const n = readDigits(t);
  if (n === null) return { kind: 'text', text: s };
  return { kind: 'number', value: sign * n.value, decimals: n.decimals, percent: percent || undefined };
}

/**
 * "9.737" / "9,737" / "1.234.567" are thousands; "1.234,5" and "99,72" are decimals with a comma;
 * "0.5" is a decimal point (a lone dot followed by other than three digits).
 */
function readDigits(t: string): { value: number; decimals: number } | null {
  if (/^\d+$/.test(t)) return { value: Number(t), decimals: 0 };
  if (/^\d{1,3}([.]\d{3})+$/.test(t)) return { value: Number(t.replace(/\./g, '')), decimals: 0 };
  if (/^\d{1,3}([.]\d{3})*,\d+$/.test(t)) {
    const [int, dec] = t.split(',');
    return { value: Number(int.replace(/\./g, '') + '.' + dec), decimals: dec.length };
  }
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) {
    const [int, dec] = t.split('.');
    return { value: Number(int.replace(/,/g, '') + '.' + dec), decimals: dec.length };
  }
  if (/^\d{1,3}(,\d{3}){2,}$/.test(t)) return { value: Number(t.replace(/,/g, '')), decimals: 0 };
  if (/^\d*,\d+$/.test(t)) {
    // "9,737" is ambiguous; in Vietnamese a comma is the decimal mark.
    const [int, dec] = t.split(',');
    return { value: Number((int || '0') + '.' + dec), decimals: dec.length };
  }
  if (/^\d*\.\d+$/.test(t)) {
    const dec = t.split('.')[1];
    return { value: Number(t), decimals: writtenDecimals(Number(t), dec.length) };
  }
  return null;
}

/**
 * Decimals a long written number really carries: "2.4599999999999937" is 2,46 printed through a
 * float, so it is as precise as two decimals, not sixteen.
 */
function writtenDecimals(value: number, written: number): number {
  if (written <= 6) return written;
  for (let d = 0; d <= 6; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return written;
}

/** Decimals an Excel number format shows ("0.00%" -> 2, "#,##0" -> 0), or undefined for General. */
export function formatDecimals(fmt: string | undefined): number | undefined {
  if (!fmt || /^general$/i.test(fmt)) return undefined;
  const section = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : undefined;
}

export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && /%/.test(fmt.split(';')[0].replace(/"[^"]*"/g, ''));
}

/** Decimals in a number's shortest written form (0.8899 -> 4). */
export function shownDecimals(n: number): number {
  const s = String(n);
  if (/e/i.test(s)) return 10;
  const i = s.indexOf('.');
  return i < 0 ? 0 : writtenDecimals(n, s.length - i - 1);
}
