import { mergeClasses } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';
import { cellAt, columnLetter, type Grid, type MergeArea } from '../../core';
import { useGridStyles } from './gridStyles';
import { ROW_HEIGHT, type Span } from './windowing';

export const NO_MERGES: readonly MergeArea[] = [];

/** "G15" for 0-based row 14, column 6. */
export const cellKey = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
export const cellId = (gridId: string, row: number, col: number) => `${gridId}-${cellKey(row, col)}`;

/** The merged areas that touch each row, so that a row gets the same array on every render. */
export function mergesByRow(merges: readonly MergeArea[]): Map<number, MergeArea[]> {
  const byRow = new Map<number, MergeArea[]>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), m]);
  return byRow;
}

export interface GridRowProps {
  grid: Grid;
  row: number;
  cols: Span;
  merges: readonly MergeArea[];
  offsets: readonly number[];
  gutter: number;
  width: number;
  gridId: string;
  textOf: (row: number, col: number) => string;
  shaded: ReadonlySet<string>;
  /** Column of the finding's cell when it is in this row. */
  targetCol: number | null;
  /** Column of the keyboard's active cell when it is in this row. */
  activeCol: number | null;
}

/**
 * One row of the sheet grid. Memoized: scrolling adds the rows coming into view and drops the ones
 * leaving it, without drawing again the ones that stay.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { grid, row, cols, merges, offsets, gutter, width, gridId, textOf, shaded } = props;
  const styles = useGridStyles();
  const startsHere = new Map<number, MergeArea>();
  const covered = new Set<number>();
  for (const m of merges) {
    if (m.top === row) startsHere.set(m.left, m);
    for (let c = m.left; c <= m.right; c++) if (m.top !== row || c !== m.left) covered.add(c);
  }

  const cell = (c: number): ReactNode => {
    const merge = startsHere.get(c);
    const value = cellAt(grid, row, c);
    const key = cellKey(row, c);
    const isTarget = props.targetCol === c;
    const right = merge ? merge.right : c;
    const bottom = merge ? merge.bottom : row;
    return (
      <div
        key={c}
        id={cellId(gridId, row, c)}
        role="gridcell"
        aria-colindex={c + 2}
        aria-colspan={merge ? right - c + 1 : undefined}
        aria-rowspan={merge ? bottom - row + 1 : undefined}
        aria-selected={isTarget || undefined}
        data-cell={key}
        className={mergeClasses(
          styles.cell,
          typeof value === 'number' && styles.number,
          merge && styles.merged,
          shaded.has(key) && styles.below,
          props.activeCol === c && styles.active,
          isTarget && styles.target,
        )}
        style={{
          left: gutter + offsets[c],
          width: offsets[right + 1] - offsets[c],
          height: (bottom - row + 1) * ROW_HEIGHT,
        }}
        title={typeof value === 'string' ? value : undefined}
      >
        {textOf(row, c)}
      </div>
    );
  };

  const shown: number[] = [];
  // A merge starting left of the window is drawn whole from its own column.
  for (const [left, m] of startsHere) if (left < cols.first && m.right >= cols.first) shown.push(left);
  for (let c = cols.first; c <= cols.last; c++) if (!covered.has(c)) shown.push(c);
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className={styles.row}
      style={{ top: ROW_HEIGHT * (row + 1), width }}
    >
      <div
        role="rowheader"
        className={mergeClasses(
          styles.header,
          styles.rowHeader,
          props.targetCol !== null && styles.headerOfTarget,
        )}
        style={{ width: gutter }}
      >
        {row + 1}
      </div>
      {shown.map(cell)}
    </div>
  );
});
