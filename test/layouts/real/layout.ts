/**
 * What a corpus layout is: a sheet reproduced from a real system's export (or designed after the 2025
 * reform), plus what the engine must read from it. Expected figures are computed from the generated
 * data with the contract's formulas (see counts.ts), never typed in.
 */
import type { Grid } from '../../../src/core/grid';

export type Level = 'department' | 'district' | 'commune' | 'field' | null;

export interface ExpectedMetric {
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface ExpectedUnit {
  name: string;
  row: number;
  level: Level;
  metrics: Record<string, ExpectedMetric>;
}

/** The shape of ../shared/fixtures/*.expected.json, which the shared checker reads. */
export interface Expected {
  description: string;
  sheet: string;
  kind: string;
  period: { from: string; to: string } | null;
  headerRows: [number, number] | null;
  scope: { level: 'province' | 'district' | 'commune'; name: string } | null;
  thresholds: Record<string, number>;
  units: ExpectedUnit[];
  total: Record<string, ExpectedMetric> | null;
  benchmark?: Record<string, number>;
  below: Record<string, string[]>;
  findings: { code: string; row: number; column?: string }[];
  mustNotFind?: string[];
  narrativeMustContain?: string[];
  narrativeMustNotContain?: string[];
}

export interface RealLayout {
  /** File stem of the generated workbook. */
  name: string;
  /** Where the header comes from: "owner/repo path", or "own design (2026)". */
  source: string;
  /** What the layout makes the engine do, in a line. */
  exercises: string;
  grid: Grid;
  expected: Expected;
  /**
   * The parts (figures, scope, narrative) the engine reads wrong today, each with a line on why: those
   * run as test.failing and KNOWN_GAPS.md lists them. Remove an entry when the engine gets it right.
   */
  knownGaps?: Partial<Record<'figures' | 'scope' | 'narrative', string>>;
}
