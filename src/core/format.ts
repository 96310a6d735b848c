/** Numbers the Vietnamese way (9.737; 99,93%) or the English way, for narrative and tables. */
import type { Lang } from './lang';

const countFmt = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-US') };
const rateFmt = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
const targetFmt = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** 9737 -> "9.737". */
export function formatCount(n: number, lang: Lang = 'vi'): string {
  return countFmt[lang].format(n);
}

/** 0.99927 -> "99,93%" (two decimals, as the letters write rates). */
export function formatRate(fraction: number, lang: Lang = 'vi'): string {
  return rateFmt[lang].format(fraction * 100) + '%';
}

/** 0.3 -> "30%", 0.976 -> "97,6%" (targets without trailing zeros). */
export function formatTarget(fraction: number, lang: Lang = 'vi'): string {
  return targetFmt[lang].format(fraction * 100) + '%';
}

/** "15/3/2024" from "2024-03-15". */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}
