/** Choices for the column-mapping dropdowns: each column's letter with its header text, from the grid. */
import { FIELD_IDS, MAPPABLE_FIELDS, type FieldId } from '../core';
import { MergeIndex } from '../core';
import { cellAt, columnLetter, gridWidth, type Grid } from '../core';
import { cellText } from '../core';
import type { SheetReport } from '../core';

export interface ColumnChoice {
  letter: string;
  /** Header texts of the column from the top of the header block down, e.g. "Tiếp nhận › Trực tuyến". */
  header: string;
}

/** `headerRows` is the report's 1-based [first, last]; without it the columns are offered by letter only. */
export function columnChoices(grid: Grid, headerRows: [number, number] | null): ColumnChoice[] {
  const width = gridWidth(grid);
  const merges = new MergeIndex(grid, width);
  const choices: ColumnChoice[] = [];
  for (let c = 0; c < width; c++) {
    const texts: string[] = [];
    if (headerRows) {
      for (let r = headerRows[0] - 1; r < headerRows[1]; r++) {
        const m = merges.coveredBy(r, c);
        const t = cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c));
        if (t && texts[texts.length - 1] !== t) texts.push(t);
      }
    }
    choices.push({ letter: columnLetter(c), header: texts.join(' › ') });
  }
  return choices;
}

export function fieldsToMap(sheet: SheetReport): FieldId[] {
  const wanted = new Set<string>([...MAPPABLE_FIELDS[sheet.kind], ...Object.keys(sheet.columns ?? {})]);
  return FIELD_IDS.filter((f) => wanted.has(f));
}

/**
 * Detection needs the officer: a table whose header was not recognized, or a column an indicator needs
 * is missing. (A sheet of plain text is "unknown" too, but rightly so.)
 */
export function isUnsure(sheet: SheetReport): boolean {
  return sheet.findings.some((f) => f.code === 'header-not-found' || f.code === 'missing-column');
}
