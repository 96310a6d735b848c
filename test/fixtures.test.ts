/** Every sample workbook gives the figures of its .expected.json: rates within 0.0001, counts exact. */
import type { MetricId } from '../src/core/metrics/ids';
import { expected, fixtureNames, fullName, reportOf } from './helpers/fixtures';

describe.each(fixtureNames())('%s', (name) => {
  const exp = expected(name);
  let sheet: Awaited<ReturnType<typeof reportOf>>['sheets'][number];
  let report: Awaited<ReturnType<typeof reportOf>>;

  beforeAll(async () => {
    report = await reportOf(name, exp.thresholds);
    sheet = report.sheets.find((s) => s.sheet === exp.sheet)!;
  });

  it('recognizes the sheet, its period and header', () => {
    expect(sheet.kind).toBe(exp.kind);
    if (exp.period) expect(sheet.period).toMatchObject(exp.period);
    if (exp.headerRows) expect(sheet.headerRows).toEqual(exp.headerRows);
    if (exp.scope) expect(sheet.scope).toMatchObject(exp.scope);
    for (const [other, kind] of Object.entries(exp.otherSheets ?? {}))
      expect(report.sheets.find((s) => s.sheet === other)?.kind).toBe(kind);
  });

  it('gives each unit its row and figures', () => {
    if (!exp.units) return;
    expect(sheet.units).toHaveLength(exp.units.length);
    for (const u of exp.units) {
      const got = sheet.units.find((x) => fullName(x.name) === fullName(u.name));
      expect(got).toBeDefined();
      if (u.row) expect(got!.row).toBe(u.row);
      if (u.level) expect(got!.level).toBe(u.level);
      for (const [id, m] of Object.entries(u.metrics ?? {})) {
        const g = got!.metrics[id as MetricId]!;
        expect(g.value).toBeCloseTo(m.value, 4);
        if (m.denominator !== undefined)
          expect([g.numerator, g.denominator]).toEqual([m.numerator, m.denominator]);
      }
    }
  });

  it('gives the totals, benchmark and leaders', () => {
    for (const [id, m] of Object.entries(exp.total ?? {}))
      expect(sheet.total?.[id as keyof NonNullable<typeof sheet.total>]?.value).toBeCloseTo(m.value, 4);
    for (const [id, v] of Object.entries(exp.benchmark ?? {}))
      if (id !== 'row')
        expect(sheet.benchmark?.[id as keyof NonNullable<typeof sheet.benchmark>]).toBeCloseTo(v, 4);
    for (const l of exp.leaders ?? []) {
      const got = sheet.leaders.find((x) => x.row === l.row)!;
      expect([got.unit, got.name]).toEqual([l.unit, l.name]);
      expect(got.metrics.signatureRate?.value).toBeCloseTo(l.signatureRate, 4);
    }
  });

  it('lists exactly the units below threshold', () => {
    for (const [id, names] of Object.entries(exp.below ?? {})) {
      const got = sheet.units.filter((u) => u.below.includes(id as never)).map((u) => fullName(u.name));
      expect(got.sort()).toEqual(names.map(fullName).sort());
    }
  });

  it('reports every listed fault at its row and column, and no error on a clean sheet', () => {
    for (const f of exp.findings ?? [])
      expect(sheet.findings).toContainEqual(
        expect.objectContaining({ code: f.code, row: f.row, ...(f.column ? { column: f.column } : {}) }),
      );
    if (exp.findings?.length === 0) expect(sheet.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const code of exp.mustNotFind ?? [])
      expect(sheet.findings.filter((f) => f.code === code)).toEqual([]);
  });

  it('writes the paragraph the letters need', () => {
    const text = sheet.narrative.normalize('NFC').replace(/\u00a0/g, ' ');
    for (const t of exp.narrativeMustContain ?? []) expect(text).toContain(t.normalize('NFC'));
    for (const t of exp.narrativeMustNotContain ?? [])
      expect(text.toLowerCase()).not.toContain(t.normalize('NFC').toLowerCase());
  });
});
