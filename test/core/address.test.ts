import {
  areaAddress,
  parseArea,
  parseAreaList,
  quoteSheetName,
  splitReference,
} from '../../src/core/address';

describe('A1 addresses', () => {
  test('cells and ranges, with or without $, to 0-based inclusive areas', () => {
    expect(parseArea('A1')).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(parseArea('$B$7')).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
    expect(parseArea('A7:C9')).toEqual({ top: 6, left: 0, bottom: 8, right: 2 });
    expect(parseArea('$AA$10:$AB$12')).toEqual({ top: 9, left: 26, bottom: 11, right: 27 });
    expect(parseArea(' xfd1048576 ')).toEqual({ top: 1048575, left: 16383, bottom: 1048575, right: 16383 });
  });

  test('anything else is no address', () => {
    for (const bad of ['', 'A', '7', 'A1:', 'A1:B', '#REF!', 'ABCD1', 'Sheet1!A1', 'A1,B2'])
      expect(parseArea(bad)).toBeNull();
  });

  test('areas are written back as Excel reads them', () => {
    expect(areaAddress(6, 0, 3, 3)).toBe('A7:C9');
    expect(areaAddress(0, 26, 1, 2)).toBe('AA1:AB1');
    expect(parseArea(areaAddress(9, 25, 4, 3))).toEqual({ top: 9, left: 25, bottom: 12, right: 27 });
  });
});

describe('sheet-qualified references', () => {
  test('sheet names are quoted, an apostrophe doubled', () => {
    expect(quoteSheetName('Tổng hợp CCHC')).toBe("'Tổng hợp CCHC'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  test("a defined name's value splits into its sheet and address", () => {
    expect(splitReference("='Tổng hợp CCHC'!$A$1")).toEqual({ sheet: 'Tổng hợp CCHC', address: '$A$1' });
    expect(splitReference("'It''s'!$A$1")).toEqual({ sheet: "It's", address: '$A$1' });
    expect(splitReference('Sheet1!B2:C3')).toEqual({ sheet: 'Sheet1', address: 'B2:C3' });
    expect(splitReference('#REF!')).toBeNull();
    expect(splitReference('$A$1')).toBeNull();
  });

  test('a list of areas on one sheet, sheet names with commas and apostrophes included', () => {
    expect(parseAreaList("'Tháng 4, 2024'!A7:A9, 'Tháng 4, 2024'!$B$7:$D$7", 'Tháng 4, 2024')).toEqual([
      { top: 6, left: 0, bottom: 8, right: 0 },
      { top: 6, left: 1, bottom: 6, right: 3 },
    ]);
    expect(parseAreaList("'It''s'!B2:C2", "It's")).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(parseAreaList('Sheet1!C3:D4,Sheet1!oops', 'Sheet1')).toEqual([
      { top: 2, left: 2, bottom: 3, right: 3 },
      null,
    ]);
  });
});
