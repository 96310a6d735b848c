/** Text normalization for Vietnamese sheets: NFC, stray spaces, and an accent-free form for matching. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** NFC, every kind of space folded to one, trimmed. What a name is "as written". */
export function clean(s: string): string {
  return s.normalize('NFC').replace(SPACES, ' ').trim();
}

/** Lowercase, accents removed (đ -> d), punctuation kept: the form header rules match against. */
export function fold(s: string): string {
  return clean(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** Text of a cell value for display and matching (numbers as written, dates as dd/mm/yyyy). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}`;
  if (typeof v === 'object' && 'error' in (v as object)) return String((v as { error: unknown }).error);
  return '';
}

/** A cell a formula would evaluate if written as is. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}
