/** Which source cells to shade: the printed rate of each unit below threshold, else its name. */
import type { MetricId } from '../metrics/ids';
import type { Report, UnitReport } from '../report';
import type { CellMark } from './layout';

const RATE_FIELD: Partial<Record<MetricId, string>> = {
  onTimeRate: 'rateOnTime',
  onlineRate: 'rateOnline',
  digitizedDossierRate: 'digRate',
  digitizedResultRate: 'digResultRate',
  onlinePaymentRate: 'payRate',
  portalSyncRate: 'syncRate',
  signatureRate: 'sigRate',
  lateCount: 'resLate',
  overdueInProgressCount: 'progOverdue',
};

export function highlightMarks(report: Report): CellMark[] {
  const marks: CellMark[] = [];
  const seen = new Set<string>();
  for (const s of report.sheets) {
    if (s.kind === 'dossier-list' || !s.columns) continue;
    const cols = s.columns;
    const rows: UnitReport[] = s.kind === 'signatures' ? s.leaders : s.units;
    for (const u of rows)
      for (const id of u.below) {
        const column = cols[RATE_FIELD[id] ?? ''] ?? cols.name;
        const key = `${s.sheet}!${column}${u.row}`;
        if (!column || seen.has(key)) continue;
        seen.add(key);
        marks.push({ sheet: s.sheet, row: u.row, column });
      }
  }
  return marks;
}
