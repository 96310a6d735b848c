/** Our own summary sheet read back as last period: the same units, counts, rates and verdicts. */
import ExcelJS from 'exceljs';
import { readSummary } from '../../src/core/summary/readBack';
import { compareWithPrevious } from '../../src/core/compare/periods';
import { buildSummaryLayout } from '../../src/core/summary';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { readGrid } from '../xlsx/excelJsGrid';
import { reportOf } from '../helpers/fixtures';

async function summaryGrid(fixture: string, lang: 'vi' | 'en' = 'vi') {
  const report = await reportOf(fixture);
  const source = new ExcelJS.Workbook();
  source.addWorksheet('Số liệu');
  const host = new XlsxHost(await openWorkbook(new Uint8Array(await source.xlsx.writeBuffer())));
  const { sheetName } = await host.writeSummary(
    buildSummaryLayout(report, { lang, sheetName: 'Tổng hợp CCHC' }),
  );
  const written = new ExcelJS.Workbook();
  await written.xlsx.load(host.save() as unknown as ArrayBuffer);
  return { report, grid: readGrid(written.getWorksheet(sheetName)!) };
}

describe('reading our summary sheet back', () => {
  it('gives each rate table’s units with their counts, rate and verdict', async () => {
    const { report, grid } = await summaryGrid('ho-so-an-lao-2024-04');
    const [sheet] = readSummary(grid);
    expect(sheet).toMatchObject({
      sheet: 'Tháng 4-2024',
      kind: 'dossier-stats',
      period: { from: '2024-03-15', to: '2024-04-14' },
    });
    expect(sheet.units).toHaveLength(19);
    const tuPhap = sheet.units.find((u) => u.name === 'Phòng Tư pháp')!;
    expect(tuPhap.metrics).toEqual({
      onTimeRate: { value: 32 / 33, numerator: 32, denominator: 33 },
      onlineRate: { value: 27 / 29, numerator: 27, denominator: 29 },
    });
    expect(tuPhap.below).toEqual(['onTimeRate']);
    // Every rate and verdict as the engine had them.
    for (const u of report.sheets[0].units) {
      const back = sheet.units.find((b) => b.name === u.name)!;
      expect(back.metrics.onlineRate?.value).toBeCloseTo(u.metrics.onlineRate!.value!, 12);
      expect(back.below).toEqual(u.below.filter((id) => id === 'onTimeRate' || id === 'onlineRate'));
    }
  });

  it('reads an English summary, and a digitization one', async () => {
    const { grid } = await summaryGrid('so-hoa-quy-hop-2024-10', 'en');
    const [sheet] = readSummary(grid);
    expect(sheet.kind).toBe('digitization-payment');
    expect(sheet.period).toEqual({ from: '2024-09-12', to: '2024-10-12' });
    const quyHop = sheet.units.find((u) => u.name.endsWith('Quỳ Hợp'))!;
    expect(quyHop.metrics.onlinePaymentRate).toEqual({ value: 34 / 46, numerator: 34, denominator: 46 });
  });

  it('finds nothing in a sheet that is not ours', () => {
    expect(
      readSummary({
        name: 'x',
        values: [
          ['STT', 'Tên'],
          [1, 'Xã A'],
        ],
        merges: [],
      }),
    ).toEqual([]);
  });
});

describe('last period from our summary', () => {
  it('matches every unit, so a rerun of the same month changes nothing and repeats each miss', async () => {
    const { grid } = await summaryGrid('ho-so-an-lao-2024-04');
    // As if that summary had been made last month.
    const previous = readSummary(grid).map((s) => ({
      ...s,
      period: { from: '2024-02-15', to: '2024-03-14' },
    }));
    const { sheets } = await reportOf('ho-so-an-lao-2024-04');
    const [match] = compareWithPrevious(sheets, { source: 'Tổng hợp CCHC', sheets: previous });
    expect(match).toEqual({
      sheet: 'Tháng 4-2024',
      previousSheet: 'Tháng 4-2024',
      matched: 19,
      unmatched: [],
      unmatchedPrevious: [],
    });
    for (const u of sheets[0].units) {
      expect(u.change).toEqual({ onTimeRate: 0, onlineRate: 0 });
      const rated = u.below.filter((id) => id === 'onTimeRate' || id === 'onlineRate');
      expect(u.belowTwice).toEqual(rated.length ? rated : undefined);
    }
  });
});
