import { axisStart, chartBars } from '../../src/taskpane/chart';
import { sheetIndicators } from '../../src/taskpane/indicators';
import { expected, reportOf } from '../helpers/fixtures';

describe('chart bars from a real report (so-hoa-quy-hop-2024-10)', () => {
  it('puts the 22 communes worst first, the 6 below 30% marked, with Vietnamese value labels', async () => {
    const report = await reportOf('so-hoa-quy-hop-2024-10', expected('so-hoa-quy-hop-2024-10').thresholds);
    const table = sheetIndicators(report)[0].tables.find((t) => t.metric === 'onlinePaymentRate')!;
    const bars = chartBars(table, 'vi');
    expect(bars).toHaveLength(22);
    expect(bars.slice(0, 2).map((b) => [b.name, b.label])).toEqual([
      ['Liên Hợp', '3,85%'],
      ['Châu Hồng', '6,25%'],
    ]);
    expect(bars.filter((b) => b.below)).toHaveLength(6);
    // Worst first: exactly the first six are below the target.
    expect(bars.map((b) => b.below).lastIndexOf(true)).toBe(5);
    expect(bars.every((b, i) => i === 0 || bars[i - 1].value <= b.value)).toBe(true);
    expect(chartBars(table, 'en')[0].label).toBe('3.85%');
  });

  it('draws no bars for a count indicator (no rate, no target line)', async () => {
    const report = await reportOf('ho-so-an-lao-2024-04');
    const late = sheetIndicators(report)[0].tables.find((t) => t.metric === 'lateCount');
    expect(late).toBeDefined();
    expect(chartBars(late!, 'vi')).toEqual([]);
  });

  it('starts the axis at 0 for spread rates, at 90% when every unit and the 98% target sit high', async () => {
    const spread = await reportOf('so-hoa-quy-hop-2024-10');
    const payment = sheetIndicators(spread)[0].tables.find((t) => t.metric === 'onlinePaymentRate')!;
    expect(axisStart(chartBars(payment, 'vi'), payment.threshold)).toBe(0);
    const onTime = sheetIndicators(await reportOf('ho-so-an-lao-2024-04'))[0].tables.find(
      (t) => t.metric === 'onTimeRate',
    )!;
    const bars = chartBars(onTime, 'vi');
    expect(Math.min(...bars.map((b) => b.value))).toBeGreaterThan(0.9);
    expect(axisStart(bars, 0.98)).toBe(0.9);
    expect(axisStart(bars, 0.5)).toBe(0);
  });
});
