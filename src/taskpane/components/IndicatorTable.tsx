import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { WarningFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Lang } from '../../core';
import { isCountMetric } from '../../core';
import type { MetricValue } from '../../core';
import { formatCount, formatRate, formatTarget, METRICS } from '../../core';
import {
  nextSort,
  sortRows,
  type IndicatorTable as Model,
  type SortColumn,
  type SortState,
} from '../indicators';
import { IndicatorChart } from './IndicatorChart';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', textAlign: 'left' },
  muted: { color: tokens.colorNeutralForeground2 },
  valueColumn: { width: '92px' },
  valueHeader: { justifyContent: 'flex-end' },
  value: { textAlign: 'right' },
  name: { overflowWrap: 'anywhere' },
  below: { backgroundColor: tokens.colorPaletteRedBackground1 },
  belowValue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  summary: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  cellContent: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', padding: '2px 0' },
});

function valueText(metric: MetricValue | null, count: boolean, lang: Lang): string {
  if (metric?.value === null || metric?.value === undefined) return '–';
  return count ? formatCount(metric.value, lang) : formatRate(metric.value, lang);
}

function fractionText(metric: MetricValue | null, lang: Lang): string | null {
  if (metric?.numerator === undefined || metric.denominator === undefined) return null;
  return `${formatCount(metric.numerator, lang)}/${formatCount(metric.denominator, lang)}`;
}

/**
 * One indicator as an accordion item: its name, target and how many are below it; opened, the units
 * (or leaders) with their values, below-target rows marked, sortable by name or value.
 */
export function IndicatorTable({ table }: { table: Model }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const [sort, setSort] = useState<SortState>(null);
  const count = isCountMetric(table.metric);
  const label = METRICS[table.metric].label[lang];
  const rows = sortRows(table.rows, sort, lang);
  const nameHeader = table.leaders ? t.indicators.leader : t.indicators.unit;
  const valueHeader = count ? t.indicators.count : t.indicators.rate;
  const target = count ? formatCount(table.threshold, lang) : formatTarget(table.threshold, lang);

  const header = (column: SortColumn, text: string, classNames?: { cell: string; button: string }) => (
    <TableHeaderCell
      className={classNames?.cell}
      sortable
      sortDirection={sort?.column === column ? sort.direction : undefined}
      onClick={() => setSort(nextSort(sort, column))}
      button={{ className: classNames?.button, 'aria-label': t.indicators.sortBy(text) }}
    >
      {text}
    </TableHeaderCell>
  );
  const valueCell = (metric: MetricValue | null, below: boolean) => {
    const fraction = count ? null : fractionText(metric, lang);
    return (
      <TableCell className={styles.value}>
        <span className={styles.cellContent}>
          <span className={below ? styles.belowValue : undefined}>
            {below && <WarningFilled aria-label={t.indicators.below} />} {valueText(metric, count, lang)}
          </span>
          {fraction && <Caption1 className={styles.muted}>{fraction}</Caption1>}
        </span>
      </TableCell>
    );
  };

  return (
    <AccordionItem value={table.metric}>
      <AccordionHeader as="h3">
        <span className={styles.header}>
          <Text weight="semibold">{label}</Text>
          <Caption1 className={styles.muted}>
            {t.indicators.threshold(target)} · {t.indicators.belowCount(table.belowCount, table.rows.length)}
          </Caption1>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <IndicatorChart table={table} label={label} />
        <Table size="extra-small" aria-label={label}>
          <TableHeader>
            <TableRow>
              {header('name', nameHeader)}
              {header('value', valueHeader, { cell: styles.valueColumn, button: styles.valueHeader })}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key} className={r.below ? styles.below : undefined}>
                <TableCell className={styles.name}>{r.unit ? `${r.name} (${r.unit})` : r.name}</TableCell>
                {valueCell(r.metric, r.below)}
              </TableRow>
            ))}
            {table.total && (
              <TableRow className={styles.summary}>
                <TableCell>{t.indicators.total}</TableCell>
                {valueCell(table.total, false)}
              </TableRow>
            )}
            {table.benchmark !== null && (
              <TableRow className={mergeClasses(styles.summary, styles.muted)}>
                <TableCell>{t.indicators.benchmark}</TableCell>
                {valueCell({ value: table.benchmark }, false)}
              </TableRow>
            )}
          </TableBody>
        </Table>
      </AccordionPanel>
    </AccordionItem>
  );
}
