import { summarizeWorkbook } from '../../../src/core/engine';
import { LAYOUTS } from './index';
const name = process.argv[2];
const l = LAYOUTS.map((m) => m()).find((x) => x.name === name)!;
const r = summarizeWorkbook([l.grid], { source: 'x', thresholds: l.expected.thresholds as never });
const s = r.sheets[0];
if (process.argv[3] === 'grid') l.grid.values.forEach((row, i) => console.log(i + 1, JSON.stringify(row)));
console.log(
  JSON.stringify(
    {
      kind: s.kind,
      period: s.period,
      headerRows: s.headerRows,
      columns: s.columns,
      findings: s.findings,
      units: s.units.map((u) => [u.row, u.name, u.level]),
    },
    null,
    1,
  ),
);
console.log('total', JSON.stringify(s.total), 'bench', JSON.stringify(s.benchmark));
console.log(s.narrative);
