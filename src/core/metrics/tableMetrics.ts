/**
 * Indicators of a unit (or total) row of a statistics table, with the official formulas of
 * report-contract.md, and the within-row checks (parts that must add up, rates over 100%).
 */
import { columnLetter } from '../grid';
import type { ColumnMap, FieldId } from '../detect/fields';
import type { Metrics } from '../report';
import { addFinding, defineFinding, type FindingSink } from '../findings';
import { formatCount } from '../format';
import type { Lang } from '../lang';
import { count, rate, sumOf, type RowValues } from './rate';

export interface RowContext {
  sink: FindingSink;
  /** 0-based row. */
  row: number;
  unit?: string;
  columns: ColumnMap;
  header(col: number): string;
  /** Raise within-row findings (units yes; aggregate rows are checked against their units). */
  check: boolean;
}

const PARTS_MISMATCH = defineFinding<{ whole: string; total: string; parts: string; sum: string }>({
  code: 'parts-mismatch',
  severity: 'error',
  messages: {
    vi: (a) => `${a.whole} (${a.total}) khác ${a.parts} (${a.sum})`,
    en: (a) => `${a.whole} (${a.total}) differs from ${a.parts} (${a.sum})`,
  },
});

const RATIO_OVER_100 = defineFinding<{ numerator: string; num: string; denominator: string; den: string }>({
  code: 'ratio-over-100',
  severity: 'error',
  messages: {
    vi: (a) => `${a.numerator} (${a.num}) lớn hơn ${a.denominator} (${a.den}): tỷ lệ vượt 100%.`,
    en: (a) => `${a.numerator} (${a.num}) exceeds ${a.denominator} (${a.den}): the rate is over 100%.`,
  },
});

/** Checks whole = sum(parts); on a mismatch raises parts-mismatch at the whole's cell. */
function partsHold(
  v: RowValues,
  ctx: RowContext,
  whole: FieldId,
  parts: FieldId[],
  severity: 'error' | 'warning',
): boolean {
  const w = v[whole];
  const present = parts.filter((p) => v[p] !== undefined);
  if (w === undefined || w === null || present.length < 2) return true;
  const s = sumOf(...present.map((p) => v[p]));
  if (s === null || s === undefined || s === w) return true;
  if (ctx.check) {
    const col = ctx.columns[whole]!;
    addFinding(
      ctx.sink,
      PARTS_MISMATCH,
      { row: ctx.row + 1, column: columnLetter(col), unit: ctx.unit, severity },
      {
        whole: ctx.header(col),
        total: formatCount(w, ctx.sink.lang),
        parts: present.map((p) => ctx.header(ctx.columns[p]!)).join(' + '),
        sum: formatCount(s, ctx.sink.lang),
      },
    );
  }
  return false;
}

/** A rate's numerator or denominator: a column's field, or a figure summed from several columns. */
type Quantity = FieldId | 'earlyOrOnTime' | 'resolved' | 'newlyReceived';

/** Names of the figures no single column holds, as the finding names them instead of a header. */
const DERIVED: Record<Exclude<Quantity, FieldId>, Record<Lang, string>> = {
  earlyOrOnTime: { vi: 'Số hồ sơ giải quyết trước hạn và đúng hạn', en: 'Resolved early or on time' },
  resolved: { vi: 'Tổng số hồ sơ đã giải quyết', en: 'Resolved in all' },
  newlyReceived: { vi: 'Số hồ sơ tiếp nhận mới', en: 'Newly received' },
};

const columnOfQuantity = (ctx: RowContext, q: Quantity) =>
  q in DERIVED ? undefined : ctx.columns[q as FieldId];

function quantityName(ctx: RowContext, q: Quantity): string {
  const col = columnOfQuantity(ctx, q);
  if (col !== undefined) return ctx.header(col);
  return q in DERIVED ? DERIVED[q as keyof typeof DERIVED][ctx.sink.lang] : q;
}

/** Rate with the ratio-over-100 check: a numerator above its denominator spoils the rate. */
function checkedRate(
  ctx: RowContext,
  numerator: Quantity,
  denominator: Quantity,
  num: number | null | undefined,
  den: number | null | undefined,
) {
  const r = rate(num, den);
  if (r.value !== null && r.value > 1 + 1e-9) {
    if (ctx.check) {
      const col = columnOfQuantity(ctx, numerator);
      addFinding(
        ctx.sink,
        RATIO_OVER_100,
        { row: ctx.row + 1, column: col === undefined ? undefined : columnLetter(col), unit: ctx.unit },
        {
          numerator: quantityName(ctx, numerator),
          num: formatCount(num!, ctx.sink.lang),
          denominator: quantityName(ctx, denominator),
          den: formatCount(den!, ctx.sink.lang),
        },
      );
    }
    return { ...r, value: null };
  }
  return r;
}

/** The on-time figure's own column where one column gives it, else what it sums. */
function onTimeQuantity(v: RowValues): Quantity {
  if (v.resEarlyOnTime !== undefined) return 'resEarlyOnTime';
  if (v.resEarly === undefined && v.resOnTime !== undefined) return 'resOnTime';
  return 'earlyOrOnTime';
}

