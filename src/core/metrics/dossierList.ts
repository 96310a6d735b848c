/**
 * A dossier-by-dossier list aggregated per receiving office: received = rows, resolved = rows with a
 * result date, on time when the result date is on or before the due date, online from the submission
 * channel, digitized and paid online from their yes/no columns.
 */
import { cellAt, columnLetter, type Grid } from '../grid';
import type { ColumnMap } from '../detect/fields';
import { roleOf } from '../detect/rows';
import { parseDateCell, type DayNumber } from '../parse/date';
import { cellText, clean, fold } from '../parse/text';
import { levelOf } from '../parse/unitName';
import type { Metrics, UnitLevel } from '../report';
import { addFinding, type FindingSink } from '../validate/findings';
import { count, rate } from './rate';

interface Tally {
  name: string;
  row: number;
  received: number;
  online: number;
  channelKnown: number;
  resolved: number;
  onTime: number;
  late: number;
  judged: number;
  inProgress: number;
  overdue: number;
  digitized: number;
  fee: number;
  paid: number;
}

const YES = /^(co|x|v|yes|true|1|da so hoa|da thanh toan|da tttt|✓|✔)$/;
const NO = /^(khong|no|false|0|chua|chua so hoa|chua thanh toan)$/;
const RESOLVED_STATUS = /da tra|da giai quyet|hoan thanh|da xu ly|da co ket qua/;

function newTally(name: string, row: number): Tally {
  return {
    name,
    row,
    received: 0,
    online: 0,
    channelKnown: 0,
    resolved: 0,
    onTime: 0,
    late: 0,
    judged: 0,
    inProgress: 0,
    overdue: 0,
    digitized: 0,
    fee: 0,
    paid: 0,
  };
}

export interface ListResult {
  units: { name: string; row: number; level: UnitLevel; metrics: Metrics }[];
  total: Metrics;
}

export function aggregateList(
  grid: Grid,
  firstDataRow: number,
  columns: ColumnMap,
  periodEnd: DayNumber | null,
  header: (col: number) => string,
  sink: FindingSink,
): ListResult {
  const byUnit = new Map<string, Tally | undefined>();
  const total = newTally('', firstDataRow);
  const nameCol = columns.name!;
  const readDate = (r: number, col: number | undefined, unit: string): DayNumber | null | undefined => {
    if (col === undefined) return undefined;
    const v = cellAt(grid, r, col);
    if (v === null || (typeof v === 'string' && clean(v) === '')) return null;
    const d = parseDateCell(v);
    if (d === null)
      addFinding(
        sink,
        'not-a-number',
        'error',
        { row: r + 1, column: columnLetter(col), unit },
        {
          cell: `${columnLetter(col)}${r + 1}`,
          header: header(col),
          text: cellText(v).slice(0, 40),
        },
      );
    return d;
  };
  for (let r = firstDataRow; r < grid.values.length; r++) {
    const name = cellText(cellAt(grid, r, nameCol));
    if (!name) continue;
    let t = byUnit.get(fold(name));
    if (t === undefined && !byUnit.has(fold(name))) {
      // A total or note row at the end of the list is no office.
      t = roleOf(name, '', true) === 'unit' ? newTally(name, r) : undefined;
      byUnit.set(fold(name), t);
    }
    if (!t) continue;
    const status = columns.status === undefined ? '' : fold(cellText(cellAt(grid, r, columns.status)));
    readDate(r, columns.receivedDate, name);
    const due = readDate(r, columns.dueDate, name);
    const done = readDate(r, columns.resultDate, name);
    for (const x of [t, total]) {
      x.received++;
      if (columns.channel !== undefined) {
        const ch = fold(cellText(cellAt(grid, r, columns.channel)));
        if (ch) x.channelKnown++;
        if (/truc tuyen|online|qua mang|dich vu cong|dvc|muc (do )?[34]\b/.test(ch)) x.online++;
      }
      const resolved = done !== undefined ? done !== null : RESOLVED_STATUS.test(status);
      if (resolved) {
        x.resolved++;
        if (done && due) {
          x.judged++;
          if (done <= due) x.onTime++;
          else x.late++;
        } else if (columns.status !== undefined && (done === undefined || due === undefined)) {
          // No dates to compare: the status says "(quá hạn)" or not.
          x.judged++;
          if (/qua han|tre han/.test(status)) x.late++;
          else x.onTime++;
        }
      } else {
        x.inProgress++;
        if ((due && periodEnd !== null && due < periodEnd) || /qua han|tre han/.test(status)) x.overdue++;
      }
      if (
        columns.digitizedFlag !== undefined &&
        YES.test(fold(cellText(cellAt(grid, r, columns.digitizedFlag))))
      )
        x.digitized++;
      if (columns.paidFlag !== undefined) {
        const p = fold(cellText(cellAt(grid, r, columns.paidFlag)));
        if (YES.test(p)) {
          x.fee++;
          x.paid++;
        } else if (NO.test(p)) x.fee++;
      }
    }
  }
  const metricsOf = (t: Tally): Metrics => {
    const m: Metrics = {};
    if ((columns.resultDate !== undefined && columns.dueDate !== undefined) || columns.status !== undefined) {
      m.onTimeRate = rate(t.onTime, t.judged);
      m.lateCount = count(t.late);
      if (periodEnd !== null) m.overdueInProgressCount = count(t.overdue);
    }
    if (columns.channel !== undefined) m.onlineRate = rate(t.online, t.received);
    if (columns.digitizedFlag !== undefined) m.digitizedDossierRate = rate(t.digitized, t.received);
    if (columns.paidFlag !== undefined && t.fee > 0) m.onlinePaymentRate = rate(t.paid, t.fee);
    return m;
  };
  return {
    units: [...byUnit.values()]
      .filter((t): t is Tally => t !== undefined)
      .map((t) => ({
        name: t.name,
        row: t.row,
        level: levelOf(t.name),
        metrics: metricsOf(t),
      })),
    total: metricsOf(total),
  };
}
