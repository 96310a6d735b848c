/**
 * Every indicator of the report contract in one table: what it is (rate or count), the columns it is
 * computed from, the printed column it is checked against and shaded in, its names and table headings
 * (vi, en), its default target and where its formula lives. Adding an indicator starts here.
 */
import type { FieldId } from '../detect/fields';
import type { Lang } from '../lang';
import { METRIC_IDS, type MetricId } from '../report';

type Texts = Record<Lang, string>;

export interface MetricSpec {
  /** A rate is below when under its target; a count when above it. */
  direction: 'rate' | 'count';
  /** Formula as report-contract.md writes it; computed in `computedBy` (metrics/). */
  formula: string;
  computedBy: ('tableMetrics' | 'aggregateList')[];
  /**
   * The metric's inputs for the missing-column finding: when one of `present` is mapped and the
   * metric still could not be computed, the column `missing` names is what the sheet lacks.
   */
  inputs: { present: FieldId[]; missing: Texts }[];
  /** Source column that shows this figure: the printed rate (checked and shaded) or the count. */
  shownIn?: FieldId;
  label: Texts;
  /** Name in score details ("Đúng hạn 19,60; Trực tuyến 12,00"). */
  short: Texts;
  /** Table headings: [denominator, numerator] for a rate, [count] for a count. */
  columns: Record<Lang, string[]>;
  /** Default target (domain.md section 4): a fraction for rates, a whole number for counts. */
  threshold: number;
  /** Left out of the summary and the paragraph when this other metric is there too. */
  onlyWithout?: MetricId;
}

const RESOLVED_TOTAL: Texts = { vi: 'Số hồ sơ đã giải quyết: Tổng số', en: 'Resolved dossiers: total' };
const RECEIVED_TOTAL: Texts = { vi: 'Tổng số hồ sơ tiếp nhận', en: 'Dossiers received: total' };

