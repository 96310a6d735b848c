import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import {
  BASE_SIZE,
  BELOW_FILL,
  FONT_NAME,
  HEADER_FILL,
  STYLES,
  type LayoutCell,
  type LayoutRow,
  type SummaryLayout,
} from '../../core';
import { cellText } from '../cellText';
import { pageGeometry, paginate, rowPoints } from '../printPages';
import { useI18n } from './i18nContext';

const PX_PER_MM = 96 / 25.4;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, width: '100%' },
  frame: {
    position: 'relative',
    overflow: 'hidden',
    backgroundColor: '#fff',
    boxShadow: tokens.shadow8,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  paper: {
    position: 'absolute',
    top: 0,
    left: 0,
    boxSizing: 'border-box',
    transformOrigin: '0 0',
    color: '#000',
  },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    transformOrigin: '0 0',
    fontFamily: `"${FONT_NAME}", "Liberation Serif", serif`,
  },
  caption: {
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
});

function cellStyle(cell: LayoutCell): CSSProperties {
  const spec = STYLES[cell.style];
  const fill = cell.shaded ? BELOW_FILL : cell.style === 'th' ? HEADER_FILL : null;
  return {
    fontSize: `${spec.size ?? BASE_SIZE}pt`,
    fontWeight: (cell.bold ?? spec.bold) ? 700 : 400,
    fontStyle: spec.italic ? 'italic' : undefined,
    textAlign: spec.align,
    // Spaces kept: the letter number and date are blanks the officer fills in by hand.
    whiteSpace: spec.wrap ? 'pre-wrap' : 'pre',
    border: spec.border ? '0.75pt solid #000' : undefined,
    backgroundColor: fill ? `#${fill}` : undefined,
    verticalAlign: 'middle',
    padding: '0 2pt',
    overflow: spec.wrap ? 'hidden' : 'visible',
    lineHeight: 1.25,
  };
}

/** A layout row as a table row: its cells from column A, the rest of the printed width left blank. */
function PrintRow({ row, columns }: { row: LayoutRow; columns: number[] }) {
  const { lang } = useI18n();
  const used = row.cells.reduce((n, c) => n + (c.span ?? 1), 0);
  return (
    <tr style={{ height: `${rowPoints(row, columns)}pt` }}>
      {row.cells.map((cell, i) => (
        <td key={i} colSpan={cell.span} style={cellStyle(cell)}>
          {cellText(cell.value, STYLES[cell.style].numFmt, lang)}
        </td>
      ))}
      {used < columns.length && <td colSpan={columns.length - used} />}
    </tr>
  );
}

/**
 * The summary sheet as it will print: A4 pages (landscape by default) with the NĐ 30 margins, the
 * layout's page breaks and the repeated title row, drawn from the SummaryLayout the writers use,
 * each page scaled to the width available.
 */
export function PrintPreview({ layout }: { layout: SummaryLayout }) {
  const styles = useStyles();
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const geometry = pageGeometry(layout);
  const pages = paginate(layout);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const pagePx = geometry.widthMm * PX_PER_MM;
  const fit = width ? Math.min(1, width / pagePx) : 0;
  const frameWidth = pagePx * fit;
  const { margins } = geometry;
  return (
    <div ref={box} className={styles.root}>
      {fit > 0 &&
        pages.map((page, p) => (
          <section key={p} aria-label={t.preview.page(p + 1, pages.length)} data-print-page={p + 1}>
            <div
              className={styles.frame}
              style={{ width: frameWidth, height: (frameWidth * geometry.heightMm) / geometry.widthMm }}
            >
              <div
                className={styles.paper}
                style={{
                  width: `${geometry.widthMm}mm`,
                  height: `${geometry.heightMm}mm`,
                  padding: `${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm`,
                  transform: `scale(${fit})`,
                }}
              >
                <table
                  className={styles.table}
                  style={{
                    width: `${geometry.columns.reduce((a, b) => a + b, 0)}pt`,
                    transform: `scale(${geometry.scale})`,
                  }}
                >
                  <colgroup>
                    {geometry.columns.map((w, i) => (
                      <col key={i} style={{ width: `${w}pt` }} />
                    ))}
                  </colgroup>
                  <tbody>
                    {page.rows.map((r, i) => (
                      <PrintRow key={`${r}-${i}`} row={layout.rows[r]} columns={geometry.columns} />
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
            <Caption1 as="p" block className={styles.caption}>
              {t.preview.page(p + 1, pages.length)}
            </Caption1>
          </section>
        ))}
    </div>
  );
}
