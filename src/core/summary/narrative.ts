/**
 * The ready paragraph, in the style of the letters officers send: "Tỷ lệ thanh toán trực tuyến
 * toàn huyện đạt 64,53% (trung bình toàn tỉnh 35,12%). Có 6/22 xã, thị trấn chưa đạt chỉ tiêu 30%
 * (Liên Hợp 3,85%; Châu Hồng 6,25%; ...)."
 */
import type { Lang } from '../lang';
import { isCountMetric, METRICS, reportedMetrics } from '../metrics/catalog';
import { fold } from '../parse/text';
import { shortName, unitNoun } from '../parse/unitName';
import type { MetricId, SheetReport, UnitReport } from '../report';
import { formatCount, formatRate, formatTarget } from '../format';

/** "toàn huyện" from the total row or the agency line; "chung" otherwise. */
export function scopeOf(texts: string[], lang: Lang): string {
  if (lang === 'en') return 'overall';
  const all = texts.map(fold).join(' | ');
  if (/\bhuyen\b/.test(all)) return 'toàn huyện';
  if (/\bthi xa\b/.test(all)) return 'toàn thị xã';
  if (/\bthanh pho\b/.test(all)) return 'toàn thành phố';
  if (/\b(xa|phuong|thi tran)\b/.test(all)) return 'toàn đơn vị';
  return 'chung';
}

/** Units named in one sentence at most; a province-wide list would not fit a letter (or an Excel cell). */
export const MAX_NAMED = 50;

/** "A 1,75%; B 2,10%" — the worst MAX_NAMED, then how many more. */
function listed(units: UnitReport[], item: (u: UnitReport) => string, lang: Lang): string {
  const named = units.slice(0, MAX_NAMED).map(item).join('; ');
  const rest = units.length - MAX_NAMED;
  if (rest <= 0) return named;
  return lang === 'vi' ? `${named}; và ${rest} đơn vị khác` : `${named}; and ${rest} more`;
}

function rateSentence(
  id: MetricId,
  sheet: SheetReport,
  units: UnitReport[],
  threshold: number,
  lang: Lang,
  scope: string,
): string {
  const label = METRICS[id].label[lang];
  const rated = units.filter((u) => u.metrics[id]?.value !== null && u.metrics[id] !== undefined);
  const below = rated
    .filter((u) => u.below.includes(id))
    .sort((a, b) => (a.metrics[id]!.value ?? 0) - (b.metrics[id]!.value ?? 0));
  const total = sheet.total?.[id]?.value;
  const bench = sheet.benchmark?.[id];
  const named = unitNoun(
    rated.map((u) => u.name),
    lang,
  );
  // Bare names under a "Xã, thị trấn" column are communes even without the word "xã".
  const noun = named === 'đơn vị' && rated.every((u) => u.level === 'commune') ? 'xã' : named;
  const target = formatTarget(threshold, lang);
  const parts: string[] = [];
  if (total !== null && total !== undefined) {
    const benchText =
      bench === undefined
        ? ''
        : lang === 'vi'
          ? ` (trung bình toàn tỉnh ${formatRate(bench, lang)})`
          : ` (provincial average ${formatRate(bench, lang)})`;
    parts.push(
      lang === 'vi'
        ? `${label} ${scope} đạt ${formatRate(total, lang)}${benchText}.`
        : `${label}: ${formatRate(total, lang)} ${scope}${benchText}.`,
    );
  }
  if (!rated.length) return parts.join(' ');
  // Without a total the sentence still has to say which indicator it is about.
  const lead = parts.length ? '' : lang === 'vi' ? `${label}: ` : `${label}: `;
  const list = listed(below, (u) => `${shortName(u.name)} ${formatRate(u.metrics[id]!.value!, lang)}`, lang);
  if (below.length === 0)
    parts.push(
      lang === 'vi'
        ? `${lead}tất cả ${rated.length} ${noun} đạt chỉ tiêu ${target}.`
        : `${lead}all ${rated.length} ${noun} meet the ${target} target.`,
    );
  else
    parts.push(
      lang === 'vi'
        ? `${lead}có ${below.length}/${rated.length} ${noun} chưa đạt chỉ tiêu ${target} (${list}).`
        : `${lead}${below.length} of ${rated.length} ${noun} are below the ${target} target (${list}).`,
    );
  const twice = below.filter((u) => u.belowTwice?.includes(id));
  if (twice.length)
    parts.push(
      lang === 'vi'
        ? `Trong đó, ${twice.length} ${noun} chưa đạt hai kỳ liên tiếp (${twice.map((u) => shortName(u.name)).join('; ')}), đề nghị khắc phục ngay.`
        : `${twice.length} of them missed the target two periods running (${twice.map((u) => shortName(u.name)).join('; ')}).`,
    );
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
}

