/**
 * The output workbook is the input package patched: every part of the input comes out with the same
 * compressed bytes, except the parts the summary must touch, and those keep everything they held.
 * Corpus: test/package/corpus (charts, a chart sheet, an image, notes, links to other sheets, data
 * validation, conditional formats, a table and an autofilter, defined names of every kind, sheet and
 * workbook protection, page breaks, print titles, a pivot table, a VBA project, threaded comments, an
 * external link, absolute relationship targets; `python3 test/package/make-corpus.py`) and the fixtures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { summarizeWorkbook } from '../../src/core/engine';
import { isCountMetric } from '../../src/core/metrics/catalog';
import { METRIC_IDS } from '../../src/core/report';
import { defaultSettings } from '../../src/core/schema';
import { buildSummaryLayout, highlightMarks } from '../../src/core/summary';
import { openWorkbook, XlsxHost } from '../../src/xlsx';
import {
  findEntry,
  partText,
  relationshipsOf,
  relsPartOf,
  type WorkbookPackage,
} from '../../src/xlsx/workbookPackage';
import { rawData, zipEntries } from '../../src/xlsx/zip';
import { FIXTURES } from '../helpers/fixtures';

const CORPUS = path.join(__dirname, 'corpus');
const files = [
  ...fs.readdirSync(CORPUS).map((f) => path.join(CORPUS, f)),
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(FIXTURES, f)),
];
/** Every rate target at 0: no rate is below, so the first run's shaded rates must lose their shading. */
const NO_RATE_TARGETS = Object.fromEntries(
  METRIC_IDS.filter((id) => !isCountMetric(id)).map((id) => [id, 0]),
);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pkg-'));

async function run(bytes: Uint8Array, thresholds?: Record<string, number>) {
  const host = new XlsxHost(await openWorkbook(bytes));
  const settings = (await host.loadSettings()) ?? defaultSettings();
  const report = summarizeWorkbook(await host.readSheets(), {
    source: 'x.xlsx',
    thresholds: { ...settings.thresholds, ...thresholds },
  });
  await host.writeSummary(buildSummaryLayout(report, { lang: 'vi', sheetName: settings.summarySheetName }));
  await host.clearHighlights();
  const marks = highlightMarks(report);
  await host.highlight(marks);
  return { output: host.save(), marks, report };
}

