/** Which source cells to shade: the column showing each indicator below threshold, else the unit's name. */
import { METRICS } from '../metrics/catalog';
import type { Report, UnitReport } from '../report';
import type { CellMark } from './layout';

export function highlightMarks(report: Report): CellMark[] {
  const marks: CellMark[] = [];
  const seen = new Set<string>();
  for (const s of report.sheets) {
    if (s.kind === 'dossier-list' || !s.columns) continue;
    const cols = s.columns;
    const rows: UnitReport[] = s.kind === 'signatures' ? s.leaders : s.units;
    for (const u of rows)
      for (const id of u.below) {
        const column = cols[METRICS[id].shownIn ?? ''] ?? cols.name;
        const key = `${s.sheet}!${column}${u.row}`;
        if (!column || seen.has(key)) continue;
        seen.add(key);
        marks.push({ sheet: s.sheet, row: u.row, column });
      }
  }
  return marks;
}
