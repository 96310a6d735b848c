/** The shape of test/corpus/expectations.json: what each corpus file must give. */
import { expectedRates, resolved, type UnitCounts } from './dossier';

export interface FindingExpect {
  sheet: string;
  code: string;
  /** 1-based row, or null for a whole-sheet finding. */
  row: number | null;
  column?: string;
  severity?: 'error' | 'warning' | 'info';
  /** Text the message must contain. */
  message?: string;
}

export interface FigureExpect {
  sheet: string;
  /** Unit name as reported; absent for the sheet's total. */
  unit?: string;
  metric: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface CaseExpect {
  description: string;
  exitCode: 0 | 1;
  /** Exit 1: text the one-line message must contain. */
  message?: string;
  /** Every sheet read, with its kind (exact set). */
  sheets?: Record<string, string>;
  /** Sheet -> unit names in order (exact). */
  units?: Record<string, string[]>;
  findings?: FindingExpect[];
  figures?: FigureExpect[];
  /** Findings that must not be raised (fields given must all match to count as a hit). */
  mustNotFind?: Partial<FindingExpect>[];
  /** Name the summary sheet gets in the output workbook. */
  summarySheet?: string;
  /** Texts that must be string cells (never formulas) in the summary sheet. */
  summaryTexts?: string[];
}

export interface ExpectationsFile {
  note: string;
  files: Record<string, CaseExpect>;
}

/** On-time and online figures of each unit of a standard table. */
export function unitFigures(sheet: string, units: UnitCounts[]): FigureExpect[] {
  return units.flatMap((u) => {
    const r = expectedRates(u);
    const fresh = u.online + u.direct;
    return [
      {
        sheet,
        unit: u.name,
        metric: 'onTimeRate',
        value: r.onTimeRate,
        numerator: u.early + u.onTime,
        denominator: resolved(u),
      },
      {
        sheet,
        unit: u.name,
        metric: 'onlineRate',
        value: r.onlineRate,
        numerator: u.online,
        denominator: fresh,
      },
      { sheet, unit: u.name, metric: 'lateCount', value: u.late },
    ] as FigureExpect[];
  });
}

/** The sheet total of on-time and online figures. */
export function totalFigures(sheet: string, units: UnitCounts[]): FigureExpect[] {
  const n = (f: (u: UnitCounts) => number) => units.reduce((s, u) => s + f(u), 0);
  const res = n(resolved);
  const fresh = n((u) => u.online + u.direct);
  return [
    { sheet, metric: 'onTimeRate', value: n((u) => u.early + u.onTime) / res, denominator: res },
    { sheet, metric: 'onlineRate', value: n((u) => u.online) / fresh, denominator: fresh },
  ];
}