const wellFormed = (xml: string) => {
  const p = new SaxesParser();
  p.write(xml).close();
  return true;
};
const withoutStyles = (xml: string) => xml.replace(/(<(?:\w+:)?c\b[^>]*?)\ss="\d+"/g, '$1');
/** Start tags and elements of an XML part, to check none of the input's went missing. */
const elements = (xml: string, name: string) =>
  xml.match(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g')) ?? [];

function partsOf(pkg: WorkbookPackage) {
  const rels = relationshipsOf(pkg, pkg.workbookPart);
  const styles = rels.find((r) => r.type.endsWith('/styles'))?.target;
  return { styles, rels: relsPartOf(pkg.workbookPart) };
}

describe.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  const bytes = new Uint8Array(fs.readFileSync(file));
  let result: Awaited<ReturnType<typeof run>>;
  let input: WorkbookPackage;
  let output: WorkbookPackage;
  let shaded: Set<string>;

  beforeAll(async () => {
    result = await run(bytes);
    input = await openWorkbook(bytes);
    output = await openWorkbook(result.output);
    shaded = new Set(
      result.marks.map((m) => input.sheets.find((s) => s.name === m.sheet)!.part!.toLowerCase()),
    );
  });

  it('copies every other part with its compressed bytes untouched', () => {
    const { styles, rels } = partsOf(input);
    const allowed = new Set(
      ['[Content_Types].xml', input.workbookPart, rels, styles ?? ''].map((p) => p.toLowerCase()),
    );
    const outEntries = new Map(zipEntries(result.output).map((e) => [e.name, e]));
    const changed: string[] = [];
    for (const e of zipEntries(bytes)) {
      const out = outEntries.get(e.name);
      expect(out).toBeDefined();
      if (allowed.has(e.name.toLowerCase()) || shaded.has(e.name.toLowerCase())) continue;
      const same =
        out!.crc === e.crc && Buffer.from(rawData(result.output, out!)!).equals(rawData(bytes, e)!);
      if (!same) changed.push(e.name);
    }
    expect(changed).toEqual([]);
    expect(result.marks.length === 0 || shaded.size > 0).toBe(true);
  });

  it('changes only the style index of shaded cells in source sheets', () => {
    for (const part of shaded) {
      const before = partText(input, part)!;
      const after = partText(output, part)!;
      expect(after).not.toBe(before);
      expect(withoutStyles(after)).toBe(withoutStyles(before));
    }
  });

  it('keeps every sheet, defined name, relationship, content type and style of the input', () => {
    const { styles, rels } = partsOf(input);
    const wbIn = partText(input, input.workbookPart)!;
    const wbOut = partText(output, output.workbookPart)!;
    expect(wellFormed(wbOut)).toBe(true);
    for (const name of [
      'sheet',
      'definedName',
      'workbookProtection',
      'externalReference',
      'pivotCache',
      'calcPr',
      'workbookPr',
    ])
      for (const el of elements(wbIn, name)) expect(wbOut).toContain(el);
    expect(output.sheets.slice(0, input.sheets.length)).toEqual(input.sheets);
    for (const el of elements(partText(input, rels)!, 'Relationship'))
      expect(partText(output, rels)).toContain(el);
    const ctOut = partText(output, '[Content_Types].xml')!;
    expect(wellFormed(ctOut)).toBe(true);
    for (const name of ['Default', 'Override'])
      for (const el of elements(partText(input, '[Content_Types].xml')!, name)) expect(ctOut).toContain(el);
    if (styles) {
      const sIn = partText(input, styles)!;
      const sOut = partText(output, styles)!;
      expect(wellFormed(sOut)).toBe(true);
      // Appended only: each block's original children stay first, in order.
      for (const block of [
        'numFmts',
        'fonts',
        'fills',
        'borders',
        'cellXfs',
        'cellStyleXfs',
        'cellStyles',
        'dxfs',
      ]) {
        const inner = new RegExp(`<${block}\\b[^>]*>([\\s\\S]*?)</${block}>`).exec(sIn)?.[1];
        if (inner)
          expect(sOut).toMatch(
            new RegExp(`<${block}\\b[^>]*>${inner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          );
      }
    }
  });

  it('adds only the summary and settings sheets, each well-formed', () => {
    const before = new Set(zipEntries(bytes).map((e) => e.name.toLowerCase()));
    const added = zipEntries(result.output).filter((e) => !before.has(e.name.toLowerCase()));
    for (const e of added) {
      expect(e.name).toMatch(
        /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|drawings\/(_rels\/)?baocaocchc-drawing\d*\.xml(\.rels)?|charts\/baocaocchc-chart\d+\.xml)$/,
      );
      expect(wellFormed(partText(output, e.name)!)).toBe(true);
    }
    expect(output.sheets.slice(input.sheets.length).map((s) => [s.name, s.state])).toEqual(
      result.marks.length
        ? [
            ['Tổng hợp CCHC', 'visible'],
            ['_BaoCaoCCHC', 'veryHidden'],
          ]
        : [['Tổng hợp CCHC', 'visible']],
    );
  });

  it('passes the shared compare-packages check', () => {
    const out = path.join(tmp, path.basename(file));
    fs.writeFileSync(out, result.output);
    const { styles, rels } = partsOf(input);
    const allow = [
      '[Content_Types].xml',
      input.workbookPart,
      rels,
      styles ?? 'xl/styles.xml',
      'docProps/app.xml',
      ...[...shaded].map((p) => findEntry(input, p)!.name),
    ];
    const r = spawnSync(
      'python3',
      [
        path.join(__dirname, '..', '..', '..', 'shared', 'tools', 'compare-packages.py'),
        file,
        out,
        '--allow',
        ...allow,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toMatch(/ 0 lost, 0 changed, \d+ new/);
    expect(r.status).toBe(0);
  });

  it('restores the source sheets byte for byte when the shading is cleared', async () => {
    const host = new XlsxHost(await openWorkbook(result.output));
    await host.clearHighlights();
    const cleared = await openWorkbook(host.save());
    for (const s of input.sheets.filter((s) => s.part))
      expect(partText(cleared, s.part!)).toBe(partText(input, s.part!));
  });

  it('a re-run with other thresholds replaces its summary and leaves no old shading', async () => {
    const again = await run(result.output, NO_RATE_TARGETS);
    const pkg = await openWorkbook(again.output);
    expect(pkg.sheets.filter((s) => s.name.startsWith('Tổng hợp CCHC')).map((s) => s.name)).toEqual([
      'Tổng hợp CCHC',
    ]);
    const fresh = new Set(again.marks.map((m) => `${m.sheet}!${m.column}${m.row}`));
    if (result.marks.length) expect(fresh.size).toBeLessThan(result.marks.length);
    for (const m of result.marks) {
      if (fresh.has(`${m.sheet}!${m.column}${m.row}`)) continue;
      const part = input.sheets.find((s) => s.name === m.sheet)!.part!;
      const style = (xml: string) =>
        new RegExp(`<c r="${m.column}${m.row}"[^>]*?\\ss="(\\d+)"`).exec(xml)?.[1];
      expect(style(partText(pkg, part)!)).toBe(style(partText(input, part)!));
    }
  });
});
