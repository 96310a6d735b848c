/** Indicator names as officers write them, Vietnamese first. */
import type { Lang } from '../engine';
import type { MetricId } from '../metrics/ids';

export const METRIC_LABELS: Record<MetricId, Record<Lang, string>> = {
  onTimeRate: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Dossiers resolved on time' },
  onTimeRate766: {
    vi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn (QĐ 766)',
    en: 'Dossiers handled on time (QĐ 766)',
  },
  onlineRate: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' },
  lateCount: { vi: 'Số hồ sơ giải quyết quá hạn', en: 'Dossiers resolved late' },
  overdueInProgressCount: { vi: 'Số hồ sơ đang giải quyết quá hạn', en: 'Dossiers in progress past due' },
  digitizedDossierRate: { vi: 'Tỷ lệ số hóa hồ sơ', en: 'Dossiers digitized' },
  digitizedResultRate: { vi: 'Tỷ lệ số hóa kết quả giải quyết', en: 'Results digitized' },
  onlinePaymentRate: { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Fees paid online' },
  portalSyncRate: { vi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVC', en: 'Dossiers synced to the portal' },
  signatureRate: { vi: 'Tỷ lệ văn bản ký số', en: 'Documents digitally signed' },
};

/** Column headings of each indicator's table: [numerator, denominator] or [count]. */
export const METRIC_COLUMNS: Record<MetricId, Record<Lang, string[]>> = {
  onTimeRate: { vi: ['Số hồ sơ đã giải quyết', 'Trước hạn, đúng hạn'], en: ['Resolved', 'Early or on time'] },
  onTimeRate766: {
    vi: ['Đã và đang giải quyết', 'Đúng hạn, trong hạn'],
    en: ['Resolved and in progress', 'On time'],
  },
  onlineRate: {
    vi: ['Số hồ sơ mới tiếp nhận', 'Tiếp nhận trực tuyến'],
    en: ['Newly received', 'Received online'],
  },
  lateCount: { vi: ['Số hồ sơ quá hạn'], en: ['Resolved late'] },
  overdueInProgressCount: { vi: ['Số hồ sơ đang quá hạn'], en: ['In progress past due'] },
  digitizedDossierRate: { vi: ['Số hồ sơ tiếp nhận', 'Số hồ sơ được số hóa'], en: ['Received', 'Digitized'] },
  digitizedResultRate: {
    vi: ['Số hồ sơ đã có kết quả', 'Số kết quả được số hóa'],
    en: ['With a result', 'Results digitized'],
  },
  onlinePaymentRate: {
    vi: ['Số hồ sơ có phí, lệ phí', 'Số hồ sơ thanh toán trực tuyến'],
    en: ['With fees', 'Paid online'],
  },
  portalSyncRate: { vi: ['Số hồ sơ tiếp nhận', 'Số hồ sơ đã đồng bộ'], en: ['Received', 'Synced'] },
  signatureRate: {
    vi: ['Tổng số văn bản đi', 'Số văn bản ký số'],
    en: ['Documents issued', 'Digitally signed'],
  },
};

/** Short names for score details ("Đúng hạn 19,60; Trực tuyến 12,00"). */
export const SHORT_LABELS: Record<MetricId, Record<Lang, string>> = {
  onTimeRate: { vi: 'Đúng hạn', en: 'On time' },
  onTimeRate766: { vi: 'Đúng hạn', en: 'On time' },
  onlineRate: { vi: 'Trực tuyến', en: 'Online' },
  lateCount: { vi: 'Quá hạn', en: 'Late' },
  overdueInProgressCount: { vi: 'Đang quá hạn', en: 'Overdue' },
  digitizedDossierRate: { vi: 'Số hóa hồ sơ', en: 'Digitized' },
  digitizedResultRate: { vi: 'Số hóa kết quả', en: 'Results digitized' },
  onlinePaymentRate: { vi: 'TTTT', en: 'Paid online' },
  portalSyncRate: { vi: 'Đồng bộ', en: 'Synced' },
  signatureRate: { vi: 'Ký số', en: 'Signed' },
};
