/** The benchmark's cases: what each one generates, where its file is cached, how it is measured. */
import fs from 'node:fs';
import path from 'node:path';
import type { Grid } from '../src/core/grid';
import {
  DATE_FMT,
  DEFAULT_SEED,
  GENERATOR_VERSION,
  LIST_FIRST_ROW,
  countifsSheets,
  dossierStats,
  listHead,
  listRows,
  listStreamSheet,
  signatures,
  specRows,
  toGrid,
  writeStreaming,
  type SheetSpec,
} from './generate';

export type CaseKind = 'dossier-stats' | 'signatures' | 'dossier-list';

export interface CaseDef {
  id: string;
  kind: CaseKind;
  /** Units (dossier-stats), leaders (signatures) or rows (dossier-list). */
  size: number;
  label: string;
  /** Part of `--quick`. */
  quick: boolean;
  /** Compared with LibreOffice recalculating COUNTIFS. */
  libreoffice?: boolean;
}

export const CASES: CaseDef[] = [
  { id: 'stats-50', kind: 'dossier-stats', size: 50, label: 'dossier-stats, 50 units', quick: true },
  { id: 'stats-500', kind: 'dossier-stats', size: 500, label: 'dossier-stats, 500 units', quick: true },
  { id: 'stats-5000', kind: 'dossier-stats', size: 5000, label: 'dossier-stats, 5,000 units', quick: true },
  { id: 'sig-2000', kind: 'signatures', size: 2000, label: 'signatures, 2,000 leaders', quick: true },
  {
    id: 'list-10k',
    kind: 'dossier-list',
    size: 10_000,
    label: 'dossier list, 10,000 rows',
    quick: true,
    libreoffice: true,
  },
  {
    id: 'list-100k',
    kind: 'dossier-list',
    size: 100_000,
    label: 'dossier list, 100,000 rows',
    quick: false,
    libreoffice: true,
  },
  { id: 'list-500k', kind: 'dossier-list', size: 500_000, label: 'dossier list, 500,000 rows', quick: false },
];

export function caseById(id: string): CaseDef {
  const c = CASES.find((x) => x.id === id);
  if (!c) throw new Error(`unknown case ${id}; known: ${CASES.map((x) => x.id).join(', ')}`);
  return c;
}

export const BENCH_DIR = __dirname;
export const OUT_DIR = path.join(BENCH_DIR, 'out');
export const GEN_DIR = path.join(OUT_DIR, 'gen');

export function seedOf(): number {
  const s = Number(process.env.BENCH_SEED);
  return Number.isFinite(s) && s > 0 ? s : DEFAULT_SEED;
}

export function inputFile(c: CaseDef, seed = seedOf()): string {
  return path.join(GEN_DIR, `${c.id}-g${GENERATOR_VERSION}-s${seed}.xlsx`);
}

export function countifsFile(c: CaseDef, seed = seedOf()): string {
  return path.join(GEN_DIR, `${c.id}-countifs-g${GENERATOR_VERSION}-s${seed}.xlsx`);
}

export function specOf(c: CaseDef, seed = seedOf()): SheetSpec {
  if (c.kind === 'dossier-stats') return dossierStats(c.size, seed);
  if (c.kind === 'signatures') return signatures(c.size, seed);
  throw new Error('lists are streamed, not held as a spec');
}

/** The grid src/xlsx/readGrid gives for the case's file, built without a file. */
export function gridOf(c: CaseDef, seed = seedOf()): Grid {
  if (c.kind !== 'dossier-list') return toGrid(specOf(c, seed));
  const { rows, merges } = listHead();
  const values: Grid['values'] = rows.map((r) => r.map((v) => v as Grid['values'][0][0]));
  const numFmts: (string | undefined)[][] = [];
  let r = LIST_FIRST_ROW;
  for (const row of listRows(c.size, seed)) {
    const vals = row as Grid['values'][0];
    const fmts: (string | undefined)[] = [];
    for (let k = 6; k <= 8; k++) if (vals[k] instanceof Date) fmts[k] = DATE_FMT;
    values[r] = vals;
    numFmts[r++] = fmts;
  }
  return { name: 'Danh sach ho so', values, numFmts, merges };
}

/** Writes the case's .xlsx unless a file from the same generator version and seed is cached. */
export async function ensureInput(c: CaseDef, seed = seedOf()): Promise<{ file: string; ms: number | null }> {
  const file = inputFile(c, seed);
  if (fs.existsSync(file)) return { file, ms: null };
  const t = performance.now();
  if (c.kind === 'dossier-list') await writeStreaming(file, [listStreamSheet(c.size, seed)]);
  else {
    const spec = specOf(c, seed);
    await writeStreaming(file, [
      { name: spec.name, merges: spec.merges, columnWidths: spec.columnWidths, rows: specRows(spec) },
      // A second, small sheet like the fixture's note: the engine must skip it.
      {
        name: 'Ghi chú',
        merges: [],
        rows: [
          {
            index: 0,
            cells: ['Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh ngày 15/4/2024.'],
          },
        ],
      },
    ]);
  }
  return { file, ms: performance.now() - t };
}

export async function ensureCountifs(
  c: CaseDef,
  seed = seedOf(),
): Promise<{ file: string; ms: number | null }> {
  const file = countifsFile(c, seed);
  if (fs.existsSync(file)) return { file, ms: null };
  const t = performance.now();
  await writeStreaming(file, countifsSheets(c.size, seed));
  return { file, ms: performance.now() - t };
}
