import type { FieldId } from '../detect/fields';
import type { MetricValue } from '../report';

/** Field -> value of one row; null when the cell is faulty; absent when the sheet has no such column. */
export type RowValues = Partial<Record<FieldId, number | null>>;

/** num / den as a metric; null when either side is unknown or the denominator is 0. */
export function rate(num: number | null | undefined, den: number | null | undefined): MetricValue {
  if (num === null || num === undefined || den === null || den === undefined) return { value: null };
  return { value: den === 0 ? null : num / den, numerator: num, denominator: den };
}

export function count(v: number | null | undefined): MetricValue {
  return { value: v === undefined ? null : v };
}

/** Sum of the present values; null when any is faulty; undefined when none is present. */
export function sumOf(...vs: (number | null | undefined)[]): number | null | undefined {
  let s = 0;
  let any = false;
  for (const v of vs) {
    if (v === undefined) continue;
    if (v === null) return null;
    s += v;
    any = true;
  }
  return any ? s : undefined;
}
