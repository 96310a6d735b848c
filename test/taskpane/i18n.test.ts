import { pickLang, stringsFor } from '../../src/taskpane/i18n';

describe('language', () => {
  it('is English only when Office displays English', () => {
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('EN-gb')).toBe('en');
    expect(pickLang('vi-VN')).toBe('vi');
    expect(pickLang('fr-FR')).toBe('vi');
    expect(pickLang(undefined)).toBe('vi');
  });

  it('writes Vietnamese with its diacritics, in NFC', () => {
    const vi = stringsFor('vi');
    expect(vi.output.insert).toBe('Chèn bảng tổng hợp');
    const all = JSON.stringify(vi);
    expect(all).toBe(all.normalize('NFC'));
  });
});
