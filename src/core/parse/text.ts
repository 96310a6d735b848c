/** Text normalization for Vietnamese sheets: NFC, stray spaces, and an accent-free form for matching. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Cleaned forms of Vietnamese text already seen: a list repeats its offices' names on every row. */
const cleaned = new Map<string, string>();
const CLEAN_CACHE_LIMIT = 100_000;

/** NFC, every kind of space folded to one, trimmed. What a name is "as written". */
export function clean(s: string): string {
  // Plain ASCII without doubled or odd spaces is already clean: the common case, kept cheap.
  if (/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(s)) return s;
  let c = cleaned.get(s);
  if (c !== undefined) return c;
  c = s.normalize('NFC').replace(SPACES, ' ').trim();
  if (cleaned.size >= CLEAN_CACHE_LIMIT) cleaned.clear();
  cleaned.set(s, c);
  return c;
}

/**
 * Folded forms already computed. A dossier list repeats a handful of strings (offices, channels,
 * statuses) hundreds of thousands of times; NFD-normalizing each again dominated its cost.
 */
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 100_000;

/** Lowercase, accents removed (đ -> d), punctuation kept: the form header rules match against. */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f !== undefined) return f;
  f = clean(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  folded.set(s, f);
  return f;
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
