/**
 * The ready paragraph, in the style of the letters officers send: "Tỷ lệ thanh toán trực tuyến
 * toàn huyện đạt 64,53% (trung bình toàn tỉnh 35,12%). Có 6/22 xã, thị trấn chưa đạt chỉ tiêu 30%
 * (Liên Hợp 3,85%; Châu Hồng 6,25%; ...)."
 */
import type { Lang } from '../lang';
import { isCountMetric, METRICS, reportedMetrics } from '../metrics/catalog';
import { scopeWord } from '../detect/scope';
import { fold } from '../parse/text';
import { bareKey, nounName, shortName, unitNoun } from '../parse/unitName';
import type { MetricId, SheetReport, UnitReport } from '../report';
import { formatCount, formatRate, formatTarget } from '../format';

/** The scope word of the letters ("toàn tỉnh", "toàn huyện", "toàn xã"), "overall" in English. */
function scopeText(sheet: SheetReport, lang: Lang): string {
  return lang === 'en' ? 'overall' : scopeWord(sheet.scope);
}

/**
 * How a unit is named in a list: bare where the collective noun already says what it is ("có 3 xã
 * ... (Cộng Lạc 1,75%)"), with its noun where the list mixes kinds or two units share a bare name
 * ("phường Tân Châu 49,40%; xã Tân Châu 0,88%").
 */
function namer(units: UnitReport[], noun: string): (u: UnitReport) => string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(bareKey(u.name), (counts.get(bareKey(u.name)) ?? 0) + 1);
  const mixed = noun === 'đơn vị';
  return (u) => (mixed || (counts.get(bareKey(u.name)) ?? 0) > 1 ? nounName(u.name) : shortName(u.name));
}

/** "Trung bình toàn quốc" as it reads inside a sentence. */
function benchmarkLabel(sheet: SheetReport, lang: Lang): string {
  const name = sheet.benchmarkName ?? 'Trung bình toàn tỉnh';
  if (lang === 'en') return /quoc/.test(fold(name)) ? 'national average' : 'provincial average';
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Units named in one sentence at most; a province-wide list would not fit a letter (or an Excel cell). */
export const MAX_NAMED = 50;

/** "A 1,75%; B 2,10%" — the worst MAX_NAMED, then how many more, in the sentence's noun ("và 70 xã khác"). */
function listed(units: UnitReport[], item: (u: UnitReport) => string, noun: string, lang: Lang): string {
  const named = units.slice(0, MAX_NAMED).map(item).join('; ');
  const rest = units.length - MAX_NAMED;
  if (rest <= 0) return named;
  return lang === 'vi' ? `${named}; và ${rest} ${noun} khác` : `${named}; and ${rest} more`;
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
  const named = unitNoun(rated, lang);
  // Bare names under a "Xã, thị trấn" column are communes even without the word "xã".
  const noun = named === 'đơn vị' && rated.every((u) => u.level === 'commune') ? 'xã' : named;
  const nameOf = namer(sheet.units, noun);
  const target = formatTarget(threshold, lang);
  const parts: string[] = [];
  if (total !== null && total !== undefined) {
    const benchText =
      bench === undefined ? '' : ` (${benchmarkLabel(sheet, lang)} ${formatRate(bench, lang)})`;
    parts.push(
      lang === 'vi'
        ? `${label} ${scope} đạt ${formatRate(total, lang)}${benchText}.`
        : `${label}: ${formatRate(total, lang)} ${scope}${benchText}.`,
    );
  }
  if (!rated.length) return parts.join(' ');
  // Without a total the sentence still has to say which indicator it is about.
  const lead = parts.length ? '' : lang === 'vi' ? `${label}: ` : `${label}: `;
  const list = listed(below, (u) => `${nameOf(u)} ${formatRate(u.metrics[id]!.value!, lang)}`, noun, lang);
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
        ? `Trong đó, ${twice.length} ${noun} chưa đạt hai kỳ liên tiếp (${twice.map(nameOf).join('; ')}), đề nghị khắc phục ngay.`
        : `${twice.length} of them missed the target two periods running (${twice.map(nameOf).join('; ')}).`,
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
  // The sheet's own noun, as in the rate sentences: "Có 2 lĩnh vực …", "Có 3 xã, thị trấn …".
  const noun = unitNoun(sheet.units, 'vi');
  const nameOf = namer(sheet.units, noun);
  const list = listed(over, (u) => `${nameOf(u)} ${formatCount(u.metrics[id]!.value!, lang)}`, noun, lang);
  const totalText =
    total === null || total === undefined
      ? ''
      : lang === 'vi'
        ? `, tổng cộng ${formatCount(total, lang)} hồ sơ`
        : `, ${formatCount(total, lang)} in all`;
  return lang === 'vi'
    ? `Có ${over.length} ${noun} ${phrase}${totalText} (${list}).`
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
  const scope = scopeText(sheet, lang);
  const sentences = reportedMetrics(sheet.metricIds).map((id) =>
    isCountMetric(id)
      ? countSentence(id, sheet, sheet.units, lang)
      : rateSentence(id, sheet, sheet.units, thresholds[id], lang, scope),
  );
  if (sheet.kind === 'signatures') sentences.push(leaderSentence(sheet, thresholds.signatureRate, lang));
  return sentences.filter(Boolean).join(' ');
}
