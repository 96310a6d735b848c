import { mergeClasses } from '@fluentui/react-components';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Lang } from '../../core';
import { cellAt, columnLetter, numFmtAt, type Grid } from '../../core';
import { cellText } from '../../taskpane/cellText';
import { useGridStyles } from './gridStyles';
import { cellId, GridRow, mergesByRow, NO_MERGES } from './GridRow';
import {
  columnOffsets,
  columnWidths,
  mergesIn,
  ROW_HEIGHT,
  scrollTargetFor,
  visibleColumns,
  visibleRows,
} from './windowing';

/** A cell of the sheet, 0-based. */
export interface CellPos {
  row: number;
  col: number;
}

export interface SheetGridProps {
  grid: Grid;
  lang: Lang;
  /** Accessible name of the grid (the sheet's name). */
  label: string;
  /** Cells shaded as below target, "G15" keys. */
  shaded: ReadonlySet<string>;
  /** 0-based first data row (below the header block): columns are sized from the rows from here on. */
  dataFrom: number;
  /** The cell a finding points at: scrolled to and outlined. `seq` changes on every click, even on the same cell. */
  target: (CellPos & { seq: number }) | null;
}

/**
 * A read-only view of one sheet, Excel-like: column letters, row numbers, merged cells merged,
 * numbers as formatted. Rows and columns are windowed, so the DOM holds only what is in view.
 * Keyboard: arrows, Page Up/Down, Home/End, Ctrl+Home/End move the active cell.
 */
export function SheetGrid({ grid, lang, label, shaded, target, dataFrom }: SheetGridProps) {
  const styles = useGridStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, width: 800, height: 600 });
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const gridId = useId();
  // A finding's cell becomes the active cell once per click (state adjusted during render, not in an effect).
  const [seenSeq, setSeenSeq] = useState<number | null>(null);
  if (target && target.seq !== seenSeq) {
    setSeenSeq(target.seq);
    setActive({ row: target.row, col: target.col });
  }

  const textOf = useCallback(
    (r: number, c: number) => cellText(cellAt(grid, r, c), numFmtAt(grid, r, c), lang),
    [grid, lang],
  );
  const widths = useMemo(() => columnWidths(grid, textOf, dataFrom), [grid, textOf, dataFrom]);
  const offsets = useMemo(() => columnOffsets(widths), [widths]);
  const rowMerges = useMemo(() => mergesByRow(grid.merges), [grid]);
  const rowCount = grid.values.length;
  const colCount = widths.length;
  const gutter = 12 + 8 * String(rowCount).length;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () =>
      setView((v) => ({ ...v, width: el.clientWidth - gutter, height: el.clientHeight - ROW_HEIGHT }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [gutter]);

  /** Brings a cell into view: its row centred for a finding, just enough for the keyboard. */
  const reveal = useCallback(
    (pos: CellPos, centre: boolean) => {
      const el = scroller.current;
      if (!el) return;
      const viewport = { left: el.scrollLeft, width: view.width, height: view.height };
      const { top, left } = scrollTargetFor(pos, offsets, viewport);
      const rowTop = pos.row * ROW_HEIGHT;
      const rowShown = rowTop >= el.scrollTop && rowTop + ROW_HEIGHT <= el.scrollTop + view.height;
      const nearest = rowTop < el.scrollTop ? rowTop : rowTop + ROW_HEIGHT - view.height;
      el.scrollTo({ top: centre ? top : rowShown ? el.scrollTop : nearest, left });
    },
    [offsets, view],
  );

  useEffect(() => {
    if (target) reveal(target, true);
    // Only a new click scrolls; a resize must not pull the officer back to the finding.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target?.seq]);

  const move = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const ctrl = e.ctrlKey || e.metaKey;
    const steps: Record<string, () => CellPos> = {
      ArrowUp: () => ({ ...active, row: active.row - 1 }),
      ArrowDown: () => ({ ...active, row: active.row + 1 }),
      ArrowLeft: () => ({ ...active, col: active.col - 1 }),
      ArrowRight: () => ({ ...active, col: active.col + 1 }),
      PageUp: () => ({ ...active, row: active.row - page }),
      PageDown: () => ({ ...active, row: active.row + page }),
      Home: () => (ctrl ? { row: 0, col: 0 } : { ...active, col: 0 }),
      End: () => (ctrl ? { row: rowCount - 1, col: colCount - 1 } : { ...active, col: colCount - 1 }),
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    const next = step();
    const pos = {
      row: Math.min(rowCount - 1, Math.max(0, next.row)),
      col: Math.min(colCount - 1, Math.max(0, next.col)),
    };
    setActive(pos);
    reveal(pos, false);
  };

  const rows = visibleRows(view.top, view.height, rowCount);
  const cols = visibleColumns(offsets, view.left, view.width);
  // Same object while the columns in view stay: rows already drawn are not drawn again.
  const colSpan = useMemo(() => cols, [cols.first, cols.last]); // eslint-disable-line react-hooks/exhaustive-deps
  // A merge whose top-left is above the window is still drawn whole, from its own row.
  const rowIndexes = new Set<number>();
  for (let r = rows.first; r <= rows.last; r++) rowIndexes.add(r);
  for (const m of mergesIn(grid.merges, rows, cols)) rowIndexes.add(m.top);
  const colIndexes: number[] = [];
  for (let c = cols.first; c <= cols.last; c++) colIndexes.push(c);

  const width = gutter + offsets[colCount];
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-readonly
      aria-rowcount={rowCount + 1}
      aria-colcount={colCount + 1}
      aria-activedescendant={cellId(gridId, active.row, active.col)}
      tabIndex={0}
      onKeyDown={move}
      onScroll={(e) => {
        const { scrollTop, scrollLeft } = e.currentTarget;
        // Cells sit at fixed places in the content: only a new first row or column needs a render.
        setView((v) =>
          Math.floor(v.top / ROW_HEIGHT) === Math.floor(scrollTop / ROW_HEIGHT) &&
          visibleColumns(offsets, v.left, v.width).first ===
            visibleColumns(offsets, scrollLeft, v.width).first
            ? v
            : { ...v, top: scrollTop, left: scrollLeft },
        );
      }}
    >
      <div className={styles.content} style={{ width, height: ROW_HEIGHT * (rowCount + 1) }}>
        <div className={styles.headRow} role="row" aria-rowindex={1} style={{ width }}>
          <div
            className={mergeClasses(styles.header, styles.corner)}
            style={{ width: gutter }}
            role="columnheader"
          />
          {colIndexes.map((c) => (
            <div
              key={c}
              role="columnheader"
              aria-colindex={c + 2}
              className={mergeClasses(styles.header, target?.col === c && styles.headerOfTarget)}
              style={{ left: gutter + offsets[c], width: widths[c] }}
            >
              {columnLetter(c)}
            </div>
          ))}
        </div>
        {[...rowIndexes].map((r) => (
          <GridRow
            key={r}
            grid={grid}
            row={r}
            cols={colSpan}
            merges={rowMerges.get(r) ?? NO_MERGES}
            offsets={offsets}
            gutter={gutter}
            width={width}
            gridId={gridId}
            textOf={textOf}
            shaded={shaded}
            targetCol={target?.row === r ? target.col : null}
            activeCol={active.row === r ? active.col : null}
          />
        ))}
      </div>
    </div>
  );
}