export function tableMetrics(v: RowValues, ctx: RowContext): Metrics {
  const m: Metrics = {};
  const receivedParts: FieldId[] =
    v.recvNew !== undefined && v.recvOnline === undefined
      ? ['recvNew', 'recvCarried']
      : ['recvOnline', 'recvDirect', 'recvPostal', 'recvCarried'];
  partsHold(v, ctx, 'recvTotal', receivedParts, 'warning');
  const resolvedParts: FieldId[] =
    v.resEarlyOnTime !== undefined ? ['resEarlyOnTime', 'resLate'] : ['resEarly', 'resOnTime', 'resLate'];
  const resolvedOk = partsHold(v, ctx, 'resTotal', resolvedParts, 'error');
  const progressOk = partsHold(v, ctx, 'progTotal', ['progNotDue', 'progOverdue'], 'error');
  if (v.resTotal !== undefined && v.progTotal !== undefined)
    partsHold(
      v,
      ctx,
      'recvTotal',
      ['resTotal', 'progTotal', 'returned', 'suspended', 'awaitingSupplement'],
      'warning',
    );

  // On time = (early + on time) / resolved.
  const resolved =
    v.resTotal !== undefined ? v.resTotal : sumOf(v.resEarly, v.resOnTime, v.resLate, v.resEarlyOnTime);
  let onTime = v.resEarlyOnTime !== undefined ? v.resEarlyOnTime : sumOf(v.resEarly, v.resOnTime);
  if (
    onTime === undefined &&
    v.resLate !== undefined &&
    resolved !== undefined &&
    resolved !== null &&
    v.resLate !== null
  )
    onTime = resolved - v.resLate;
  if (onTime !== undefined && resolved !== undefined) {
    m.onTimeRate = resolvedOk
      ? checkedRate(
          ctx,
          onTimeQuantity(v),
          v.resTotal !== undefined ? 'resTotal' : 'resolved',
          onTime,
          resolved,
        )
      : { value: null };
  }
  // QĐ 766: (resolved on time + in progress within time) / (resolved + in progress).
  const inProgress = v.progTotal !== undefined ? v.progTotal : sumOf(v.progNotDue, v.progOverdue);
  let notDue = v.progNotDue;
  if (
    notDue === undefined &&
    v.progOverdue !== undefined &&
    inProgress !== undefined &&
    inProgress !== null &&
    v.progOverdue !== null
  )
    notDue = inProgress - v.progOverdue;
  if (m.onTimeRate && notDue !== undefined && inProgress !== undefined) {
    m.onTimeRate766 =
      resolvedOk && progressOk ? rate(sumOf(onTime, notDue), sumOf(resolved, inProgress)) : { value: null };
  }
  // Online = received online / newly received (online + in person + postal).
  if (v.recvOnline !== undefined) {
    let newlyReceived = sumOf(v.recvOnline, v.recvDirect, v.recvPostal);
    let base: Quantity = 'newlyReceived';
    if (v.recvDirect === undefined && v.recvPostal === undefined) {
      if (v.recvNew !== undefined) {
        newlyReceived = v.recvNew;
        if (ctx.columns.recvNew !== undefined) base = 'recvNew';
      } else if (v.recvTotal !== undefined && v.recvCarried !== undefined)
        newlyReceived = v.recvTotal === null || v.recvCarried === null ? null : v.recvTotal - v.recvCarried;
      else newlyReceived = undefined;
    }
    if (newlyReceived !== undefined)
      m.onlineRate = checkedRate(ctx, 'recvOnline', base, v.recvOnline, newlyReceived);
  }
  if (v.resLate !== undefined) m.lateCount = count(v.resLate);
  if (v.progOverdue !== undefined) m.overdueInProgressCount = count(v.progOverdue);

  const received = v.digReceived !== undefined ? v.digReceived : v.recvTotal;
  if (v.digDossiers !== undefined && received !== undefined)
    m.digitizedDossierRate = checkedRate(
      ctx,
      'digDossiers',
      v.digReceived !== undefined ? 'digReceived' : 'recvTotal',
      v.digDossiers,
      received,
    );
  const withResults = v.resultsTotal !== undefined ? v.resultsTotal : v.resTotal;
  if (v.digResults !== undefined && withResults !== undefined)
    m.digitizedResultRate = checkedRate(
      ctx,
      'digResults',
      v.resultsTotal !== undefined ? 'resultsTotal' : 'resTotal',
      v.digResults,
      withResults,
    );
  if (v.paidOnline !== undefined && v.feeTotal !== undefined)
    m.onlinePaymentRate = checkedRate(ctx, 'paidOnline', 'feeTotal', v.paidOnline, v.feeTotal);
  const syncBase = v.recvTotal !== undefined ? v.recvTotal : v.digReceived;
  if (v.synced !== undefined && syncBase !== undefined)
    m.portalSyncRate = checkedRate(
      ctx,
      'synced',
      v.recvTotal !== undefined ? 'recvTotal' : 'digReceived',
      v.synced,
      syncBase,
    );
  if (v.signed !== undefined && v.issued !== undefined)
    m.signatureRate = checkedRate(ctx, 'signed', 'issued', v.signed, v.issued);
  return m;
}
