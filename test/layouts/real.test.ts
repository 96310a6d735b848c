/**
 * The real-layout corpus (test/layouts/real): each layout's sheet through the engine, compared with the
 * figures computed from the rows it generated. Three parts per layout: figures (kind, period, header,
 * units and their metrics, total, benchmark, below lists, findings), scope and unit levels, narrative.
 * A part the engine still reads wrong runs as test.failing and is listed in real/KNOWN_GAPS.md.
 */
import { summarizeWorkbook } from '../../src/core/engine';
import type { MetricId } from '../../src/core/report';
import { differences, type Part } from './real/check';
import { LAYOUTS } from './real/index';

const PARTS: Part[] = ['figures', 'scope', 'narrative'];

describe.each(LAYOUTS.map((make) => make()))('$name', (layout) => {
  const report = summarizeWorkbook([layout.grid], {
    source: `${layout.name}.xlsx`,
    thresholds: layout.expected.thresholds as Partial<Record<MetricId, number>>,
  });
  const found = differences(
    report.sheets.find((s) => s.sheet === layout.expected.sheet),
    layout.expected,
  );
  const narrated =
    layout.expected.narrativeMustContain?.length || layout.expected.narrativeMustNotContain?.length;
  for (const part of PARTS.filter((p) => p !== 'narrative' || narrated)) {
    const run = layout.knownGaps?.[part] ? test.failing : test;
    run(part, () => expect(found[part]).toEqual([]));
  }
});
