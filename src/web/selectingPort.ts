import type { HostPort } from '../core';

/**
 * The opened file's port, except that "select this cell" goes to the page's sheet view: a file in the
 * browser has no Excel selection to move. A proxy, so every other method (present or added later)
 * reaches the host unchanged, bound to it.
 */
export function selectingPort(
  port: HostPort,
  onSelect: (sheet: string, row: number, column?: string) => void,
): HostPort {
  const selectCell: HostPort['selectCell'] = async (sheet, row, column) => onSelect(sheet, row, column);
  return new Proxy(port, {
    get(target, key) {
      if (key === 'selectCell') return selectCell;
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
