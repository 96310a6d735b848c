/**
 * Changes the style index (`s`) of given cells in a worksheet's XML and nothing else: every other byte
 * of the part stays as it was. Cells are found by their start tags' `r` attribute.
 */
import { type StyleBook, withAttribute } from './styleBook';

/** The new style index of a cell, given its current one (0 when it has none) and the stylesheet. */
export type StyleEdit = (current: number, book: StyleBook) => number;

const CELL_TAG = /<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(\/?)>/g;

/**
 * Applies the edits; returns the new XML and the addresses that were not found (a cell absent from the
 * part gets no shading: it holds no value the report used).
 */
export function editCellStyles(
  xml: string,
  edits: Map<string, StyleEdit>,
  book: StyleBook,
): { xml: string; missing: string[] } {
  const seen = new Set<string>();
  const out = xml.replace(CELL_TAG, (tag: string, ref: string) => {
    const edit = edits.get(ref);
    if (!edit) return tag;
    seen.add(ref);
    const current = Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0);
    return (
      withAttribute(tag.replace(/\/?>$/, ''), 's', String(edit(current, book))) +
      (tag.endsWith('/>') ? '/>' : '>')
    );
  });
  return { xml: out, missing: [...edits.keys()].filter((k) => !seen.has(k)) };
}
