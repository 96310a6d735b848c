/**
 * The reporting period from a sheet's title block: "Kỳ báo cáo: từ ngày 15/3/2024 đến ngày 14/4/2024",
 * "(Từ ngày 01/01/2024 đến ngày 30/4/2024)", "tính đến 31/7/2023", "6 tháng đầu năm 2023",
 * "Tháng 4/2024", "Quý I/2024", "Năm 2023". Named periods follow the chosen rule: NĐ 09/2019
 * (15th of the previous month to the 14th) or calendar months.
 */
import type { Period } from '../report';
import type { PeriodRule } from '../schema';
import { dayOf, isoOf, type DayNumber } from './date';
import { fold } from './text';

const DATE = String.raw`(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})`;

function day(m: RegExpExecArray, i: number): DayNumber | null {
  return dayOf(Number(m[i + 2]), Number(m[i + 1]), Number(m[i]));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Months [first, last] of a named period, 1-based, in the given year. */
function span(rule: PeriodRule, year: number, firstMonth: number, lastMonth: number): Period {
  if (rule === 'calendar') {
    const end = dayOf(year, lastMonth + 1 > 12 ? 12 : lastMonth + 1, 1);
    const to = lastMonth === 12 ? dayOf(year, 12, 31) : end === null ? null : end - 1;
    return { from: iso(dayOf(year, firstMonth, 1)), to: iso(to) };
  }
  const from = firstMonth === 1 ? dayOf(year - 1, 12, 15) : dayOf(year, firstMonth - 1, 15);
  return { from: iso(from), to: iso(dayOf(year, lastMonth, 14)) };
}

function iso(d: DayNumber | null): string | null {
  return d === null ? null : isoOf(d);
}

/** Reads one text; null when it names no period. */
export function parsePeriodText(text: string, rule: PeriodRule): Period | null {
  const t = fold(text);
  let m = new RegExp(
    String.raw`(?:tu|từ)\s*(?:ngay)?\s*:?\s*${DATE}\s*(?:den|-|–)\s*(?:ngay)?\s*:?\s*${DATE}`,
  ).exec(t);
  if (m) {
    const from = day(m, 1);
    const to = day(m, 4);
    // A range with an impossible date is no period at all, not a cumulative "đến ngày".
    return from !== null && to !== null ? { from: isoOf(from), to: isoOf(to), text } : null;
  }
  m = new RegExp(String.raw`(?:tinh den|den ngay|luy ke den)\s*(?:ngay)?\s*:?\s*${DATE}`).exec(t);
  if (m) {
    const to = day(m, 1);
    // "tính đến 31/7/2023": cumulative from the start of that calendar year.
    if (to !== null) return { from: iso(dayOf(Number(m[3]), 1, 1)), to: isoOf(to), text };
  }
  m = /(6|9) thang (?:dau )?nam (\d{4})/.exec(t);
  if (m) return { ...span(rule, Number(m[2]), 1, Number(m[1])), text };
  m = /quy (i{1,3}|iv|[1-4])\b[^\d]{0,12}(\d{4})/.exec(t);
  if (m) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    return { ...span(rule, Number(m[2]), q * 3 - 2, q * 3), text };
  }
  m = /thang (\d{1,2})\s*(?:[/\-.]|nam)\s*(\d{4})/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { ...span(rule, Number(m[2]), Number(m[1]), Number(m[1])), text };
  m = /\bnam (\d{4})\b/.exec(t);
  if (m && /bao cao|ky|thong ke|so lieu|tong hop/.test(t))
    return { ...span(rule, Number(m[1]), 1, 12), text };
  return null;
}

/** "Hà Nội, ngày 05 tháng 04 năm 2017": the date a report was signed, never its period. */
const SIGNATURE_DATE = /ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/;

/**
 * The period of the title texts: a stated range ("Từ ngày 01/11/2026 đến ngày 30/11/2026") wins over
 * a named one ("THÁNG 11/2026") wherever it stands; else the first named one; else the sheet name's.
 */
export function findPeriod(titleTexts: string[], sheetName: string, rule: PeriodRule): Period | null {
  const found = titleTexts
    .filter((s) => !SIGNATURE_DATE.test(fold(s)))
    .map((s) => parsePeriodText(s, rule))
    .filter((p): p is Period => p !== null);
  const stated = found.find((p) => p.text && STATED.test(fold(p.text)));
  return stated ?? found[0] ?? parsePeriodText(sheetName.replace(/^(t|th)(\d)/i, 'tháng $2'), rule);
}

const STATED = new RegExp(String.raw`${DATE}`);
