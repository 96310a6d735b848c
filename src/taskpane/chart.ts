/** The bars of an indicator's chart, from the same table model the "Chỉ tiêu" step lists. */
import type { Lang } from '../core';
import { isCountMetric } from '../core';
import { shortName } from '../core';
import { formatRate } from '../core';
import type { IndicatorTable } from './indicators';

export interface Bar {
  key: number;
  name: string;
  value: number;
  /** "99,93%", printed at the end of the bar. */
  label: string;
  below: boolean;
}

/** Rate indicators only (counts have no target line to read against); worst first, as in the appendix. */
export function chartBars(table: IndicatorTable, lang: Lang): Bar[] {
  if (isCountMetric(table.metric)) return [];
  return table.rows
    .filter((r) => r.metric?.value !== null && r.metric?.value !== undefined)
    .map((r) => {
      const value = r.metric!.value!;
      const name = table.leaders ? r.name : shortName(r.name);
      return { key: r.key, name, value, label: formatRate(value, lang), below: r.below };
    })
    .sort((a, b) => a.value - b.value);
}

/**
 * Left end of the rate axis. Zero, unless every bar and the target sit high (Excel's own rule: the
 * lowest above 5/6 of the top), when 99,93% and 100% would look the same: then the tens of percent
 * below the lowest, printed at the axis so the cut is plain.
 */
export function axisStart(bars: readonly Bar[], target: number): number {
  const lowest = Math.min(target, ...bars.map((b) => b.value));
  return lowest > 5 / 6 ? Math.floor(lowest * 10 - 1e-9) / 10 : 0;
}
