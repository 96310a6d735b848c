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
