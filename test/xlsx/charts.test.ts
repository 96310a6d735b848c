/**
 * The summary in the file carries one native chart per indicator table: the units' rates as columns,
 * the target as a line, both referencing (and caching) the data block beside the tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { summarizeWorkbook } from '../../src/core/engine';
import { buildSummaryLayout, highlightMarks } from '../../src/core/summary';
import { openWorkbook, XlsxHost } from '../../src/xlsx';
import { partText, relationshipsOf } from '../../src/xlsx/workbookPackage';
import { FIXTURES } from '../helpers/fixtures';

async function summarized(bytes: Uint8Array) {
  const host = new XlsxHost(await openWorkbook(bytes));
  const report = summarizeWorkbook(await host.readSheets(), { source: 'so-hoa-quy-hop-2024-10.xlsx' });
  const layout = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' });
  await host.writeSummary(layout);
  await host.clearHighlights();
  await host.highlight(highlightMarks(report));
  return { layout, pkg: await openWorkbook(host.save()) };
}

describe('charts in the file', () => {
  const input = new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'so-hoa-quy-hop-2024-10.xlsx')));

  it('links one chart per indicator table from the summary sheet', async () => {
    const { layout, pkg } = await summarized(input);
    expect(layout.charts!.map((c) => c.title)).toEqual([
      'Tỷ lệ số hóa hồ sơ',
      'Tỷ lệ số hóa kết quả giải quyết',
      'Tỷ lệ thanh toán trực tuyến',
      'Tỷ lệ hồ sơ đồng bộ lên Cổng DVC',
    ]);
    const summary = pkg.sheets.find((s) => s.name === 'Tổng hợp CCHC')!;
    expect(partText(pkg, summary.part!)).toContain('<drawing r:id="rIdCchcDrawing"/>');
    const [drawing] = relationshipsOf(pkg, summary.part!);
    expect(drawing).toMatchObject({
      type: expect.stringMatching(/\/drawing$/),
      target: 'xl/drawings/baocaocchc-drawing1.xml',
    });
    const charts = relationshipsOf(pkg, drawing.target);
    expect(charts.map((c) => c.target)).toEqual(
      [1, 2, 3, 4].map((n) => `xl/charts/baocaocchc-chart${n}.xml`),
    );
    const types = partText(pkg, '[Content_Types].xml')!;
    for (const c of charts)
      expect(types).toContain(
        `<Override PartName="/${c.target}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
  });

  it('draws the rates as columns and the target as a line over the data block', async () => {
    const { layout, pkg } = await summarized(input);
    const spec = layout.charts![0];
    const xml = partText(pkg, 'xl/charts/baocaocchc-chart1.xml')!;
    expect(xml).toContain('<a:t>Tỷ lệ số hóa hồ sơ</a:t>');
    expect(xml).toMatch(/<c:barChart><c:barDir val="col"\/>/);
    expect(xml).toContain('<c:lineChart>');
    const f = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;|&#39;/g, "'"));
    const first = spec.firstRow + 1;
    expect(f).toEqual([
      `'Tổng hợp CCHC'!$V$${spec.firstRow}`,
      `'Tổng hợp CCHC'!$U$${first}:$U$${spec.lastRow}`,
      `'Tổng hợp CCHC'!$V$${first}:$V$${spec.lastRow}`,
      `'Tổng hợp CCHC'!$W$${spec.firstRow}`,
      `'Tổng hợp CCHC'!$U$${first}:$U$${spec.lastRow}`,
      `'Tổng hợp CCHC'!$W$${first}:$W$${spec.lastRow}`,
    ]);
    // 22 communes, the lowest first: Châu Lý 88,92% against the 80% target.
    expect(xml).toContain('<c:ptCount val="22"/><c:pt idx="0"><c:v>Châu Lý</c:v></c:pt>');
    expect(xml).toMatch(
      /<c:numCache><c:formatCode>0.00%<\/c:formatCode><c:ptCount val="22"\/><c:pt idx="0"><c:v>0\.889/,
    );
    expect(xml).toMatch(/<c:ptCount val="22"\/><c:pt idx="0"><c:v>0\.8<\/c:v><\/c:pt>/);
    // The cells the chart reads are in the sheet, off the printed area (A:I).
    const sheet = partText(pkg, pkg.sheets.find((s) => s.name === 'Tổng hợp CCHC')!.part!)!;
    expect(sheet).toContain(`<c r="U${first}" s="`);
    expect(partText(pkg, pkg.workbookPart)).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Tổng hợp CCHC'!$A$1:$I$`,
    );
  });

  it('a re-run replaces the chart parts instead of adding more', async () => {
    const once = await summarized(input);
    const twice = await summarized(once.pkg.bytes);
    const own = (names: string[]) => names.filter((n) => n.includes('baocaocchc')).sort();
    expect(own(twice.pkg.entries.map((e) => e.name))).toEqual(own(once.pkg.entries.map((e) => e.name)));
    expect(own(twice.pkg.entries.map((e) => e.name))).toHaveLength(6);
    const types = partText(twice.pkg, '[Content_Types].xml')!;
    expect(types.match(/baocaocchc-chart1\.xml/g)).toHaveLength(1);
  });
});
