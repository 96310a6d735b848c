/** Merged areas as a lookup: which master cell covers a given cell. */
import type { Grid, MergeArea } from '../grid';

export class MergeIndex {
  private readonly master = new Map<number, MergeArea>();
  private readonly width: number;

  constructor(grid: Grid, width: number) {
    this.width = Math.max(width, 1);
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.master.set(r * this.width + c, m);
    }
  }

  /** The merged area covering (row, col) when it is not its top-left cell. */
  coveredBy(row: number, col: number): MergeArea | undefined {
    return this.master.get(row * this.width + col);
  }
}
