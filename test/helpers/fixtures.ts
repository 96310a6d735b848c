import fs from 'node:fs';
import path from 'node:path';
import { summarizeWorkbook } from '../../src/core/engine';
import type { Report } from '../../src/core/report';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { openWorkbook } from '../../src/xlsx/openWorkbook';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface Expected {
  sheet: string;
  kind: string;
  period?: { from: string; to: string };
  headerRows?: [number, number];
  units?: {
    name: string;
    row?: number;
    level?: string;
    metrics?: Record<string, { value: number; numerator?: number; denominator?: number }>;
  }[];
  total?: Record<string, { value: number }>;
  thresholds?: Record<string, number>;
  below?: Record<string, string[]>;
  leaders?: { unit: string; name: string; row: number; signatureRate: number }[];
  findings?: { code: string; row: number; column?: string }[];
  otherSheets?: Record<string, string>;
  benchmark?: Record<string, number>;
  scope?: { level: string; name?: string };
  mustNotFind?: string[];
  narrativeMustContain?: string[];
  narrativeMustNotContain?: string[];
}

export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace('.expected.json', ''))
    .sort();
}

export function expected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8'));
}

export async function reportOf(name: string, thresholds?: Record<string, number>): Promise<Report> {
  const wb = await openWorkbook(fs.readFileSync(path.join(FIXTURES, `${name}.xlsx`)));
  const grids = await new XlsxHost(wb).readSheets();
  return summarizeWorkbook(grids, { source: `${name}.xlsx`, thresholds });
}

/** Names compared as the acceptance checker does: "UBND xã An Vinh" = "Xã An Vinh". */
export const fullName = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^ubnd /, '');
