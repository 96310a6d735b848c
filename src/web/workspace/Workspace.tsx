import { Caption1, makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { columnIndex, type Grid } from '../../core';
import type { Report } from '../../core';
import { BELOW_FILL, highlightMarks } from '../../core';
import { useI18n } from '../../taskpane/components/i18nContext';
import { SheetGrid } from './SheetGrid';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    height: '100%',
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  legend: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    width: '14px',
    height: '14px',
    backgroundColor: `#${BELOW_FILL}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  grid: { flexGrow: 1, minHeight: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

/** The cell a finding points at (1-based row, column letter), with a counter so a second click scrolls again. */
export interface CellTarget {
  sheet: string;
  row: number;
  column?: string;
  seq: number;
}

export interface WorkspaceProps {
  report: Report | null;
  target: CellTarget | null;
  /** Reads one sheet of the open workbook. */
  loadGrid: (sheet: string) => Promise<Grid>;
}

/** The wide page's left side: the sheet itself, one tab per sheet, with the findings' cells outlined. */
export function Workspace({ report, target, loadGrid }: WorkspaceProps) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const sheets = report?.sheets.map((s) => s.sheet) ?? [];
  // The tab the officer chose, unless a finding clicked since points at another sheet.
  const [chosen, setChosen] = useState<{ sheet: string; seq: number } | null>(null);
  const [loaded, setLoaded] = useState<{ sheet: string; grid: Grid } | null>(null);
  const wanted = target && target.seq > (chosen?.seq ?? 0) ? target.sheet : chosen?.sheet;
  const sheet = wanted && sheets.includes(wanted) ? wanted : (sheets[0] ?? null);
  const grid = loaded?.sheet === sheet ? loaded.grid : null;

  useEffect(() => {
    if (!sheet) return;
    let live = true;
    void loadGrid(sheet).then((g) => live && setLoaded({ sheet, grid: g }));
    return () => {
      live = false;
    };
  }, [sheet, loadGrid]);

  const shaded = new Set(
    report
      ? highlightMarks(report)
          .filter((m) => m.sheet === sheet)
          .map((m) => `${m.column}${m.row}`)
      : [],
  );
  const sheetReport = report?.sheets.find((s) => s.sheet === sheet);
  const nameColumn = sheetReport?.columns?.name ?? 'A';
  const cellTarget =
    target && target.sheet === sheet
      ? { row: target.row - 1, col: columnIndex(target.column ?? nameColumn), seq: target.seq }
      : null;

  if (!sheets.length) return null;
  return (
    <section className={styles.root} aria-label={t.workspace.title}>
      <div className={styles.bar}>
        <TabList
          size="small"
          selectedValue={sheet}
          onTabSelect={(_, data) => setChosen({ sheet: String(data.value), seq: target?.seq ?? 0 })}
          aria-label={t.workspace.sheets}
        >
          {sheets.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
        {shaded.size > 0 && (
          <Caption1 className={styles.legend}>
            <span className={styles.swatch} aria-hidden />
            {t.workspace.shadedLegend(shaded.size)}
          </Caption1>
        )}
      </div>
      <div className={styles.grid}>
        {grid && sheet ? (
          <SheetGrid
            key={sheet}
            grid={grid}
            lang={lang}
            label={t.workspace.gridLabel(sheet)}
            shaded={shaded}
            target={cellTarget}
            dataFrom={sheetReport?.headerRows?.[1] ?? 0}
          />
        ) : (
          <Spinner size="small" label={t.busy.read(0, 0)} />
        )}
      </div>
      <div className={styles.hidden} aria-live="polite">
        {cellTarget && target ? t.workspace.shown(target.sheet, target.column ?? '', target.row) : ''}
      </div>
    </section>
  );
}
