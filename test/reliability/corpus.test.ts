/**
 * Every file of test/corpus through the whole command-line path (open, read, summarize, write the
 * summary, highlight, save) against test/corpus/expectations.json: no crash, no hang, nothing lost
 * from the source sheets, the expected kinds, units, figures and findings, hostile files refused.
 * Regenerate the corpus with `npx tsx scripts/make-corpus.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_SHEET } from '../../src/core/summary';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { openWorkbook, UnreadableWorkbook } from '../../src/xlsx/openWorkbook';
import { checkFigures, checkFindings, checkFinite, checkSheets, checkSummary } from './support/checks';
import type { CaseExpect, ExpectationsFile } from './support/expectations';
import { loadWorkbook, runPipeline, snapshot, snapshotDiff, type PipelineResult } from './support/pipeline';

const CORPUS = path.join(__dirname, '..', 'corpus');
const doc: ExpectationsFile = JSON.parse(fs.readFileSync(path.join(CORPUS, 'expectations.json'), 'utf8'));
/** Only a hang takes this long; the times are reported below, not asserted closely. */
const HANG_MS = 20_000;

interface Tally {
  file: string;
  ms: number;
  exit: 0 | 1;
  crashed: boolean;
  lost: number;
  problems: number;
}
const tallies: Tally[] = [];

/**
 * Sheets that must come out unchanged: all but an earlier summary of ours (which is replaced) and our
 * settings sheet (which gains the backup of the styles that shading replaced).
 */
async function keptSheets(bytes: Buffer): Promise<string[]> {
  const listed = await new XlsxHost(await openWorkbook(bytes)).listSheets();
  return listed.filter((s) => !s.isOwnSummary).map((s) => s.name);
}

/** Problems of a file that was read, and how many source cells or expected units went missing. */
async function checkRead(bytes: Buffer, res: PipelineResult, e: CaseExpect) {
  const r = res.report;
  const problems = [...checkSheets(r, e), ...checkFindings(r, e), ...checkFigures(r, e), ...checkFinite(r)];
  const out = await loadWorkbook(res.output);
  problems.push(...checkSummary(out, res.summarySheet, e));
  const input = await loadWorkbook(bytes);
  const kept = await keptSheets(bytes);
  const changed = snapshotDiff(snapshot(input, kept), snapshot(out, kept));
  if (changed.length) problems.push(`source cells changed: ${changed.slice(0, 5).join(', ')}`);
  const settings = input.getWorksheet(SETTINGS_SHEET)?.getCell('A1').value ?? null;
  if ((out.getWorksheet(SETTINGS_SHEET)?.getCell('A1').value ?? null) !== settings)
    problems.push('stored settings changed');
  const names = out.worksheets
    .map((w) => w.name)
    .filter((n) => n !== SETTINGS_SHEET)
    .sort();
  const wanted = [...kept, res.summarySheet].sort();
  if (JSON.stringify(names) !== JSON.stringify(wanted))
    problems.push(`output sheets ${JSON.stringify(names)}, expected ${JSON.stringify(wanted)}`);
  let lostUnits = 0;
  for (const [sheet, units] of Object.entries(e.units ?? {})) {
    const got = new Set(r.sheets.find((s) => s.sheet === sheet)?.units.map((u) => u.name));
    lostUnits += units.filter((u) => !got.has(u)).length;
  }
  return { problems, lost: changed.length + lostUnits };
}

function checkRefused(error: unknown, e: CaseExpect): string[] {
  if (!error) return ['was read; expected a refusal (exit 1)'];
  if (!(error instanceof UnreadableWorkbook))
    return [`crashed instead of refusing: ${(error as Error).stack}`];
  const problems: string[] = [];
  if (error.message.includes('\n')) problems.push('the message spans several lines');
  if (e.message && !error.message.includes(e.message))
    problems.push(`message "${error.message}" lacks "${e.message}"`);
  return problems;
}

describe('reliability corpus', () => {
  afterAll(() => {
    const crashes = tallies.filter((t) => t.crashed).length;
    const hangs = tallies.filter((t) => t.ms > HANG_MS).length;
    const lost = tallies.reduce((s, t) => s + t.lost, 0);
    const lines = [...tallies]
      .sort((a, b) => b.ms - a.ms)
      .map(
        (t) =>
          `${t.file.padEnd(38)} exit ${t.exit} ${t.ms.toFixed(0).padStart(6)} ms${t.problems ? `  ${t.problems} problem(s)` : ''}`,
      );
    console.log(
      [
        `corpus: ${tallies.length} files, crashes ${crashes}, hangs ${hangs}, data lost ${lost}`,
        ...lines,
      ].join('\n'),
    );
  });

  it('has at least 40 files, each with an expectation', () => {
    const files = fs.readdirSync(CORPUS).filter((f) => f !== 'expectations.json');
    expect(files.sort()).toEqual(Object.keys(doc.files).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(doc.files))(
    '%s',
    async (file, e) => {
      const bytes = fs.readFileSync(path.join(CORPUS, file));
      const t0 = performance.now();
      let res: PipelineResult | undefined;
      let error: unknown;
      try {
        res = await runPipeline(bytes, file);
      } catch (err) {
        error = err;
      }
      const ms = performance.now() - t0;
      const problems: string[] = ms > HANG_MS ? [`took ${ms.toFixed(0)} ms`] : [];
      let lost = 0;
      if (e.exitCode === 1) problems.push(...checkRefused(error, e));
      else if (!res) problems.push(`crashed: ${(error as Error).stack}`);
      else {
        const c = await checkRead(bytes, res, e);
        problems.push(...c.problems);
        lost = c.lost;
      }
      const crashed = !!error && (e.exitCode === 0 || !(error instanceof UnreadableWorkbook));
      tallies.push({ file, ms, exit: error ? 1 : 0, crashed, lost, problems: problems.length });
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
