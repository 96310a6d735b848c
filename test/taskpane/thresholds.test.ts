import { DEFAULT_THRESHOLDS } from '../../src/core/metrics/catalog';
import { defaultSettings } from '../../src/core/schema';
import { stringsFor } from '../../src/taskpane/i18n';
import {
  availablePresets,
  BUILTIN_PRESETS,
  draftOf,
  parseDraft,
  presetName,
  presetThresholds,
} from '../../src/taskpane/thresholds';

const vi = stringsFor('vi');

describe('threshold form', () => {
  it('shows fractions as Vietnamese or English percents and counts as whole numbers', () => {
    const draft = draftOf({ onTimeRate: 0.976, onlinePaymentRate: 0.3 }, 'vi');
    expect(draft.onTimeRate).toBe('97,6');
    expect(draft.onlinePaymentRate).toBe('30');
    expect(draft.lateCount).toBe('0');
    expect(draftOf({ onTimeRate: 0.976 }, 'en').onTimeRate).toBe('97.6');
  });

  it('parses percents typed either way back into fractions', () => {
    const draft = { ...draftOf({}, 'vi'), onTimeRate: '97,5', onlineRate: ' 70.25 % ', lateCount: '3' };
    const result = parseDraft(draft, vi);
    expect(result).toEqual({
      ok: true,
      thresholds: { ...DEFAULT_THRESHOLDS, onTimeRate: 0.975, onlineRate: 0.7025, lateCount: 3 },
    });
  });

  it('round-trips the defaults exactly', () => {
    expect(parseDraft(draftOf({}, 'vi'), vi)).toEqual({ ok: true, thresholds: DEFAULT_THRESHOLDS });
  });

  it('names each faulty field in the pane language', () => {
    const draft = { ...draftOf({}, 'vi'), onTimeRate: '101', onlineRate: 'năm mươi', lateCount: '1,5' };
    const result = parseDraft(draft, vi);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      onTimeRate: vi.thresholds.rateRange,
      onlineRate: vi.thresholds.invalidNumber,
      lateCount: vi.thresholds.wholeNumber,
    });
  });
});

describe('presets', () => {
  it('offers the built-in presets first, then the workbook’s own', () => {
    const settings = {
      ...defaultSettings(),
      presets: [
        { id: 'default', name: 'shadowed', thresholds: {} },
        { id: 'so-noi-vu', name: 'Sở Nội vụ 2026', thresholds: { onTimeRate: 0.99 } },
      ],
    };
    expect(availablePresets(settings).map((p) => p.id)).toEqual(['default', 'lam-dong-2025', 'so-noi-vu']);
    expect(presetName(availablePresets(settings)[2], vi)).toBe('Sở Nội vụ 2026');
    expect(presetName(BUILTIN_PRESETS[0], stringsFor('en'))).toBe('Default');
  });

  it('Lâm Đồng 2025 keeps the defaults for what it does not set', () => {
    const lamDong = presetThresholds(BUILTIN_PRESETS[1]);
    expect(lamDong.onlineRate).toBe(0.7);
    expect(lamDong.onlinePaymentRate).toBe(0.6);
    expect(lamDong.signatureRate).toBe(DEFAULT_THRESHOLDS.signatureRate);
  });
});
