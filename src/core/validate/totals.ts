/**
 * Total and group rows against the unit rows under them. A column is checked only when every unit
 * cell in it could be read: a faulty unit cell is already reported and would make the sum a guess.
 */
import { columnLetter } from '../grid';
import type { ColumnMap, FieldId } from '../detect/fields';
import type { TableRow } from '../detect/rows';
import type { RowValues } from '../metrics/rate';
import { addFinding, defineFinding, type FindingSink } from '../findings';
import { formatCount } from '../format';

const TOTAL_MISMATCH = defineFinding<{ name: string; header: string; total: string; sum: string }>({
  code: 'total-mismatch',
  severity: 'error',
  messages: {
    vi: (a) => `Dòng "${a.name}", cột ${a.header}: ${a.total} khác tổng các đơn vị (${a.sum}).`,
    en: (a) =>
      `Row "${a.name}", column ${a.header}: ${a.total} differs from the sum of the units (${a.sum}).`,
  },
});

export interface ValuedRow extends TableRow {
  values: RowValues;
}

/** Unit rows each aggregate row sums: all units for a total, the units after a group row until the next one. */
export function scopes(rows: ValuedRow[]): Map<ValuedRow, ValuedRow[]> {
  const out = new Map<ValuedRow, ValuedRow[]>();
  const units = rows.filter((r) => r.role === 'unit');
  rows.forEach((r, i) => {
    if (r.role === 'total') out.set(r, units);
    else if (r.role === 'group') {
      const scope: ValuedRow[] = [];
      for (let j = i + 1; j < rows.length && rows[j].role === 'unit'; j++) scope.push(rows[j]);
      out.set(r, scope);
    } else if (r.role === 'subtotal') {
      const scope: ValuedRow[] = [];
      for (let j = i - 1; j >= 0 && rows[j].role === 'unit'; j--) scope.unshift(rows[j]);
      out.set(r, scope);
    }
  });
  return out;
}

/**
 * Raises total-mismatch per faulty column and returns, per aggregate row, the fields whose cells
 * disagree with their units (those cells are left out of the figures computed from the row).
 */
export function checkTotals(
  rows: ValuedRow[],
  fields: readonly FieldId[],
  columns: ColumnMap,
  header: (col: number) => string,
  sink: FindingSink,
): Map<ValuedRow, Set<FieldId>> {
  const spoiled = new Map<ValuedRow, Set<FieldId>>();
  for (const [agg, units] of scopes(rows)) {
    if (!units.length) continue;
    const bad = new Set<FieldId>();
    for (const f of fields) {
      const col = columns[f];
      const total = agg.values[f];
      if (col === undefined || total === undefined || total === null) continue;
      let sum = 0;
      let readable = true;
      for (const u of units) {
        const v = u.values[f];
        if (v === null || v === undefined) readable = false;
        else sum += v;
      }
      if (!readable || Math.abs(sum - total) < 1e-9) continue;
      bad.add(f);
      addFinding(
        sink,
        TOTAL_MISMATCH,
        { row: agg.row + 1, column: columnLetter(col), unit: agg.name },
        {
          name: agg.name,
          header: header(col),
          total: formatCount(total, sink.lang),
          sum: formatCount(sum, sink.lang),
        },
      );
    }
    if (bad.size) spoiled.set(agg, bad);
  }
  return spoiled;
}
