/**
 * A dossier-by-dossier list aggregated per receiving office: received = rows, resolved = rows with a
 * result date, on time when the result date is on or before the due date, online from the submission
 * channel, digitized and paid online from their yes/no columns.
 */
import { cellAt, columnLetter, type Grid } from '../grid';
import type { ColumnMap } from '../detect/fields';
import { roleOf } from '../detect/rows';
import { LIST } from '../detect/vocabulary';
import { parseDateCell, type DayNumber } from '../parse/date';
import { cellText, clean, fold } from '../parse/text';
import { levelOf } from '../parse/unitName';
import type { Metrics, UnitLevel } from '../report';
import { addFinding, defineFinding, type FindingSink } from '../findings';
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

/** A date column's cell that holds no date (the code of any unreadable figure cell). */
const NOT_A_DATE = defineFinding<{ cell: string; header: string; text: string }>({
  code: 'not-a-number',
  severity: 'error',
  messages: {
    vi: (a) => `Ô ${a.cell} (${a.header}) chứa "${a.text}", không phải ngày.`,
    en: (a) => `Cell ${a.cell} (${a.header}) holds "${a.text}", not a date.`,
  },
});

const { yes: YES, no: NO, resolvedStatus: RESOLVED_STATUS } = LIST;

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

type Facts = Omit<Tally, 'name' | 'row'>;

/** Field by field: a loop over the keys cost a tenth of a 100k-row list's summary. */
function add(into: Tally, f: Facts): void {
  into.received += f.received;
  into.online += f.online;
  into.channelKnown += f.channelKnown;
  into.resolved += f.resolved;
  into.onTime += f.onTime;
  into.late += f.late;
  into.judged += f.judged;
  into.inProgress += f.inProgress;
  into.overdue += f.overdue;
  into.digitized += f.digitized;
  into.fee += f.fee;
  into.paid += f.paid;
}

/** A text cell's folded form; strings go to fold as they are (it cleans them and caches the result). */
const foldedCell = (v: unknown) => fold(typeof v === 'string' ? v : cellText(v));

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
        NOT_A_DATE,
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
    const key = fold(name);
    let t = byUnit.get(key);
    if (t === undefined && !byUnit.has(key)) {
      // A total or note row at the end of the list is no office.
      t = roleOf(name, '', true) === 'unit' ? newTally(name, r) : undefined;
      byUnit.set(key, t);
    }
    if (!t) continue;
    const status = columns.status === undefined ? '' : foldedCell(cellAt(grid, r, columns.status));
    readDate(r, columns.receivedDate, name);
    const due = readDate(r, columns.dueDate, name);
    const done = readDate(r, columns.resultDate, name);
    // One dossier's facts, read once and added to its office and to the total.
    const channel = columns.channel === undefined ? '' : foldedCell(cellAt(grid, r, columns.channel));
    const resolved = done !== undefined ? done !== null : RESOLVED_STATUS.test(status);
    const byDates = resolved && !!done && !!due;
    // No dates to compare: the status says "(quá hạn)" or not.
    const byStatus =
      resolved && !byDates && columns.status !== undefined && (done === undefined || due === undefined);
    const lateByStatus = LIST.lateStatus.test(status);
    const paid = columns.paidFlag === undefined ? '' : foldedCell(cellAt(grid, r, columns.paidFlag));
    const facts: Facts = {
      received: 1,
      channelKnown: channel ? 1 : 0,
      online: LIST.onlineChannel.test(channel) ? 1 : 0,
      resolved: resolved ? 1 : 0,
      judged: byDates || byStatus ? 1 : 0,
      onTime: (byDates && done! <= due!) || (byStatus && !lateByStatus) ? 1 : 0,
      late: (byDates && done! > due!) || (byStatus && lateByStatus) ? 1 : 0,
      inProgress: resolved ? 0 : 1,
      overdue: !resolved && ((due && periodEnd !== null && due < periodEnd) || lateByStatus) ? 1 : 0,
      digitized:
        columns.digitizedFlag !== undefined && YES.test(foldedCell(cellAt(grid, r, columns.digitizedFlag)))
          ? 1
          : 0,
      fee: YES.test(paid) || NO.test(paid) ? 1 : 0,
      paid: YES.test(paid) ? 1 : 0,
    };
    add(t, facts);
    add(total, facts);
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
