/**
 * Deterministic dossier counts for corpus rows, and the report contract's formulas over them
 * (report-contract.md "Metric ids"). Every expected figure of the corpus comes from here.
 */
import type { ExpectedMetric } from './layout';

/** One row's counts. Groups a layout does not show stay 0, so its identities still hold. */
export interface Counts {
  carried: number;
  online: number;
  direct: number;
  post: number;
  early: number;
  onTime: number;
  late: number;
  notDue: number;
  overdue: number;
  suspended: number;
  /** Of the suspended dossiers, those past their due date. */
  suspendedOverdue: number;
  supplement: number;
  returned: number;
  withdrawn: number;
  /** Subsets and side figures that are never parts of a total. */
  saturday: number;
  digitized: number;
  reused: number;
  digitizedResult: number;
  fee: number;
  paidOnline: number;
  synced: number;
  feeAmount: number;
  /** Of feeAmount, the charge (phí); the rest is the fee proper (lệ phí). */
  charge: number;
  cancelled: number;
  uncollected: number;
  certificates: number;
  corrections: number;
}

export const ZERO: Counts = {
  carried: 0,
  online: 0,
  direct: 0,
  post: 0,
  early: 0,
  onTime: 0,
  late: 0,
  notDue: 0,
  overdue: 0,
  suspended: 0,
  suspendedOverdue: 0,
  supplement: 0,
  returned: 0,
  withdrawn: 0,
  saturday: 0,
  digitized: 0,
  reused: 0,
  digitizedResult: 0,
  fee: 0,
  paidOnline: 0,
  synced: 0,
  feeAmount: 0,
  charge: 0,
  cancelled: 0,
  uncollected: 0,
  certificates: 0,
  corrections: 0,
};

/** mulberry32: a seeded generator, so each layout's figures are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Profile {
  /** Rough number of dossiers handled in the period. */
  size: number;
  /** Share received online among new receipts. */
  online: number;
  /** Share of resolved dossiers returned late. */
  late?: number;
  /** Which optional groups the layout shows. */
  post?: boolean;
  suspended?: boolean;
  returned?: boolean;
  withdrawn?: boolean;
  supplement?: boolean;
}

/**
 * Counts consistent with every identity of the contract: received = carried + new (online + direct +
 * post) = resolved + in progress (+ suspended, returned, withdrawn when the layout shows them).
 */
export function makeCounts(rnd: () => number, p: Profile): Counts {
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const size = Math.max(12, Math.round(p.size * (0.6 + rnd() * 0.8)));
  const inProgress = int(Math.round(size * 0.08));
  const suspended = p.suspended ? int(Math.round(size * 0.03)) : 0;
  const returned = p.returned ? int(Math.round(size * 0.02)) : 0;
  const withdrawn = p.withdrawn ? int(Math.round(size * 0.01)) : 0;
  const resolved = size - inProgress - suspended - returned - withdrawn;
  const late = rnd() < 0.45 ? 0 : int(Math.max(1, Math.round(resolved * (p.late ?? 0.02))));
  const early = Math.round((resolved - late) * (0.5 + rnd() * 0.4));
  const overdue = rnd() < 0.5 ? 0 : Math.min(inProgress, int(Math.max(1, Math.round(inProgress * 0.3))));
  const carried = int(Math.round(size * 0.1));
  const fresh = size - carried;
  const post = p.post ? int(Math.round(fresh * 0.03)) : 0;
  const online = Math.min(fresh - post, Math.round((fresh - post) * p.online * (0.4 + rnd() * 1.2)));
  const fee = Math.round(size * (0.3 + rnd() * 0.4));
  const feeAmount = fee * 1000 * (20 + int(60));
  return {
    carried,
    online,
    direct: fresh - post - online,
    post,
    early,
    onTime: resolved - late - early,
    late,
    notDue: inProgress - overdue,
    overdue,
    suspended,
    suspendedOverdue: int(Math.floor(suspended * 0.4)),
    supplement: p.supplement ? int(Math.round(size * 0.02)) : 0,
    returned,
    withdrawn,
    saturday: int(Math.round(size * 0.04)),
    digitized: Math.round(size * (0.55 + rnd() * 0.45)),
    reused: Math.round(size * rnd() * 0.5),
    digitizedResult: Math.round(resolved * (0.6 + rnd() * 0.4)),
    fee,
    paidOnline: Math.round(fee * rnd() * 0.9),
    synced: size - int(Math.round(size * 0.05)),
    feeAmount,
    charge: Math.round(feeAmount * 0.4),
    cancelled: int(3),
    uncollected: Math.min(resolved, int(8)),
    certificates: int(Math.round(size * 0.3)),
    corrections: int(Math.round(size * 0.2)),
  };
}

