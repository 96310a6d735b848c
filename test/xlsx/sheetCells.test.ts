import { cellReader } from '../../src/xlsx/sheetCells';

const read = (xml: string) => {
  const reader = cellReader({ dateFormats: [], date1904: false }, 'xl/worksheets/sheet1.xml');
  reader.read(xml);
  return reader.cells();
};

describe('cells of a piece of rows', () => {
  it('refuses a cell beyond Excel’s last row or column, in Vietnamese', () => {
    expect(() => read('<row r="2000000"><c r="A2000000"><v>1</v></c></row>')).toThrow(
      'Tệp bất thường: có ô ở hàng 2.000.000, cột 1, ngoài bảng tính Excel (tối đa 1.048.576 hàng, 16.384 cột).',
    );
    expect(() => read('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')).toThrow('cột 475.254');
  });

  it('places rows numbered "", "x" or "1.5" after the row before, and says the first has no number', () => {
    const c = read(
      '<row r=""><c><v>1</v></c></row><row r="x"><c><v>2</v></c></row><row r="1.5"><c><v>3</v></c></row>',
    );
    expect([...c.rows]).toEqual([0, 1, 2]);
    expect(c.firstRowNumbered).toBe(false);
    expect(read('<row r="7"><c><v>1</v></c></row>').firstRowNumbered).toBe(true);
  });
});
