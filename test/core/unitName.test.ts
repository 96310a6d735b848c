import { levelOf, sameUnit, shortName, unitNoun } from '../../src/core/parse/unitName';
import { agencyInSentence } from '../../src/core/summary/build';

describe('unit names', () => {
  it('matches the ways one commune is written', () => {
    expect(sameUnit('UBND xã An Vinh', 'Xã An Vinh')).toBe(true);
    expect(sameUnit('Xã An Vinh', 'An Vinh')).toBe(true);
    expect(sameUnit('Ủy ban nhân dân xã  An Vinh', 'xã an vinh')).toBe(true);
    expect(sameUnit('Xã An Vinh'.normalize('NFD'), 'UBND xã An Vinh')).toBe(true);
    expect(sameUnit('TT. Cổ Lễ', 'Thị trấn Cổ Lễ')).toBe(true);
  });

  it('keeps different units apart', () => {
    expect(sameUnit('Phường Hòa Bình', 'Xã Hòa Bình')).toBe(false);
    expect(sameUnit('UBND xã Trực Hưng', 'UBND xã Trực Hùng')).toBe(false);
  });

  it('shortens names as the letters list them', () => {
    expect(shortName('UBND xã Cộng Lạc')).toBe('Cộng Lạc');
    expect(shortName('Thị trấn Quỳ Hợp')).toBe('Quỳ Hợp');
    expect(shortName('Phòng Tư pháp')).toBe('Phòng Tư pháp');
  });

  it('knows the level and the collective noun', () => {
    expect(levelOf('UBND thị trấn An Lão')).toBe('commune');
    expect(levelOf('Phòng Nội vụ')).toBe('district');
    expect(unitNoun(['Xã A', 'Thị trấn B'], 'vi')).toBe('xã, thị trấn');
    expect(unitNoun(['Xã A', 'Phòng B'], 'vi')).toBe('đơn vị');
  });
});

describe('agency names in a sentence', () => {
  it('keeps "UBND" and the place, lowers the administrative word', () => {
    expect(agencyInSentence('UBND HUYỆN QUỲ HỢP')).toBe('UBND huyện Quỳ Hợp');
    expect(agencyInSentence('UBND THỊ XÃ AN NHƠN')).toBe('UBND thị xã An Nhơn');
    expect(agencyInSentence('UBND huyện An Lão')).toBe('UBND huyện An Lão');
  });
});