/** For layouts with no "trước hạn" column: early returns counted as on time. */
export const foldEarly = (c: Counts): Counts => ({ ...c, early: 0, onTime: c.early + c.onTime });

export function sum(rows: Counts[]): Counts {
  const out = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(out) as (keyof Counts)[]) out[k] += r[k];
  return out;
}

export const fresh = (c: Counts) => c.online + c.direct + c.post;
export const received = (c: Counts) => c.carried + fresh(c);
export const resolved = (c: Counts) => c.early + c.onTime + c.late;
export const inProgress = (c: Counts) => c.notDue + c.overdue;

const rate = (numerator: number, denominator: number): ExpectedMetric => ({
  value: denominator ? numerator / denominator : null,
  numerator,
  denominator,
});

/** The contract's formula for each metric id, over one row's counts. */
export const FORMULAS: Record<string, (c: Counts) => ExpectedMetric> = {
  onTimeRate: (c) => rate(c.early + c.onTime, resolved(c)),
  onTimeRate766: (c) => rate(c.early + c.onTime + c.notDue, resolved(c) + inProgress(c)),
  onlineRate: (c) => rate(c.online, fresh(c)),
  lateCount: (c) => ({ value: c.late }),
  overdueInProgressCount: (c) => ({ value: c.overdue }),
  digitizedDossierRate: (c) => rate(c.digitized, received(c)),
  digitizedResultRate: (c) => rate(c.digitizedResult, resolved(c)),
  onlinePaymentRate: (c) => rate(c.paidOnline, c.fee),
  portalSyncRate: (c) => rate(c.synced, received(c)),
};

export function metricsOf(c: Counts, ids: string[]): Record<string, ExpectedMetric> {
  return Object.fromEntries(ids.map((id) => [id, FORMULAS[id](c)]));
}

/** A count is below when above its threshold; a rate when under it; a null rate never. */
export function isBelow(m: ExpectedMetric, threshold: number): boolean {
  if (m.value === null) return false;
  return m.denominator === undefined ? m.value > threshold : m.value < threshold;
}

/** Percent as printed by the systems: 98.5 (number, 2 decimals). */
export const pct = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 100 : 0);

/** Thresholds the corpus runs with (passed to the engine, so the defaults may change freely). */
const THRESHOLDS: Record<string, number> = {
  onTimeRate: 0.98,
  onTimeRate766: 0.98,
  onlineRate: 0.5,
  digitizedDossierRate: 0.8,
  digitizedResultRate: 0.8,
  onlinePaymentRate: 0.6,
  portalSyncRate: 0.95,
  lateCount: 0,
  overdueInProgressCount: 0,
};

export const thresholdsFor = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, THRESHOLDS[id]]));

/** The same row with a given share of its new receipts online (to pin a unit in the narrative). */
export function withOnline(c: Counts, share: number): Counts {
  const open = fresh(c) - c.post;
  const online = Math.round(open * share);
  return { ...c, online, direct: open - online };
}

/** A fraction as the letters print it: 0.4940 -> "49,40%". */
export const percentText = (v: number) => `${(v * 100).toFixed(2).replace('.', ',')}%`;
