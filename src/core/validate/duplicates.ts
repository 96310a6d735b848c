/** Two rows naming the same unit ("Xã An Vinh" and "UBND xã An Vinh"): the later one is reported. */
import { bareKey, sameUnit } from '../parse/unitName';
import { addFinding, type FindingSink } from './findings';

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
        'duplicate-unit',
        'warning',
        { row: u.row + 1, column, unit: u.name },
        { name: u.name, other: twin.name, otherRow: twin.row + 1 },
      );
    earlier.push(u);
    byBare.set(key, earlier);
  }
}
