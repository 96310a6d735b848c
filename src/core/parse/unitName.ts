/**
 * Unit names as officers write them: "UBND xã An Vinh", "Xã An Vinh", "An Vinh", "TT. Cổ Lễ".
 * Two names are the same unit when their full form (without "UBND") is equal, or when one of
 * them has no "xã/thị trấn/phường" and the bare names are equal ("phường Hòa Bình" is not "xã Hòa Bình").
 */
import type { UnitLevel } from '../report';
import { LEVEL } from '../detect/vocabulary';
import { clean, fold } from './text';

const PREFIX = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/u;
const TYPE = /^(xã|thị trấn|phường|đặc khu)\s+/u;

/**
 * Full key, accents kept ("Trực Hưng" is not "Trực Hùng"): "UBND xã An Vinh" -> "xã an vinh".
 */
export function fullKey(name: string): string {
  return (
    clean(name)
      .toLowerCase()
      .replace(/[.,;:]+$/g, '')
      .replace(PREFIX, '')
      // Abbreviated type words: "TT Kiến Giang", "TT NT Lệ Ninh" (nông trường), "P. Bình Đức", "X. Mỹ Hòa".
      .replace(/^tt\.?\s*nt\.?\s+/u, 'thị trấn nông trường ')
      .replace(/^tt\.?\s+/u, 'thị trấn ')
      .replace(/^p\.\s*/u, 'phường ')
      .replace(/^x\.\s*/u, 'xã ')
  );
}

/** Bare key: "xã an vinh" -> "an vinh". */
export function bareKey(name: string): string {
  return fullKey(name).replace(TYPE, '');
}

export function hasTypeWord(name: string): boolean {
  return TYPE.test(fullKey(name));
}

export function sameUnit(a: string, b: string): boolean {
  if (fullKey(a) === fullKey(b)) return true;
  return bareKey(a) === bareKey(b) && (!hasTypeWord(a) || !hasTypeWord(b));
}

/** The type word a name starts with ("xã", "phường", "thị trấn", "đặc khu"), or null. */
export function typeWord(name: string): string | null {
  return TYPE.exec(fullKey(name))?.[1] ?? null;
}

/** Name as the letters write it in a list: "UBND xã An Vinh" -> "An Vinh"; "Phòng Tư pháp" kept. */
export function shortName(name: string): string {
  const type = typeWord(name);
  return type ? withoutType(name) : clean(name).replace(/^ubnd\s+/i, 'UBND ');
}

/** "UBND xã An Vinh" -> "xã An Vinh": the noun kept, as a list must when two units share a bare name. */
export function nounName(name: string): string {
  const type = typeWord(name);
  return type ? `${type} ${withoutType(name)}` : shortName(name);
}

const WRITTEN_TYPE =
  /^(?:(?:ủy|uỷ) ban nhân dân\s+|ubnd\s+)?(?:xã|thị trấn|phường|đặc khu|tt\.?|p\.|x\.)\s*/iu;

/** The name after its prefix and type word, as written ("UBND TT NT Lệ Ninh" -> "NT Lệ Ninh"). */
function withoutType(name: string): string {
  return clean(name).replace(WRITTEN_TYPE, '');
}

/** Commune (xã, phường, thị trấn, đặc khu), district (huyện, thị xã, quận, thành phố) or department. */
export function levelOf(name: string): UnitLevel {
  const k = fold(fullKey(name));
  if (LEVEL.commune.test(k)) return 'commune';
  if (LEVEL.department.test(k)) return 'department';
  if (LEVEL.district.test(k) || LEVEL.districtWord.test(k)) return 'district';
  return null;
}

/** The collective noun for a list of units: "xã", "xã, phường, đặc khu", "sở, ngành", "lĩnh vực", "đơn vị". */
export function unitNoun(units: { name: string; level: UnitLevel }[], lang: 'vi' | 'en'): string {
  if (lang === 'en') return units.length === 1 ? 'unit' : 'units';
  if (units.length && units.every((u) => u.level === 'field')) return 'lĩnh vực';
  if (units.length && units.every((u) => u.level === 'department')) return 'sở, ngành';
  const types = new Set(units.map((u) => typeWord(u.name) ?? 'other'));
  if (types.has('other') || types.size === 0) return 'đơn vị';
  return ['xã', 'phường', 'thị trấn', 'đặc khu'].filter((t) => types.has(t)).join(', ');
}
