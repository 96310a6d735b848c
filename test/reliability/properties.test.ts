/**
 * Properties of the engine over generated input (fast-check): it never throws; consistent tables give
 * the contract's figures and no error; the output workbook summarizes to the same figures; the source
 * sheets keep their values and formulas through the ExcelJS adapter.
 */
import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import { summarizeWorkbook, type EngineOptions } from '../../src/core/engine';
import { isCountMetric } from '../../src/core/metrics/catalog';
import { METRIC_IDS } from '../../src/core/report';
import type { Report } from '../../src/core/report';
import { SHEET_KINDS } from '../../src/core/schema';
import { buildSummaryLayout, highlightMarks, SETTINGS_SHEET } from '../../src/core/summary';
import { gridArb } from './support/arbGrid';
import { expectedOf, gridOf, tableArb, type GenTable } from './support/arbTable';
import { checkFinite } from './support/checks';
import { loadWorkbook, runPipeline, snapshot, snapshotDiff } from './support/pipeline';
import { workbookOf, type Cell } from './support/workbook';

const RUNS = { pure: Number(process.env.FC_RUNS ?? 200), io: Number(process.env.FC_IO_RUNS ?? 50) };
const SHEET = 'Bảng số liệu';

const optionsArb: fc.Arbitrary<EngineOptions> = fc.record({
  source: fc.constant('t.xlsx'),
  lang: fc.constantFrom('vi' as const, 'en' as const),
  thresholds: fc
    .dictionary(fc.constantFrom(...METRIC_IDS), fc.double({ min: 0, max: 1, noNaN: true }))
    .map((t) =>
      Object.fromEntries(
        Object.entries(t).map(([k, v]) => [k, isCountMetric(k as never) ? Math.round(v * 5) : v]),
      ),
    ),
  kindOverrides: fc.dictionary(
    fc.constantFrom('Sheet1', 'Tháng 4-2024', 'Số hóa'),
    fc.constantFrom(...SHEET_KINDS),
  ),
  columnOverrides: fc.dictionary(
    fc.constantFrom('Sheet1', 'Tháng 4-2024'),
    fc.dictionary(
      fc.constantFrom('name', 'resTotal', 'recvOnline', 'issued', 'nonsense'),
      fc.constantFrom('A', 'C', 'Z', 'XFD'),
    ),
  ),
});

const unitFigures = (r: Report) =>
  r.sheets.map((s) => ({
    sheet: s.sheet,
    kind: s.kind,
    units: s.units.map((u) => ({ name: u.name, row: u.row, metrics: u.metrics })),
  }));

/** The generated table as .xlsx bytes, numbers in every other figure cell written as formulas with results. */
async function xlsxOf(t: GenTable, formulaEvery: number): Promise<Buffer> {
  let k = 0;
  const rows = t.rows.map((row) =>
    row.map((v): Cell =>
      typeof v === 'number' && ++k % formulaEvery === 0 ? { formula: `${v}+0`, result: v } : v,
    ),
  );
  const wb = workbookOf({ name: SHEET, rows, merges: t.merges, numFmts: t.numFmts });
  wb.addWorksheet('Ghi chú').getCell('B2').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellValue;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('engine properties', () => {
  it('(a) never throws on arbitrary grids, and its report and summary are well formed', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), optionsArb, (grids, options) => {
        const report = summarizeWorkbook(grids, options);
        expect(report.sheets.map((s) => s.sheet)).toEqual(grids.map((g) => g.name));
        expect(checkFinite(report)).toEqual([]);
        JSON.stringify(report);
        buildSummaryLayout(report, {
          lang: options.lang ?? 'vi',
          sheetName: 'Tổng hợp CCHC',
          date: new Date(2024, 4, 1),
        });
        for (const m of highlightMarks(report)) expect(m.row).toBeGreaterThan(0);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('(b) consistent tables: rates follow the formulas, totals are the sums, no error', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const s = summarizeWorkbook([gridOf(SHEET, t)], { source: 't.xlsx' }).sheets[0];
        expect(s.kind).toBe('dossier-stats');
        expect(s.units.map((u) => u.name)).toEqual(t.units.map((u) => u.name));
        s.units.forEach((u, i) => {
          const e = expectedOf(t.units[i], t.postal);
          expect(u.metrics.onTimeRate).toEqual(e.onTimeRate);
          expect(u.metrics.onlineRate).toEqual(e.onlineRate);
        });
        const sum = (f: (u: (typeof t.units)[number]) => number) => t.units.reduce((n, u) => n + f(u), 0);
        const res = sum((u) => u.v.res);
        const ok = sum((u) => u.v.early + u.v.onTime);
        expect(s.total?.onTimeRate).toEqual({
          value: res ? ok / res : null,
          numerator: ok,
          denominator: res,
        });
        const fresh = sum((u) => u.v.online + u.v.direct + u.v.postal);
        expect(s.total?.onlineRate?.denominator).toBe(fresh);
        expect(s.total?.onlineRate?.numerator).toBe(sum((u) => u.v.online));
        expect(s.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('(c) summarizing the output workbook gives the same unit figures as the input', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, fc.integer({ min: 2, max: 5 }), async (t, every) => {
        const first = await runPipeline(await xlsxOf(t, every), 'in.xlsx');
        const second = await runPipeline(first.output, 'out.xlsx');
        expect(first.report.sheets[0].units.map((u) => u.name)).toEqual(t.units.map((u) => u.name));
        expect(second.sources).toEqual(first.sources);
        expect(unitFigures(second.report)).toEqual(unitFigures(first.report));
        // The second run replaces its own summary instead of adding "(2)".
        expect(second.summarySheet).toBe(first.summarySheet);
        const out = await loadWorkbook(second.output);
        // Our very hidden settings sheet holds the backup of shaded cells' styles, when any was shaded.
        const shown = out.worksheets.filter((w) => w.name !== SETTINGS_SHEET);
        expect(shown.map((w) => w.name)).toEqual([SHEET, 'Ghi chú', first.summarySheet]);
        expect(out.getWorksheet(SETTINGS_SHEET)?.state ?? 'veryHidden').toBe('veryHidden');
      }),
      { numRuns: RUNS.io },
    );
  });

  it('(d) source sheets keep every value and formula after the summary and highlights are written', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, fc.integer({ min: 1, max: 4 }), async (t, every) => {
        const bytes = await xlsxOf(t, every);
        const res = await runPipeline(bytes, 'in.xlsx');
        const before = snapshot(await loadWorkbook(bytes), [SHEET, 'Ghi chú']);
        const after = snapshot(await loadWorkbook(res.output), [SHEET, 'Ghi chú']);
        expect(snapshotDiff(before, after)).toEqual([]);
      }),
      { numRuns: RUNS.io },
    );
  });
});
