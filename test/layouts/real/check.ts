/**
 * Every difference between the engine's sheet report and a layout's expectations, one line each, so
 * a failing layout prints all that it gets wrong at once (KNOWN_GAPS.md quotes these lines).
 * Units match by name as the shared checker does; rates within 0.0001, counts and fractions exact.
 */
import type { SheetReport } from '../../../src/core/report';
import { fullName } from '../../helpers/fixtures';
import type { Expected, ExpectedMetric } from './layout';

/** Fields of the contract the engine may not have typed yet (scope, unit level department/field). */
type Loose = SheetReport & { scope?: { level: string; name: string } | null };

const close = (a: number | null | undefined, b: number | null) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 0.0001);
const show = (m: { value: number | null; numerator?: number; denominator?: number } | undefined) =>
  m ? (m.denominator === undefined ? `${m.value}` : `${m.numerator}/${m.denominator}`) : 'missing';
const nfc = (s: string) => s.normalize('NFC').replace(/\u00a0/g, ' ');

function metricDiff(where: string, got: ExpectedMetric | undefined, want: ExpectedMetric): string | null {
  if (!got) return `${where} missing (want ${show(want)})`;
  if (!close(got.value, want.value)) return `${where} = ${show(got)} (${got.value}), want ${show(want)}`;
  if (
    want.denominator !== undefined &&
    (got.numerator !== want.numerator || got.denominator !== want.denominator)
  )
    return `${where} = ${show(got)}, want ${show(want)}`;
  return null;
}

/** What a layout checks, in three parts that can fail apart (the figures hold while scope lags). */
export type Part = 'figures' | 'scope' | 'narrative';

export function differences(sheet: SheetReport | undefined, exp: Expected): Record<Part, string[]> {
  const parts: Record<Part, string[]> = { figures: [], scope: [], narrative: [] };
  if (!sheet) {
    for (const p of Object.values(parts)) p.push(`sheet "${exp.sheet}" missing`);
    return parts;
  }
  const s = sheet as Loose;
  const out = parts.figures;
  const push = (d: string | null) => d && out.push(d);
  if (s.kind !== exp.kind) out.push(`kind ${s.kind}, want ${exp.kind}`);
  const period = s.period && { from: s.period.from, to: s.period.to };
  if (JSON.stringify(period) !== JSON.stringify(exp.period))
    out.push(`period ${JSON.stringify(period)}, want ${JSON.stringify(exp.period)}`);
  if (JSON.stringify(s.headerRows) !== JSON.stringify(exp.headerRows))
    out.push(`headerRows ${JSON.stringify(s.headerRows)}, want ${JSON.stringify(exp.headerRows)}`);
  const scope = s.scope ? { level: s.scope.level, name: nfc(s.scope.name ?? '') } : (s.scope ?? null);
  if (exp.scope !== undefined && JSON.stringify(scope) !== JSON.stringify(exp.scope))
    parts.scope.push(`scope ${JSON.stringify(scope)}, want ${JSON.stringify(exp.scope)}`);

  const got = s.units.map((u) => `${fullName(u.name)}@${u.row}`);
  const want = exp.units.map((u) => `${fullName(u.name)}@${u.row}`);
  const extra = got.filter((g) => !want.includes(g));
  if (extra.length) out.push(`rows read as units that are not: ${extra.join(', ')}`);
  for (const u of exp.units) {
    const r = s.units.find((x) => x.row === u.row && fullName(x.name) === fullName(u.name));
    if (!r) {
      out.push(`unit "${u.name}" (row ${u.row}) missing`);
      continue;
    }
    if ((r.level as string | null) !== u.level)
      parts.scope.push(`${u.name}: level ${r.level}, want ${u.level}`);
    for (const [id, m] of Object.entries(u.metrics))
      push(metricDiff(`${u.name}.${id}`, r.metrics[id as never], m));
  }

  for (const [id, m] of Object.entries(exp.total ?? {}))
    push(metricDiff(`total.${id}`, s.total?.[id as never] as ExpectedMetric | undefined, m));
  const bench = Object.entries(exp.benchmark ?? {});
  for (const [id, v] of bench)
    if (!close(s.benchmark?.[id as never], v))
      out.push(`benchmark.${id} = ${s.benchmark?.[id as never]}, want ${v}`);
  if (!bench.length && s.benchmark && Object.keys(s.benchmark).length)
    out.push(`benchmark ${JSON.stringify(s.benchmark)} read, but the sheet has none`);

  for (const [id, names] of Object.entries(exp.below)) {
    const g = s.units.filter((u) => u.below.includes(id as never)).map((u) => `${fullName(u.name)}@${u.row}`);
    const w = exp.units.filter((u) => names.includes(u.name)).map((u) => `${fullName(u.name)}@${u.row}`);
    if (JSON.stringify(g.sort()) !== JSON.stringify(w.sort())) out.push(`below ${id}: [${g}], want [${w}]`);
  }

  for (const f of exp.findings)
    if (!s.findings.some((x) => x.code === f.code && x.row === f.row && (!f.column || x.column === f.column)))
      out.push(`finding ${f.code} at row ${f.row}${f.column ? ` column ${f.column}` : ''} not reported`);
  const expectedAt = (x: { code: string; row: number | null }) =>
    exp.findings.some((f) => f.code === x.code && f.row === x.row);
  for (const x of s.findings.filter((x) => x.severity === 'error' && !expectedAt(x)))
    out.push(`false error ${x.code} at row ${x.row}${x.column ? ` column ${x.column}` : ''}: ${x.message}`);
  for (const code of exp.mustNotFind ?? [])
    for (const x of s.findings.filter((x) => x.code === code))
      out.push(`wrongly reported ${code} at row ${x.row}`);

  const text = nfc(s.narrative ?? '');
  for (const t of exp.narrativeMustContain ?? [])
    if (!text.includes(nfc(t))) parts.narrative.push(`narrative lacks "${t}" (it says: ${text})`);
  for (const t of exp.narrativeMustNotContain ?? [])
    if (text.toLowerCase().includes(nfc(t).toLowerCase()))
      parts.narrative.push(`narrative wrongly says "${t}"`);
  return parts;
}
