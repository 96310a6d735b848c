/** Findings grouped the way the pane lists them: by sheet, then by severity, in row order. */
import type { Finding, Report, Severity } from '../core';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetFindings {
  sheet: string;
  groups: SeverityGroup[];
}

/** Every finding of the report with the sheet it belongs to. */
export function allFindings(report: Report): (Finding & { sheet: string })[] {
  const perSheet = report.sheets.flatMap((s) => s.findings.map((f) => ({ ...f, sheet: f.sheet ?? s.sheet })));
  const workbook = report.findings.map((f) => ({ ...f, sheet: f.sheet ?? '' }));
  return [...perSheet, ...workbook];
}

export function groupFindings(report: Report): SheetFindings[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of allFindings(report)) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return [...bySheet].map(([sheet, findings]) => ({
    sheet,
    groups: SEVERITY_ORDER.map((severity) => ({
      severity,
      findings: findings.filter((f) => f.severity === severity).sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    })).filter((g) => g.findings.length > 0),
  }));
}

export function countBySeverity(report: Report): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of allFindings(report)) counts[f.severity]++;
  return counts;
}