export const METRICS: Record<MetricId, MetricSpec> = {
  onTimeRate: {
    direction: 'rate',
    formula: '(trước hạn + đúng hạn) / đã giải quyết',
    computedBy: ['tableMetrics', 'aggregateList'],
    inputs: [{ present: ['resEarly', 'resOnTime', 'resEarlyOnTime'], missing: RESOLVED_TOTAL }],
    shownIn: 'rateOnTime',
    label: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Dossiers resolved on time' },
    short: { vi: 'Đúng hạn', en: 'On time' },
    columns: { vi: ['Số hồ sơ đã giải quyết', 'Trước hạn, đúng hạn'], en: ['Resolved', 'Early or on time'] },
    threshold: 0.98,
  },
  onTimeRate766: {
    direction: 'rate',
    formula: '(đã + đang giải quyết đúng/trong hạn) / (đã giải quyết + đang giải quyết), QĐ 766',
    computedBy: ['tableMetrics'],
    inputs: [],
    label: {
      vi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn (QĐ 766)',
      en: 'Dossiers handled on time (QĐ 766)',
    },
    short: { vi: 'Đúng hạn', en: 'On time' },
    columns: {
      vi: ['Đã và đang giải quyết', 'Đúng hạn, trong hạn'],
      en: ['Resolved and in progress', 'On time'],
    },
    threshold: 0.98,
    onlyWithout: 'onTimeRate',
  },
  onlineRate: {
    direction: 'rate',
    formula: 'mới tiếp nhận trực tuyến / (trực tuyến + trực tiếp, BCCI)',
    computedBy: ['tableMetrics', 'aggregateList'],
    inputs: [
      {
        present: ['recvOnline'],
        missing: { vi: 'Số mới tiếp nhận trực tiếp', en: 'Newly received in person' },
      },
    ],
    shownIn: 'rateOnline',
    label: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' },
    short: { vi: 'Trực tuyến', en: 'Online' },
    columns: {
      vi: ['Số hồ sơ mới tiếp nhận', 'Tiếp nhận trực tuyến'],
      en: ['Newly received', 'Received online'],
    },
    threshold: 0.5,
  },
  digitizedDossierRate: {
    direction: 'rate',
    formula: 'hồ sơ được số hóa / hồ sơ tiếp nhận',
    computedBy: ['tableMetrics', 'aggregateList'],
    inputs: [{ present: ['digDossiers'], missing: RECEIVED_TOTAL }],
    shownIn: 'digRate',
    label: { vi: 'Tỷ lệ số hóa hồ sơ', en: 'Dossiers digitized' },
    short: { vi: 'Số hóa hồ sơ', en: 'Digitized' },
    columns: { vi: ['Số hồ sơ tiếp nhận', 'Số hồ sơ được số hóa'], en: ['Received', 'Digitized'] },
    threshold: 0.8,
  },
  digitizedResultRate: {
    direction: 'rate',
    formula: 'kết quả được số hóa / hồ sơ đã có kết quả',
    computedBy: ['tableMetrics'],
    inputs: [
      { present: ['digResults'], missing: { vi: 'Số hồ sơ đã có kết quả', en: 'Dossiers with a result' } },
    ],
    shownIn: 'digResultRate',
    label: { vi: 'Tỷ lệ số hóa kết quả giải quyết', en: 'Results digitized' },
    short: { vi: 'Số hóa kết quả', en: 'Results digitized' },
    columns: {
      vi: ['Số hồ sơ đã có kết quả', 'Số kết quả được số hóa'],
      en: ['With a result', 'Results digitized'],
    },
    threshold: 1,
  },
  onlinePaymentRate: {
    direction: 'rate',
    formula: 'hồ sơ thanh toán trực tuyến / hồ sơ có phí, lệ phí',
    computedBy: ['tableMetrics', 'aggregateList'],
    inputs: [
      { present: ['paidOnline'], missing: { vi: 'Số hồ sơ có phí, lệ phí', en: 'Dossiers with fees' } },
      {
        present: ['feeTotal'],
        missing: { vi: 'Số hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
      },
    ],
    shownIn: 'payRate',
    label: { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Fees paid online' },
    short: { vi: 'TTTT', en: 'Paid online' },
    columns: {
      vi: ['Số hồ sơ có phí, lệ phí', 'Số hồ sơ thanh toán trực tuyến'],
      en: ['With fees', 'Paid online'],
    },
    threshold: 0.6,
  },
  portalSyncRate: {
    direction: 'rate',
    formula: 'hồ sơ đã cập nhật/đồng bộ lên Cổng DVC / hồ sơ tiếp nhận',
    computedBy: ['tableMetrics'],
    inputs: [{ present: ['synced'], missing: RECEIVED_TOTAL }],
    shownIn: 'syncRate',
    label: { vi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVC', en: 'Dossiers synced to the portal' },
    short: { vi: 'Đồng bộ', en: 'Synced' },
    columns: { vi: ['Số hồ sơ tiếp nhận', 'Số hồ sơ đã đồng bộ'], en: ['Received', 'Synced'] },
    threshold: 1,
  },
  signatureRate: {
    direction: 'rate',
    formula: 'văn bản ký số / tổng văn bản đi (phát hành)',
    computedBy: ['tableMetrics'],
    inputs: [
      { present: ['signed'], missing: { vi: 'Tổng số văn bản đi', en: 'Documents issued' } },
      { present: ['issued'], missing: { vi: 'Số văn bản ký số', en: 'Documents digitally signed' } },
    ],
    shownIn: 'sigRate',
    label: { vi: 'Tỷ lệ văn bản ký số', en: 'Documents digitally signed' },
    short: { vi: 'Ký số', en: 'Signed' },
    columns: {
      vi: ['Tổng số văn bản đi', 'Số văn bản ký số'],
      en: ['Documents issued', 'Digitally signed'],
    },
    threshold: 1,
  },
  lateCount: {
    direction: 'count',
    formula: 'trả quá hạn',
    computedBy: ['tableMetrics', 'aggregateList'],
    inputs: [],
    shownIn: 'resLate',
    label: { vi: 'Số hồ sơ giải quyết quá hạn', en: 'Dossiers resolved late' },
    short: { vi: 'Quá hạn', en: 'Late' },
    columns: { vi: ['Số hồ sơ quá hạn'], en: ['Resolved late'] },
    threshold: 0,
  },
  overdueInProgressCount: {
    direction: 'count',
    formula: 'đang giải quyết quá hạn',
    computedBy: ['tableMetrics', 'aggregateList'],
    inputs: [],
    shownIn: 'progOverdue',
    label: { vi: 'Số hồ sơ đang giải quyết quá hạn', en: 'Dossiers in progress past due' },
    short: { vi: 'Đang quá hạn', en: 'Overdue' },
    columns: { vi: ['Số hồ sơ đang quá hạn'], en: ['In progress past due'] },
    threshold: 0,
  },
};

export function isCountMetric(id: MetricId): boolean {
  return METRICS[id].direction === 'count';
}

export const DEFAULT_THRESHOLDS = Object.fromEntries(
  METRIC_IDS.map((id) => [id, METRICS[id].threshold]),
) as Record<MetricId, number>;

/** Rates whose printed column the sheet may carry, with that column. */
export const PRINTED_RATES: [FieldId, MetricId][] = METRIC_IDS.flatMap((id) => {
  const spec = METRICS[id];
  return spec.direction === 'rate' && spec.shownIn ? [[spec.shownIn, id] as [FieldId, MetricId]] : [];
});

/** The metrics a summary table and paragraph speak of (the QĐ 766 variant only without the usual one). */
export function reportedMetrics(ids: MetricId[]): MetricId[] {
  return ids.filter((id) => {
    const without = METRICS[id].onlyWithout;
    return !without || !ids.includes(without);
  });
}
