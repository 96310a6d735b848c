/**
 * A cell's text as Excel shows it, from its value and number format: the grid beside the findings
 * must show "9.737" and "99,93%" where the sheet does, and a bare 9737 where the sheet does.
 */
import { isCellError, type CellValue } from '../core';
import type { Lang } from '../core';

const SEPARATORS = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** The first section of a format without its literals and conditions: "0.00%" stays, "[>=1000]#"."###" -> "####". */
function bare(numFmt: string): string {
  return numFmt.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
}

/** Digits after the decimal point the format asks for: "0.00%" -> 2, "#,##0" -> 0. */
function decimalsOf(numFmt: string): number {
  return /\.([0#]+)/.exec(bare(numFmt))?.[1].length ?? 0;
}

/** Thousands separator: the locale's for "#,##0", a dot for our count format's literal dots ('#"."###'). */
function groupOf(numFmt: string, lang: Lang): string | null {
  if (/#"\."###/.test(numFmt)) return '.';
  return /#,##0/.test(bare(numFmt)) ? SEPARATORS[lang].group : null;
}

function isDateFormat(numFmt: string): boolean {
  const code = bare(numFmt);
  return /[dy]/i.test(code) && !/[#0]/.test(code);
}

function withSeparators(n: number, decimals: number, group: string | null, lang: Lang): string {
  const { decimal } = SEPARATORS[lang];
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const digits = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return `${n < 0 ? '-' : ''}${digits}${frac ? decimal + frac : ''}`;
}

/** What General shows: up to 10 significant digits, no grouping. */
function general(n: number, lang: Lang): string {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function dayText(d: Date): string {
  // Dates from a file are read as UTC midnights.
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

export function cellText(value: CellValue, numFmt: string | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dayText(value);
  if (isCellError(value)) return value.error;
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return general(value, lang);
  if (numFmt.includes('%')) return `${withSeparators(value * 100, decimalsOf(numFmt), null, lang)}%`;
  if (isDateFormat(numFmt)) return dayText(new Date(Math.round((value - 25569) * 86400000)));
  return withSeparators(value, decimalsOf(numFmt), groupOf(numFmt, lang), lang);
}
