/**
 * Unit names as officers write them: "UBND xã An Vinh", "Xã An Vinh", "An Vinh", "TT. Cổ Lễ".
 * Two names are the same unit when their full form (without "UBND") is equal, or when one of
 * them has no "xã/thị trấn/phường" and the bare names are equal ("phường Hòa Bình" is not "xã Hòa Bình").
 */
import type { UnitLevel } from '../report';
import { clean, fold } from './text';

const PREFIX = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/u;
const TYPE = /^(xã|thị trấn|phường)\s+/u;

/**
 * Full key, accents kept ("Trực Hưng" is not "Trực Hùng"): "UBND xã An Vinh" -> "xã an vinh".
 */
export function fullKey(name: string): string {
  return clean(name)
    .toLowerCase()
    .replace(/[.,;:]+$/g, '')
    .replace(PREFIX, '')
    .replace(/^tt\.?\s+/u, 'thị trấn ');
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

/** Name as the letters write it in a list: "UBND xã An Vinh" -> "An Vinh"; "Phòng Tư pháp" kept. */
export function shortName(name: string): string {
  const c = clean(name);
  const m = /^(?:(?:ủy|uỷ) ban nhân dân|ubnd)?\s*(?:xã|thị trấn|phường|tt\.?)\s+(.+)$/iu.exec(c);
  return m ? m[1] : c.replace(/^ubnd\s+/i, 'UBND ');
}

/** Commune level (xã, phường, thị trấn) or district level (phòng, ban, văn phòng, huyện...). */
export function levelOf(name: string): UnitLevel {
  const k = fold(fullKey(name));
  if (/^(xa|phuong|thi tran)\b/.test(k)) return 'commune';
  if (
    /^(phong|van phong|ban|trung tam|chi cuc|doi|huyen|thi xa|thanh pho|bo phan|hoi dong|cong an|chi nhanh|ubnd huyen|so)\b/.test(
      k,
    )
  )
    return 'district';
  if (/\bhuyen\b/.test(k)) return 'district';
  return null;
}

/** The collective noun for a list of units: "xã", "xã, thị trấn", "phường", "đơn vị". */
export function unitNoun(names: string[], lang: 'vi' | 'en'): string {
  if (lang === 'en') return names.length === 1 ? 'unit' : 'units';
  const types = new Set<string>(
    names.map((n) => {
      const k = fullKey(n);
      if (k.startsWith('xã ')) return 'xã';
      if (k.startsWith('thị trấn ')) return 'thị trấn';
      if (k.startsWith('phường ')) return 'phường';
      return 'other';
    }),
  );
  if (types.has('other') || types.size === 0) return 'đơn vị';
  return ['xã', 'phường', 'thị trấn'].filter((t) => types.has(t)).join(', ');
}
