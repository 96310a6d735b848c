import { buildSummaryLayout, type LayoutRow, type SummaryLayout } from '../../src/core/summary';
import { columnPoints, pageGeometry, paginate, rowPoints } from '../../src/taskpane/printPages';
import { expected, reportOf } from '../helpers/fixtures';

const DATE = new Date(2024, 9, 20);

describe('print pages of the summary sheet', () => {
  it('uses A4 landscape with the NĐ 30 margins; the nine printed columns fit without shrinking', async () => {
    const report = await reportOf('so-hoa-quy-hop-2024-10', expected('so-hoa-quy-hop-2024-10').thresholds);
    const layout = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC', date: DATE });
    const g = pageGeometry(layout);
    expect([g.widthMm, g.heightMm]).toEqual([297, 210]);
    expect(g.margins.left).toBeCloseTo(29.97, 2);
    expect(g.margins.top).toBeCloseTo(20.07, 2);
    expect(g.columns).toHaveLength(9);
    expect(columnPoints(27)).toBe(145.5);
    expect(g.scale).toBe(1);
  });

  it('starts a page at each indicator table, as the file breaks pages', async () => {
    const report = await reportOf('so-hoa-quy-hop-2024-10', expected('so-hoa-quy-hop-2024-10').thresholds);
    const layout = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC', date: DATE });
    const pages = paginate(layout);
    const breaks = layout.rows.flatMap((r, i) => (r.pageBreakBefore ? [i] : []));
    // Four rate tables and the score table: four breaks after the first.
    expect(breaks).toHaveLength(4);
    const starts = pages.map((p) => p.rows[0]);
    expect(starts[0]).toBe(0);
    for (const b of breaks) expect(starts).toContain(b);
    // Heading and 22 communes do not fit one page: the first table runs on, without a repeated header
    // (several tables: the file sets no print titles).
    expect(layout.printTitleRows).toBeNull();
    expect(starts[1]).toBeLessThan(breaks[0]);
    expect(layout.rows[starts[1]].cells[6].value).toMatch(/^(Đạt|Chưa đạt)$/);
    expect(pages.every((p) => !p.repeatsTitle)).toBe(true);
    expect(pages[0].rows.slice(0, 4).map((i) => layout.rows[i].cells[0]?.value)).toEqual([
      'UBND HUYỆN QUỲ HỢP',
      expect.any(String),
      undefined,
      'PHỤ LỤC',
    ]);
    // Every row printed once, in order.
    expect(pages.flatMap((p) => p.rows)).toEqual(layout.rows.map((_, i) => i));
  });

  it('breaks a long table where the page is full and repeats its header row', () => {
    const row = (v: string): LayoutRow => ({ cells: [{ value: v, style: 'cellText' }], height: 20 });
    const layout: SummaryLayout = {
      sheetName: 'x',
      columnWidths: [6, 27, 13, 13, 10, 8, 12, 8, 11],
      rows: [row('header'), ...Array.from({ length: 59 }, (_, i) => row(`unit ${i + 1}`))],
      printTitleRows: [1, 1],
      printWidth: 9,
      page: { orientation: 'landscape', margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
    };
    // 170 mm of paper height is 481.9 pt: 24 rows of 20 pt.
    const pages = paginate(layout);
    expect(pages.map((p) => p.rows.length)).toEqual([24, 24, 14]);
    expect(pages[1]).toMatchObject({ repeatsTitle: true });
    expect(pages[1].rows.slice(0, 2)).toEqual([0, 24]);
    expect(pages[2].rows.slice(0, 2)).toEqual([0, 47]);
  });

  it('gives a wrapped row as many lines as its longest cell needs', () => {
    const columns = [6, 27].map(columnPoints);
    const name = 'Ủy ban nhân dân xã Châu Cường huyện Quỳ Hợp tỉnh Nghệ An';
    expect(
      rowPoints(
        {
          cells: [
            { value: 1, style: 'cellCenter' },
            { value: name, style: 'cellText' },
          ],
        },
        columns,
      ),
    ).toBe(3 * 17);
    expect(rowPoints({ cells: [{ value: name, style: 'cellText' }], height: 20 }, columns)).toBe(20);
  });
});
