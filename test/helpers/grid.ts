import type { CellValue, Grid, MergeArea } from '../../src/core/grid';

/** A grid from rows of values; merges as "A1:C1" ranges. */
export function makeGrid(
  name: string,
  rows: CellValue[][],
  merges: string[] = [],
  extra: Partial<Grid> = {},
): Grid {
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const areas: MergeArea[] = merges.map((m) => {
    const [a, b] = m.split(':');
    const pa = /([A-Z]+)(\d+)/.exec(a)!;
    const pb = /([A-Z]+)(\d+)/.exec(b)!;
    return { top: Number(pa[2]) - 1, left: col(pa[1]), bottom: Number(pb[2]) - 1, right: col(pb[1]) };
  });
  return { name, values: rows, merges: areas, ...extra };
}
