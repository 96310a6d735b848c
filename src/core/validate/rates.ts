/**
 * A rate printed in the sheet against the one computed from its counts: more apart than the printed
 * precision allows (41,29% shown: 0,005 points; 93,4% shown: 0,05) is a rate-mismatch.
 */
import { columnLetter } from '../grid';
import type { MetricValue } from '../report';
import { formatRate } from '../format';
import type { PrintedRate } from './cells';
import { addFinding, defineFinding, type FindingSink } from '../findings';

const RATE_MISMATCH = defineFinding<{ cell: string; shown: string; computed: string }>({
  code: 'rate-mismatch',
  severity: 'warning',
  messages: {
    vi: (a) => `Tỷ lệ ghi trong ô ${a.cell} (${a.shown}) khác tỷ lệ tính từ số liệu (${a.computed}).`,
    en: (a) =>
      `The rate in ${a.cell} (${a.shown}) differs from the one computed from the counts (${a.computed}).`,
  },
});

export function checkPrintedRate(
  printed: PrintedRate | null | undefined,
  computed: MetricValue | undefined,
  where: { row: number; unit?: string },
  sink: FindingSink,
): void {
  if (!printed || !computed || computed.value === null) return;
  // A sheet's IFERROR(x/0, 0) prints 0 where no rate exists; computed is null then and skipped above.
  const tolerancePoints = 0.5 * Math.pow(10, -printed.decimals) + 1e-9;
  if (Math.abs(printed.value - computed.value) * 100 <= tolerancePoints) return;
  const column = columnLetter(printed.column);
  addFinding(
    sink,
    RATE_MISMATCH,
    { row: where.row + 1, column, unit: where.unit },
    {
      cell: `${column}${where.row + 1}`,
      shown: formatRate(printed.value, sink.lang),
      computed: formatRate(computed.value, sink.lang),
    },
  );
}