/** Count indicators: the units that have late or overdue dossiers, most first. */
const COUNT_PHRASES: Partial<Record<MetricId, Record<Lang, [string, string]>>> = {
  lateCount: {
    vi: ['có hồ sơ giải quyết quá hạn', 'Không có hồ sơ giải quyết quá hạn.'],
    en: ['resolved dossiers late', 'No dossier was resolved late.'],
  },
  overdueInProgressCount: {
    vi: ['còn hồ sơ đang giải quyết quá hạn', 'Không có hồ sơ đang giải quyết quá hạn.'],
    en: ['have dossiers in progress past due', 'No dossier in progress is past due.'],
  },
};

function countSentence(id: MetricId, sheet: SheetReport, units: UnitReport[], lang: Lang): string {
  const [phrase, none] = COUNT_PHRASES[id]![lang];
  const over = units
    .filter((u) => u.below.includes(id))
    .sort((a, b) => (b.metrics[id]!.value ?? 0) - (a.metrics[id]!.value ?? 0));
  if (!over.length) return none;
  const total = sheet.total?.[id]?.value;
  const list = listed(over, (u) => `${shortName(u.name)} ${formatCount(u.metrics[id]!.value!, lang)}`, lang);
  const totalText =
    total === null || total === undefined
      ? ''
      : lang === 'vi'
        ? `, tổng cộng ${formatCount(total, lang)} hồ sơ`
        : `, ${formatCount(total, lang)} in all`;
  return lang === 'vi'
    ? `Có ${over.length} đơn vị ${phrase}${totalText} (${list}).`
    : `${over.length} units ${phrase}${totalText} (${list}).`;
}

function leaderSentence(sheet: SheetReport, threshold: number, lang: Lang): string {
  const below = sheet.leaders.filter((l) => l.below.includes('signatureRate'));
  if (!below.length) return '';
  const list = below
    .sort((a, b) => (a.metrics.signatureRate!.value ?? 0) - (b.metrics.signatureRate!.value ?? 0))
    .map((l) => `${l.name} (${shortName(l.unit ?? '')}) ${formatRate(l.metrics.signatureRate!.value!, lang)}`)
    .join('; ');
  return lang === 'vi'
    ? `Có ${below.length}/${sheet.leaders.length} lãnh đạo có tỷ lệ ký số dưới ${formatTarget(threshold, lang)} (${list}).`
    : `${below.length} of ${sheet.leaders.length} leaders sign below ${formatTarget(threshold, lang)} (${list}).`;
}

/** The paragraph of one sheet; the QĐ 766 on-time variant only where the usual one is missing. */
export function narrate(sheet: SheetReport, thresholds: Record<MetricId, number>, lang: Lang): string {
  const scope = scopeOf(sheet.title ? sheet.title.split(' / ') : [], lang);
  const sentences = reportedMetrics(sheet.metricIds).map((id) =>
    isCountMetric(id)
      ? countSentence(id, sheet, sheet.units, lang)
      : rateSentence(id, sheet, sheet.units, thresholds[id], lang, scope),
  );
  if (sheet.kind === 'signatures') sentences.push(leaderSentence(sheet, thresholds.signatureRate, lang));
  return sentences.filter(Boolean).join(' ');
}
