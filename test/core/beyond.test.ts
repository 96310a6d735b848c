/** Several periods in one workbook: changes, two-period reminders, rankings and the QĐ 766-style score. */
import { summarizeWorkbook } from '../../src/core/engine';
import type { CellValue } from '../../src/core/grid';
import { points, DEFAULT_SCORE_RULES } from '../../src/core/metrics/score766';
import { buildSummaryLayout } from '../../src/core/summary';
import { makeGrid } from '../helpers/grid';

const HEAD = ['STT', 'Xã, thị trấn', 'Số hồ sơ có phí, lệ phí', 'Số hồ sơ thanh toán trực tuyến'];
function month(name: string, period: string, rows: [string, number, number][]) {
  const values: CellValue[][] = [
    [`Từ ngày ${period}`],
    HEAD,
    ...rows.map(([n, fee, paid], i) => [i + 1, n, fee, paid]),
  ];
  return makeGrid(name, values);
}

const september = month('Tháng 9', '15/8/2024 đến ngày 14/9/2024', [
  ['Xã Cộng Lạc', 100, 2],
  ['Xã Dân Chủ', 100, 40],
  ['Xã Hà Kỳ', 100, 10],
]);
const october = month('Tháng 10', '15/9/2024 đến ngày 14/10/2024', [
  ['UBND xã Cộng Lạc', 200, 7],
  ['Xã Dân Chủ', 100, 20],
  ['Xã Hà Kỳ', 50, 20],
  ['Xã Tân Kỳ', 10, 5],
]);

describe('month over month', () => {
  const report = summarizeWorkbook([october, september], {
    source: 'x.xlsx',
    thresholds: { onlinePaymentRate: 0.3 },
  });
  const oct = report.sheets[0];

  it('links a sheet to the previous period and gives changes in points', () => {
    expect(oct.previous?.sheet).toBe('Tháng 9');
    const [congLac, danChu, haKy, tanKy] = oct.units;
    expect(congLac.change?.onlinePaymentRate).toBeCloseTo(0.035 - 0.02, 10);
    expect(danChu.change?.onlinePaymentRate).toBeCloseTo(-0.2, 10);
    expect(haKy.change?.onlinePaymentRate).toBeCloseTo(0.3, 10);
    expect(tanKy.change).toBeUndefined();
    expect(report.sheets[1].previous).toBeUndefined();
  });

  it('reminds of units below target two periods running', () => {
    expect(oct.units.map((u) => u.belowTwice ?? [])).toEqual([['onlinePaymentRate'], [], [], []]);
    expect(oct.narrative).toContain('Có 2/4 xã chưa đạt chỉ tiêu 30% (Cộng Lạc 3,50%; Dân Chủ 20,00%).');
    expect(oct.narrative).toContain(
      'Trong đó, 1 xã chưa đạt hai kỳ liên tiếp (Cộng Lạc), đề nghị khắc phục ngay.',
    );
  });

  it('ranks units best first with ties sharing a place', () => {
    const tied = summarizeWorkbook(
      [
        month('T', '15/9/2024 đến ngày 14/10/2024', [
          ['Xã A', 10, 5],
          ['Xã B', 20, 10],
          ['Xã C', 10, 9],
        ]),
      ],
      { source: 'x' },
    );
    expect(tied.sheets[0].units.map((u) => u.rank?.onlinePaymentRate)).toEqual([2, 2, 1]);
    expect(oct.units.map((u) => u.rank?.onlinePaymentRate)).toEqual([4, 3, 2, 1]);
  });

  it('scores like the QĐ 766 dashboard: full at the target, else rate × max / target', () => {
    const pay = DEFAULT_SCORE_RULES.find((r) => r.metrics.includes('onlinePaymentRate'))!;
    expect(points(0.5, pay)).toBe(3);
    const online = DEFAULT_SCORE_RULES.find((r) => r.metrics.includes('onlineRate'))!;
    expect(points(0.6, online)).toBe(12);
    expect(points(0.25, online)).toBe(6);
    expect(oct.units[3].score766).toEqual({ points: { onlinePaymentRate: 3 }, total: 3, max: 6 });
  });

  it('shows rank and change in the summary table', () => {
    const layout = buildSummaryLayout(report, {
      lang: 'vi',
      sheetName: 'Tổng hợp CCHC',
      date: new Date(2024, 9, 20),
    });
    const texts = layout.rows.map((r) => r.cells.map((c) => c.value));
    const header = texts.find((r) => r.includes('Xếp hạng'))!;
    expect(header).toEqual([
      'STT',
      'Đơn vị',
      'Số hồ sơ có phí, lệ phí',
      'Số hồ sơ thanh toán trực tuyến',
      'Tỷ lệ',
      'Chỉ tiêu',
      'Đánh giá',
      'Xếp hạng',
      'So với kỳ trước',
    ]);
    expect(texts).toContainEqual([1, 'UBND xã Cộng Lạc', 200, 7, '3,50%', '30%', 'Chưa đạt', 4, '▲ 1,50']);
    expect(texts).toContainEqual([2, 'Xã Dân Chủ', 100, 20, '20,00%', '30%', 'Chưa đạt', 3, '▼ 20,00']);
  });
});

describe('a province-wide list', () => {
  it('names the 50 worst units in the paragraph and counts the rest', () => {
    const rows: [string, number, number][] = Array.from({ length: 120 }, (_, i) => [
      `Xã Số ${i + 1}`,
      100,
      i % 20,
    ]);
    const report = summarizeWorkbook([month('T', '15/9/2024 đến ngày 14/10/2024', rows)], { source: 'x' });
    const text = report.sheets[0].narrative;
    expect(text).toContain('Có 120/120 xã chưa đạt chỉ tiêu 60% (Số 1 0,00%; Số 21 0,00%;');
    expect(text).toContain('; và 70 xã khác).');
    const layout = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' });
    expect(Math.max(...layout.rows.map((r) => r.height ?? 0))).toBeLessThanOrEqual(409);
  });
});
