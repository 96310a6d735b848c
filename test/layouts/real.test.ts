/**
 * The real-layout corpus (test/layouts/real): each layout's sheet through the engine, compared with the
 * figures computed from the rows it generated. Three parts per layout: figures (kind, period, header,
 * units and their metrics, total, benchmark, below lists, findings), scope and unit levels, narrative.
 * A part the engine still reads wrong runs as test.failing and is listed in real/KNOWN_GAPS.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { summarizeWorkbook } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import type { MetricId } from '../../src/core/report';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import { differences, type Part } from './real/check';
import { checkerJson } from './real/expected';
import { LAYOUTS } from './real/index';
import type { RealLayout } from './real/layout';

const PARTS: Part[] = ['figures', 'scope', 'narrative'];
const XLSX = path.join(__dirname, 'real', 'xlsx');

function found(layout: RealLayout, grid: Grid) {
  const report = summarizeWorkbook([grid], {
    source: `${layout.name}.xlsx`,
    thresholds: layout.expected.thresholds as Partial<Record<MetricId, number>>,
  });
  return differences(
    report.sheets.find((s) => s.sheet === layout.expected.sheet),
    layout.expected,
  );
}

describe.each(LAYOUTS.map((make) => make()))('$name', (layout) => {
  const got = found(layout, layout.grid);
  const narrated =
    layout.expected.narrativeMustContain?.length || layout.expected.narrativeMustNotContain?.length;
  for (const part of PARTS.filter((p) => p !== 'narrative' || narrated)) {
    const run = layout.knownGaps?.[part] ? test.failing : test;
    run(part, () => expect(got[part]).toEqual([]));
  }

  // The committed files (for the shared checker) must be the ones generate.ts writes today.
  test('its committed .xlsx reads the same and its .expected.json is current', async () => {
    const json = JSON.parse(fs.readFileSync(path.join(XLSX, `${layout.name}.expected.json`), 'utf8'));
    expect(json).toEqual(checkerJson(layout));
    const wb = await openWorkbook(fs.readFileSync(path.join(XLSX, `${layout.name}.xlsx`)));
    const [grid] = await new XlsxHost(wb).readSheets();
    expect(found(layout, grid)).toEqual(got);
  });
});
