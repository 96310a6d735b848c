/** Every corpus case, in the order of test/corpus/expectations.json. */
import type { CorpusCase } from './common';
import { CELL_CASES } from './cells';
import { HOSTILE_CASES } from './hostile';
import { KIND_CASES } from './kinds';
import { TABLE_CASES } from './tables';
import { WORKBOOK_CASES } from './workbooks';

export type { CorpusCase };

export const CASES: CorpusCase[] = [
  ...TABLE_CASES,
  ...CELL_CASES,
  ...KIND_CASES,
  ...WORKBOOK_CASES,
  ...HOSTILE_CASES,
];
