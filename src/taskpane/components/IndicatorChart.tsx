import { makeStyles, tokens } from '@fluentui/react-components';
import { formatTarget } from '../../core';
import { axisStart, chartBars } from '../chart';
import type { IndicatorTable } from '../indicators';
import { useI18n } from './i18nContext';

const BAR = 14;
const STEP = 20;
const TOP = 18;

const useStyles = makeStyles({
  root: { display: 'block', overflow: 'visible', fontFamily: tokens.fontFamilyBase },
  name: { fontSize: '11px', fill: tokens.colorNeutralForeground1 },
  value: { fontSize: '11px', fill: tokens.colorNeutralForeground2 },
  valueBelow: { fontSize: '11px', fontWeight: 600, fill: tokens.colorStatusWarningForeground3 },
  bar: { fill: tokens.colorBrandBackground },
  // Fluent's warning colour: the units the appendix shades and the letter names.
  barBelow: { fill: tokens.colorStatusWarningBackground3 },
  track: { stroke: tokens.colorNeutralStroke2 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: '4 3' },
  targetLabel: { fontSize: '11px', fontWeight: 600, fill: tokens.colorNeutralForeground1 },
});

/**
 * One indicator as horizontal bars, worst first: each unit's rate with its value printed, the target
 * as a dashed line, units below it in the warning colour. Plain SVG (percent coordinates, so it fits
 * any pane width); the table under it is the screen reader's alternative, the label its summary.
 */
export function IndicatorChart({ table, label }: { table: IndicatorTable; label: string }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const bars = chartBars(table, lang);
  if (bars.length < 2) return null;
  const height = TOP + bars.length * STEP;
  const start = axisStart(bars, table.threshold);
  const pct = (v: number) => `${Math.min(100, Math.max(0, ((v - start) / (1 - start)) * 100))}%`;
  const target = formatTarget(table.threshold, lang);
  const below = bars.filter((b) => b.below).length;
  return (
    <svg
      className={styles.root}
      role="img"
      aria-label={t.chart.label(label, target, below, bars.length)}
      width="100%"
      height={height}
      data-chart={table.metric}
    >
      <svg x="0" width="34%" height={height} overflow="visible">
        {bars.map((b, i) => (
          <text
            key={b.key}
            className={styles.name}
            x="100%"
            dx={-6}
            y={TOP + i * STEP + BAR - 3}
            textAnchor="end"
          >
            {b.name}
          </text>
        ))}
      </svg>
      <svg x="35%" width="50%" height={height} overflow="visible">
        <line className={styles.track} x1="0" x2="0" y1={TOP - 4} y2={height} />
        {start > 0 && (
          <text className={styles.value} x="0" y={TOP - 7} textAnchor="middle" data-axis-start={start}>
            {formatTarget(start, lang)}
          </text>
        )}
        {bars.map((b, i) => (
          <g key={b.key} data-below={b.below || undefined}>
            <rect
              className={b.below ? styles.barBelow : styles.bar}
              x="0"
              y={TOP + i * STEP}
              width={pct(b.value)}
              height={BAR}
            />
            <text
              className={b.below ? styles.valueBelow : styles.value}
              x={pct(b.value)}
              dx={4}
              y={TOP + i * STEP + BAR - 3}
            >
              {b.label}
            </text>
          </g>
        ))}
        <line
          className={styles.target}
          data-target={table.threshold}
          x1={pct(table.threshold)}
          x2={pct(table.threshold)}
          y1={TOP - 4}
          y2={height}
        />
        <text className={styles.targetLabel} x={pct(table.threshold)} y={TOP - 7} textAnchor="middle">
          {t.chart.target(target)}
        </text>
      </svg>
    </svg>
  );
}
