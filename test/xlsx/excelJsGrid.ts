/**
 * The reader the file host used before the streaming one (src/xlsx/readSheet.ts): ExcelJS worksheet ->
 * Grid, values through cached formula results, merges, number formats. Kept as the reference the
 * streaming reader's grids are compared with (test/xlsx/readers.test.ts) and for the benchmark.
 */
import type ExcelJS from 'exceljs';
import { parseArea } from '../../src/core/address';
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';

/** A cell's value as the grid holds it (formulas through their cached results). */
export function toValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v) return { error: String(v.error) };
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      // No cached result: never calculated, or a result of "" (ExcelJS cannot tell them apart).
      if (result === undefined) return null;
      return toValue(result as ExcelJS.CellValue);
    }
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}

export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseArea)
    .filter((m): m is MergeArea => !!m);
  const values: CellValue[][] = [];
  const numFmts: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vals: CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Covered cells of a merge repeat the master's value in ExcelJS; the grid keeps it once.
      if (cell.isMerged && cell.master !== cell) return;
      // A formula's cell.value leaves out a cached 0 or FALSE; cell.result keeps them.
      const v = cell.value;
      const formula = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
      vals[c - 1] =
        formula && cell.result !== undefined ? toValue(cell.result as ExcelJS.CellValue) : toValue(v);
      if (cell.numFmt) fmts[c - 1] = cell.numFmt;
    });
    values[r - 1] = vals;
    if (fmts.length) numFmts[r - 1] = fmts;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  return { name: ws.name, values, numFmts, merges };
}
