import type { Finding } from '../../src/core/report';
import { countBySeverity, groupFindings } from '../../src/taskpane/findings';
import { report, sheet } from './reportSample';

const f = (
  severity: Finding['severity'],
  row: number | null,
  code: Finding['code'] = 'parts-mismatch',
): Finding => ({
  severity,
  code,
  row,
  column: 'C',
  message: `${code} ${row}`,
});

describe('findings', () => {
  const r = report([
    sheet({ findings: [f('warning', 15), f('error', 19, 'total-mismatch'), f('error', 12)] }),
    sheet({ sheet: 'Trống', kind: 'empty', findings: [f('info', null, 'empty-sheet')] }),
    sheet({ sheet: 'Không lỗi', findings: [] }),
  ]);
  r.findings.push({ ...f('warning', 3, 'duplicate-unit'), sheet: 'Trống' });

  it('groups by sheet, then error, warning, info, each in row order', () => {
    const groups = groupFindings(r);
    expect(groups.map((g) => g.sheet)).toEqual(['Tháng 4-2024', 'Trống']);
    expect(groups[0].groups.map((g) => [g.severity, g.findings.map((x) => x.row)])).toEqual([
      ['error', [12, 19]],
      ['warning', [15]],
    ]);
    expect(groups[1].groups.map((g) => g.severity)).toEqual(['warning', 'info']);
  });

  it('counts workbook-level findings too', () => {
    expect(countBySeverity(r)).toEqual({ error: 2, warning: 2, info: 1 });
  });
});
