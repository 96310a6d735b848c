/**
 * How a check reports: each check declares its finding (code, severity, messages in vi and en) next
 * to its logic with `defineFinding`, like an ESLint rule's meta.messages, and raises it into the
 * sheet's sink. The texts of a finding are in the file of the check that raises it.
 */
import type { Lang } from './lang';
import type { Finding, FindingCode, Severity } from './report';

export interface FindingSink {
  lang: Lang;
  sheet: string;
  add(f: Omit<Finding, 'sheet'>): void;
  list: Finding[];
}

export function findingSink(sheet: string, lang: Lang): FindingSink {
  const list: Finding[] = [];
  return { lang, sheet, list, add: (f) => list.push({ ...f, sheet }) };
}

type Args = Record<string, string | number>;

export interface FindingRule<A extends Args = Args> {
  code: FindingCode;
  /** Default severity; a call may raise it at another one (a printed rate is only a warning). */
  severity: Severity;
  messages: Record<Lang, (args: A) => string>;
}

export function defineFinding<A extends Args = Record<never, never>>(rule: FindingRule<A>): FindingRule<A> {
  return rule;
}

export interface Where {
  /** 1-based sheet row, or null for the whole sheet. */
  row: number | null;
  column?: string;
  unit?: string;
  severity?: Severity;
}

export function addFinding<A extends Args>(
  sink: FindingSink,
  rule: FindingRule<A>,
  where: Where,
  args: A,
): void {
  const f: Omit<Finding, 'sheet'> = {
    severity: where.severity ?? rule.severity,
    code: rule.code,
    row: where.row,
    message: rule.messages[sink.lang](args),
  };
  if (where.column) f.column = where.column;
  if (where.unit) f.unit = where.unit;
  sink.add(f);
}
