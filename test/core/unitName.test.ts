import { levelOf, nounName, sameUnit, shortName, unitNoun } from '../../src/core/parse/unitName';
import { agencyInSentence } from '../../src/core/summary/build';

describe('unit names', () => {
  it('matches the ways one commune is written', () => {
    expect(sameUnit('UBND xã An Vinh', 'Xã An Vinh')).toBe(true);
    expect(sameUnit('Xã An Vinh', 'An Vinh')).toBe(true);
    expect(sameUnit('Ủy ban nhân dân xã  An Vinh', 'xã an vinh')).toBe(true);
    expect(sameUnit('Xã An Vinh'.normalize('NFD'), 'UBND xã An Vinh')).toBe(true);
    expect(sameUnit('TT. Cổ Lễ', 'Thị trấn Cổ Lễ')).toBe(true);
  });

  it('reads abbreviated type words', () => {
    expect(sameUnit('UBND TT Kiến Giang', 'Thị trấn Kiến Giang')).toBe(true);
    expect(sameUnit('TT NT Lệ Ninh', 'Thị trấn nông trường Lệ Ninh')).toBe(true);
    expect(sameUnit('P. Bình Đức', 'Phường Bình Đức')).toBe(true);
    expect(sameUnit('X. Mỹ Hòa', 'Xã Mỹ Hòa')).toBe(true);
    expect(sameUnit('P. Bình Đức', 'Xã Bình Đức')).toBe(false);
    expect(levelOf('X. Mỹ Hòa')).toBe('commune');
    expect(shortName('UBND TT Kiến Giang')).toBe('Kiến Giang');
    expect(shortName('TT NT Lệ Ninh')).toBe('NT Lệ Ninh');
    expect(nounName('P. Bình Đức')).toBe('phường Bình Đức');
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
    expect(levelOf('Phòng Nội vụ')).toBe('department');
    expect(levelOf('Sở Tư pháp')).toBe('department');
    expect(levelOf('Công an tỉnh')).toBe('department');
    expect(levelOf('Đặc khu Phú Quốc')).toBe('commune');
    expect(levelOf('UBND huyện Lệ Thủy')).toBe('district');
    const u = (name: string, level: ReturnType<typeof levelOf> = levelOf(name)) => ({ name, level });
    expect(unitNoun([u('Xã A'), u('Thị trấn B')], 'vi')).toBe('xã, thị trấn');
    expect(unitNoun([u('Xã A'), u('Phường B'), u('Đặc khu C')], 'vi')).toBe('xã, phường, đặc khu');
    expect(unitNoun([u('Xã A'), u('Phòng B')], 'vi')).toBe('đơn vị');
    expect(unitNoun([u('Sở Nội vụ'), u('Sở Y tế')], 'vi')).toBe('sở, ngành');
    expect(unitNoun([u('Hộ tịch', 'field'), u('Đất đai', 'field')], 'vi')).toBe('lĩnh vực');
  });
});

describe('agency names in a sentence', () => {
  it('keeps "UBND" and the place, lowers the administrative word', () => {
    expect(agencyInSentence('UBND HUYỆN QUỲ HỢP')).toBe('UBND huyện Quỳ Hợp');
    expect(agencyInSentence('UBND THỊ XÃ AN NHƠN')).toBe('UBND thị xã An Nhơn');
    expect(agencyInSentence('UBND huyện An Lão')).toBe('UBND huyện An Lão');
  });
});
