/** Shared pieces of the corpus cases: the case type, the title block, the standard sheet. */
import {
  dossierTable,
  sampleUnits,
  type Group,
  type Table,
  type TableOptions,
  type UnitCounts,
} from '../support/dossier';
import type { CaseExpect } from '../support/expectations';
import { workbookBytes, workbookOf, type SheetSpec } from '../support/workbook';

export interface CorpusCase {
  file: string;
  build: () => Promise<Buffer>;
  expect: CaseExpect;
}

export const TITLE = [
  'UBND HUYỆN AN LÃO',
  'VĂN PHÒNG HĐND VÀ UBND',
  '',
  'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  'Kỳ báo cáo: từ ngày 15/3/2024 đến ngày 14/4/2024',
];

export const xlsx = (...sheets: SheetSpec[]) => workbookBytes(workbookOf(...sheets));

/** One group of units without a group row. */
export const flat = (units: UnitCounts[]): Group[] => [{ roman: '', name: '', units }];

/** The standard table with the title block and five sample communes. */
export function standard(units: UnitCounts[] = sampleUnits(), o: TableOptions = {}): Table {
  return dossierTable(flat(units), { title: TITLE, footer: true, ...o });
}

export function sheetOf(name: string, t: Table, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, rows: t.rows, merges: t.merges, ...extra };
}

/** No finding of severity error. */
export const NO_ERRORS = { severity: 'error' as const };
