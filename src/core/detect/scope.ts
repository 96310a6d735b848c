/**
 * Whose report a sheet is: the province, district or commune named in its title block ("UBND TỈNH
 * NINH BÌNH", "UBND XÃ HÒA BÌNH", "HUYỆN LỆ THỦY"), else the one its total row names ("Toàn tỉnh").
 * Since 1/7/2025 there is no district tier (domain.md section 0); older reports still have one.
 */
import { clean } from '../parse/text';
import type { Scope, ScopeLevel } from '../report';

const NOUN_LEVEL: Record<string, ScopeLevel> = {
  tỉnh: 'province',
  huyện: 'district',
  'thị xã': 'district',
  quận: 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
  'đặc khu': 'commune',
};
const NOUNS = '(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)';
/** An agency line: the whole text is "[UBND] <noun> <name>". */
const AGENCY = new RegExp(`^(?:(?:ủy|uỷ) ban nhân dân|ubnd)?\\s*${NOUNS}\\s+(\\p{L}[\\p{L} .'-]*)$`, 'u');
const TRAILING_AGENCY = new RegExp(`(?:\\s[-–:]|\\bubnd|\\bcông)\\s+${NOUNS}\\s+(\\p{L}[\\p{L} .'-]*)$`, 'u');
/** Centrally-run cities are provinces; any other "thành phố" was a district-level city. */
const CENTRAL_CITIES = /^(hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ|huế)$/u;
const TOTAL_SCOPE = new RegExp(`^(?:toàn|cộng toàn)\\s+${NOUNS}\\b`, 'u');
const DEPTH: Record<ScopeLevel, number> = { province: 0, district: 1, commune: 2 };

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase());
}

function levelOfNoun(noun: string, name: string): ScopeLevel {
  if (noun === 'thành phố') return CENTRAL_CITIES.test(name) ? 'province' : 'district';
  return NOUN_LEVEL[noun];
}

/** The agency a text names, when the whole text is one ("UBND TỈNH NINH BÌNH"). */
export function scopeOfText(text: string): Scope | null {
  const t = clean(text).toLowerCase();
  // Else the agency closing a title: "THỐNG KÊ … - TỈNH THANH HÓA", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH …".
  const m = AGENCY.exec(t) ?? TRAILING_AGENCY.exec(t);
  if (!m) return null;
  const name = m[2].trim().replace(/\.$/, '');
  return { level: levelOfNoun(m[1], name), name: titleCase(name), noun: m[1] };
}

/**
 * The most specific agency of the title block wins ("UBND TỈNH NAM ĐỊNH" over it, "UBND HUYỆN TRỰC
 * NINH" under it: the district's report); without one, the total row's "Toàn tỉnh" / "Toàn xã".
 */
export function findScope(titles: string[], totalName: string | undefined): Scope | null {
  let best: Scope | null = null;
  for (const t of titles) {
    const s = scopeOfText(t);
    if (s && (!best || DEPTH[s.level] > DEPTH[best.level])) best = s;
  }
  if (best) return best;
  const m = totalName ? TOTAL_SCOPE.exec(clean(totalName).toLowerCase()) : null;
  return m ? { level: levelOfNoun(m[1], ''), name: null, noun: m[1] } : null;
}

/** "toàn tỉnh", "toàn huyện", "toàn phường": the scope word of the letters. */
export function scopeWord(scope: Scope | null | undefined): string {
  return scope ? `toàn ${scope.noun}` : 'chung';
}
