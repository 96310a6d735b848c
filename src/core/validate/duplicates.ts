/** Two rows naming the same unit ("Xã An Vinh" and "UBND xã An Vinh"): the later one is reported. */
import { bareKey, sameUnit } from '../parse/unitName';
import { addFinding, defineFinding, type FindingSink } from '../findings';

const DUPLICATE_UNIT = defineFinding<{ name: string; other: string; otherRow: number }>({
  code: 'duplicate-unit',
  severity: 'warning',
  messages: {
    vi: (a) => `Đơn vị "${a.name}" trùng với "${a.other}" ở dòng ${a.otherRow}.`,
    en: (a) => `Unit "${a.name}" duplicates "${a.other}" on row ${a.otherRow}.`,
  },
});

export function checkDuplicates(
  units: { row: number; name: string }[],
  sink: FindingSink,
  column?: string,
): void {
  const byBare = new Map<string, { row: number; name: string }[]>();
  for (const u of units) {
    const key = bareKey(u.name);
    const earlier = byBare.get(key) ?? [];
    const twin = earlier.find((e) => sameUnit(e.name, u.name));
    if (twin)
      addFinding(
        sink,
        DUPLICATE_UNIT,
        { row: u.row + 1, column, unit: u.name },
        { name: u.name, other: twin.name, otherRow: twin.row + 1 },
      );
    earlier.push(u);
    byBare.set(key, earlier);
  }
}
