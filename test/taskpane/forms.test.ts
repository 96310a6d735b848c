/** The scoring and letter-details forms: texts to settings through zod, messages in the pane's words. */
import { DEFAULT_SCORE_RULES, DVCQG_2026_RULES } from '../../src/core/metrics/score766';
import { defaultSettings } from '../../src/core/schema';
import { draftOfAppendix, parseAppendix } from '../../src/taskpane/appendix';
import { stringsFor } from '../../src/taskpane/i18n';
import { activeRules, draftOfRules, parseRules } from '../../src/taskpane/scoreRules';

const vi = stringsFor('vi');
const en = stringsFor('en');

describe('scoring form', () => {
  it('starts from the preset the settings name, the 2026 one following the national blocks', () => {
    expect(activeRules(defaultSettings())).toBe(DEFAULT_SCORE_RULES);
    const rules = activeRules({ ...defaultSettings(), scorePreset: 'dvcqg-2026' });
    expect(rules.map((r) => [r.metrics[0], r.max, r.target])).toEqual([
      ['onTimeRate766', 20, null],
      ['onlineRate', 12, 0.5],
      ['onlinePaymentRate', 10, 1],
      ['digitizedResultRate', 13.2, null],
      ['digitizedDossierRate', 8.8, 0.8],
    ]);
    // Số hóa 22 = 13,2 + 8,8.
    expect(rules.slice(3).reduce((s, r) => s + r.max, 0)).toBeCloseTo(22, 10);
  });

  it('shows points and targets in the pane’s language and reads them back', () => {
    const draft = draftOfRules(DVCQG_2026_RULES, 'vi');
    expect(draft[3]).toEqual({ max: '13,2', target: '' });
    expect(draft[4]).toEqual({ max: '8,8', target: '80' });
    expect(draftOfRules(DVCQG_2026_RULES, 'en')[3].max).toBe('13.2');
    const edited = draft.map((d, i) => (i === 2 ? { max: '15', target: '97,5' } : d));
    const result = parseRules(DVCQG_2026_RULES, edited, vi);
    expect(result).toEqual({
      ok: true,
      rules: DVCQG_2026_RULES.map((r, i) => (i === 2 ? { ...r, max: 15, target: 0.975 } : r)),
    });
  });

  it('takes an empty or zero target as none', () => {
    const draft = draftOfRules(DEFAULT_SCORE_RULES, 'vi').map((d) => ({ ...d, target: '0' }));
    draft[0].target = ' ';
    const result = parseRules(DEFAULT_SCORE_RULES, draft, vi);
    expect(result.ok && result.rules.map((r) => r.target)).toEqual([null, null, null, null, null, null]);
  });

  it('names the faulty field of each rule, in Vietnamese or English', () => {
    const draft = draftOfRules(DEFAULT_SCORE_RULES, 'vi');
    draft[1] = { max: '120', target: '50' };
    draft[2] = { max: '6', target: 'một trăm' };
    expect(parseRules(DEFAULT_SCORE_RULES, draft, vi)).toEqual({
      ok: false,
      errors: { 1: { max: 'Điểm phải từ 0 đến 100.' }, 2: { target: vi.thresholds.invalidNumber } },
    });
    draft[1] = { max: '12', target: '150' };
    expect(parseRules(DEFAULT_SCORE_RULES, draft, en)).toEqual({
      ok: false,
      errors: {
        1: { target: 'A rate must be between 0 and 100.' },
        2: { target: en.thresholds.invalidNumber },
      },
    });
  });
});

describe('letter-details form', () => {
  it('trims the texts and leaves empty ones out', () => {
    const draft = {
      ...draftOfAppendix({}),
      agency: ' UBND huyện An Lão ',
      letterNo: '125',
      signerName: 'Nguyễn Văn An',
    };
    expect(parseAppendix(draft, vi)).toEqual({
      ok: true,
      appendix: { agency: 'UBND huyện An Lão', letterNo: '125', signerName: 'Nguyễn Văn An' },
    });
  });

  it('refuses a text longer than the settings allow, saying the limit', () => {
    const draft = { ...draftOfAppendix({ place: 'An Lão' }), letterNo: '1'.repeat(61) };
    expect(parseAppendix(draft, vi)).toEqual({ ok: false, errors: { letterNo: 'Tối đa 60 ký tự.' } });
    expect(parseAppendix(draft, en)).toEqual({ ok: false, errors: { letterNo: 'At most 60 characters.' } });
  });
});
