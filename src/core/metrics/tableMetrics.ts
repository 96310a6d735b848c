/**
 * Indicators of a unit (or total) row of a statistics table, with the official formulas of
 * report-contract.md, and the within-row checks (parts that must add up, rates over 100%).
 */
import { columnLetter } from '../grid';
import type { ColumnMap, FieldId } from '../detect/fields';
import type { Metrics } from '../report';
import type { RowValues } from '../validate/cells';
import { addFinding, fmtN, type FindingSink } from '../validate/findings';
import { count, rate, sumOf } from './rate';

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
      'parts-mismatch',
      severity,
      { row: ctx.row + 1, column: columnLetter(col), unit: ctx.unit },
      {
        whole: ctx.header(col),
        total: fmtN(w, ctx.sink.lang),
        parts: present.map((p) => ctx.header(ctx.columns[p]!)).join(' + '),
        sum: fmtN(s, ctx.sink.lang),
      },
    );
  }
  return false;
}

/** Rate with the ratio-over-100 check: a numerator above its denominator spoils the rate. */
function checkedRate(
  ctx: RowContext,
  numField: FieldId,
  denField: FieldId,
  num: number | null | undefined,
  den: number | null | undefined,
) {
  const r = rate(num, den);
  if (r.value !== null && r.value > 1 + 1e-9) {
    if (ctx.check) {
      const col = ctx.columns[numField];
      addFinding(
        ctx.sink,
        'ratio-over-100',
        'error',
        { row: ctx.row + 1, column: col === undefined ? undefined : columnLetter(col), unit: ctx.unit },
        {
          numerator: col === undefined ? numField : ctx.header(col),
          num: fmtN(num!, ctx.sink.lang),
          denominator: ctx.columns[denField] === undefined ? denField : ctx.header(ctx.columns[denField]!),
          den: fmtN(den!, ctx.sink.lang),
        },
      );
    }
    return { ...r, value: null };
  }
  return r;
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
    m.onTimeRate = resolvedOk ? checkedRate(ctx, 'resOnTime', 'resTotal', onTime, resolved) : { value: null };
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
    if (v.recvDirect === undefined && v.recvPostal === undefined) {
      if (v.recvNew !== undefined) newlyReceived = v.recvNew;
      else if (v.recvTotal !== undefined && v.recvCarried !== undefined)
        newlyReceived = v.recvTotal === null || v.recvCarried === null ? null : v.recvTotal - v.recvCarried;
      else newlyReceived = undefined;
    }
    if (newlyReceived !== undefined)
      m.onlineRate = checkedRate(ctx, 'recvOnline', 'recvTotal', v.recvOnline, newlyReceived);
  }
  if (v.resLate !== undefined) m.lateCount = count(v.resLate);
  if (v.progOverdue !== undefined) m.overdueInProgressCount = count(v.progOverdue);

  const received = v.digReceived !== undefined ? v.digReceived : v.recvTotal;
  if (v.digDossiers !== undefined && received !== undefined)
    m.digitizedDossierRate = checkedRate(ctx, 'digDossiers', 'digReceived', v.digDossiers, received);
  const withResults = v.resultsTotal !== undefined ? v.resultsTotal : v.resTotal;
  if (v.digResults !== undefined && withResults !== undefined)
    m.digitizedResultRate = checkedRate(ctx, 'digResults', 'resultsTotal', v.digResults, withResults);
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
