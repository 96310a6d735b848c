/**
 * Text typed in the old TCVN3 (ABC) or VNI fonts shows as "Tæng sè" or "Toång soá" once read as
 * Unicode. Such sheets cannot be matched reliably, so the officer is told which cell and how to fix it.
 */
import { columnLetter, type Grid } from '../grid';
import { addFinding, defineFinding, type FindingSink } from '../findings';

const LEGACY_ENCODING = defineFinding<{ cell: string; text: string }>({
  code: 'legacy-encoding',
  severity: 'warning',
  messages: {
    vi: (a) =>
      `Ô ${a.cell} có chữ mã cũ (TCVN3/VNI): "${a.text}". Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã).`,
    en: (a) => `Cell ${a.cell} holds legacy-encoded (TCVN3/VNI) text: "${a.text}". Convert it to Unicode.`,
  },
});

const TCVN3 = /[æ¸µ¶·¹¨»¾¼½©®¬×ÝØÜÞß]/;
const VNI = /[a-zA-Z][øûåäëï]/;
const UNICODE_VI = /[ăắằẳẵặơớờởỡợưứừửữựđạảấầẩẫậẹẻẽếềểễệịỉĩọỏốồổỗộụủũỳỷỹỵ]/i;

export function isLegacyText(s: string): boolean {
  if (UNICODE_VI.test(s)) return false;
  return TCVN3.test(s) || VNI.test(s);
}

/** Reports the first legacy-encoded cell of the sheet (one finding is enough to act on). */
export function detectLegacyEncoding(grid: Grid, sink: FindingSink): void {
  const limit = Math.min(grid.values.length, 60);
  for (let r = 0; r < limit; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && isLegacyText(v)) {
        addFinding(
          sink,
          LEGACY_ENCODING,
          { row: r + 1, column: columnLetter(c) },
          {
            cell: `${columnLetter(c)}${r + 1}`,
            text: v.slice(0, 40),
          },
        );
        return;
      }
    }
  }
}
