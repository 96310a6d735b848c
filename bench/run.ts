/**
 * npm run bench [-- options]   (tsx bench/run.ts)
 *
 *   --quick              the ~2 minute run: no 100,000 / 500,000-row lists, 3 core runs
 *   --cases a,b          only these cases (also BENCH_CASES=a,b); ids: stats-50 stats-500 stats-5000
 *                        sig-2000 list-10k list-100k list-500k
 *   --runs N             timed core runs per case (median reported; default 5, --quick 3)
 *   --skip x,y           leave out parts: core,file,office,libreoffice,browser
 *   --timeout S          per measured child process (default 420 s)
 *   --file-timeout-500k S  cap on the whole file path for 500,000 rows (default 240 s)
 *   --rebuild            rebuild dist/ even when present (else only when missing)
 *   --out FILE           results file (default bench/results.json; --quick: bench/out/results.quick.json)
 *   BENCH_SEED=n         another deterministic data set (default 20240415)
 *
 * Every case is measured in child processes of its own (bench/child.ts), so a case's peak memory is its
 * own. Generated workbooks are cached in bench/out/gen (git-ignored) by generator version and seed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarizeWorkbook } from '../src/core/engine';
import { fold } from '../src/core/parse/text';
import {
  bundleSizes,
  ensureDist,
  pageFileFlow,
  pageTimings,
  TASKPANE_BUDGET_KB,
  type FileFlowTiming,
  type BuildOutcome,
  type BundleSizes,
  type PageTiming,
} from './browser';
import { CASES, ensureCountifs, ensureInput, gridOf, OUT_DIR, seedOf, type CaseDef } from './cases';
import { GENERATOR_VERSION } from './generate';
import { hasSoffice, timeCountifs, type LibreOfficeResult } from './libreoffice';
import { heapPeakFromTraceGc, round, runChild } from './measure';

// ---------------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
};
const QUICK = flag('--quick');
const RUNS = Number(option('--runs') ?? (QUICK ? 3 : 5));
const SKIP = new Set((option('--skip') ?? '').split(',').filter(Boolean));
const TIMEOUT_MS = Number(option('--timeout') ?? 420) * 1000;
/** The file path on 500,000 rows is capped (ExcelJS ran for many minutes; the patching path takes seconds). */
const FILE_500K_TIMEOUT_MS = Number(option('--file-timeout-500k') ?? 240) * 1000;
const OUT = path.resolve(
  option('--out') ??
    (QUICK ? path.join(OUT_DIR, 'results.quick.json') : path.join(__dirname, 'results.json')),
);
const picked = (option('--cases') ?? process.env.BENCH_CASES ?? '').split(',').filter(Boolean);
const SELECTED: CaseDef[] = picked.length
  ? picked.map((id) => {
      const c = CASES.find((x) => x.id === id);
      if (!c) throw new Error(`unknown case ${id}; known: ${CASES.map((x) => x.id).join(', ')}`);
      return c;
    })
  : CASES.filter((c) => !QUICK || c.quick);

const log = (s = '') => process.stdout.write(`${s}\n`);

/** The commit measured, and whether src/ had uncommitted changes (other engineers work in the tree). */
function gitState(): { commit: string; srcDirty: boolean } | null {
  try {
    const git = (...a: string[]) =>
      execFileSync('git', a, { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' }).trim();
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      srcDirty: git('status', '--porcelain', '--', 'src').length > 0,
    };
  } catch {
    return null;
  }
}
const load = () => os.loadavg().map((x) => round(x, 2));

// ---------------------------------------------------------------------------------------------------
// Children

interface ChildResult {
  status: 'ok' | 'oom' | 'timeout' | 'failed';
  wallMs: number;
  result?: Record<string, unknown>;
  /** Heap high-water from --trace-gc, and the child's peak RSS (own report, else polled /proc VmHWM). */
  heapPeakMB: number | null;
  peakRssMB: number | null;
  gcMs: number;
  /** Last phase announced before an abnormal end. */
  lastPhase?: string;
  /** Phases announced on stderr (also known when the child did not finish). */
  phasesSeen: { phase: string; ms: number; maxRssMB: number }[];
  error?: string;
  loadBefore: number[];
}

async function child(
  mode: string,
  c: CaseDef,
  extra: string[] = [],
  timeoutMs = TIMEOUT_MS,
): Promise<ChildResult> {
  const resultFile = path.join(OUT_DIR, 'run', `${c.id}.${mode}.json`);
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.rmSync(resultFile, { force: true });
  const loadBefore = load();
  const outcome = await runChild(
    process.execPath,
    [
      '--import',
      'tsx',
      '--expose-gc',
      '--trace-gc',
      path.join(__dirname, 'child.ts'),
      mode,
      c.id,
      resultFile,
      ...extra,
    ],
    { timeoutMs, cwd: path.resolve(__dirname, '..'), env: { ...process.env, BENCH_SEED: String(seedOf()) } },
  );
  const gc = heapPeakFromTraceGc(outcome.stdout);
  const phases = [...outcome.stderr.matchAll(/^@phase (\S+) ([\d.]+) ([\d.]+)$/gm)];
  const lastPhase = phases.length ? phases[phases.length - 1][1] : undefined;
  const phasesSeen = phases.map((m) => ({ phase: m[1], ms: Number(m[2]), maxRssMB: Number(m[3]) }));
  const base = {
    wallMs: outcome.wallMs,
    heapPeakMB: gc.heapPeakMB,
    gcMs: gc.gcMs,
    lastPhase,
    phasesSeen,
    loadBefore,
  };
  if (outcome.code === 0 && fs.existsSync(resultFile)) {
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
    return {
      ...base,
      status: 'ok',
      result,
      peakRssMB: (result.maxRssMB as number) ?? outcome.polledPeakRssMB,
    };
  }
  const oom = /heap out of memory|Allocation failed|Reached heap limit/i.test(outcome.stderr);
  const error = oom
    ? `JavaScript heap out of memory after ${round(outcome.wallMs / 1000)} s (last phase done: ${lastPhase ?? 'none'})`
    : outcome.timedOut
      ? `stopped after ${round(timeoutMs / 1000)} s (last phase done: ${lastPhase ?? 'none'})`
      : (outcome.stderr.split('\n').find((l) => /Error|failed/.test(l)) ?? outcome.stderr.slice(-300))
          .trim()
          .slice(0, 300);
  return {
    ...base,
    status: oom ? 'oom' : outcome.timedOut ? 'timeout' : 'failed',
    peakRssMB: outcome.polledPeakRssMB,
    error,
  };
}

// ---------------------------------------------------------------------------------------------------
// Formatting

const fmtMs = (ms: number | undefined | null) =>
  ms === undefined || ms === null
    ? '–'
    : ms >= 10_000
      ? `${round(ms / 1000, 1)} s`
      : ms >= 1000
        ? `${round(ms / 1000, 2)} s`
        : `${round(ms, ms < 10 ? 2 : 0)} ms`;
const fmtMB = (mb: number | undefined | null) =>
  mb === undefined || mb === null ? '–' : `${Math.round(mb)} MB`;
const fmtKB = (bytes: number | undefined | null) =>
  bytes === undefined || bytes === null
    ? '–'
    : bytes >= 1024 * 1024
      ? `${round(bytes / 1048576, 2)} MB`
      : `${round(bytes / 1024, 1)} KB`;

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Main

const ok = (r?: ChildResult) => (r?.status === 'ok' ? r.result! : undefined);

interface CaseResults {
  case: CaseDef;
  input?: { file: string; bytes: number; generatedMs: number | null };
  core?: ChildResult;
  file?: ChildResult;
  office?: ChildResult;
  libreoffice?:
    | (LibreOfficeResult & { generatedMs: number | null; matchesEngine: boolean; mismatches: string[] })
    | { error: string };
}

interface Target {
  target: string;
  figure: string;
  limit: string;
  ratio: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
  note?: string;
}

async function main() {
  const started = new Date();
  const t0 = performance.now();
  log(`Báo cáo CCHC benchmark — ${started.toISOString()}`);
  log(
    `node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), ${round(os.totalmem() / 1073741824, 1)} GB RAM, load ${load().join(' ')}, seed ${seedOf()}, generator v${GENERATOR_VERSION}`,
  );
  const git = gitState();
  if (git) log(`commit ${git.commit}${git.srcDirty ? ' (src/ has uncommitted changes)' : ''}`);
  log(
    `cases: ${SELECTED.map((c) => c.id).join(', ')}${QUICK ? ' (--quick)' : ''}; skip: ${[...SKIP].join(',') || 'none'}`,
  );
  log();

  const results: CaseResults[] = [];
  for (const c of SELECTED) {
    const r: CaseResults = { case: c };
    results.push(r);
    log(`== ${c.label} (${c.id})`);
    const input = await ensureInput(c);
    r.input = {
      file: path.relative(process.cwd(), input.file),
      bytes: fs.statSync(input.file).size,
      generatedMs: input.ms,
    };
    log(
      `   input ${fmtKB(r.input.bytes)}${input.ms !== null ? `, generated in ${fmtMs(input.ms)}` : ' (cached)'}`,
    );
    const step = async (
      mode: 'core' | 'file' | 'office',
      childMode: string = mode,
      extra: string[] = [],
      timeoutMs = TIMEOUT_MS,
    ) => {
      if (SKIP.has(mode)) return;
      const res = await child(childMode, c, extra, timeoutMs);
      (r as unknown as Record<string, ChildResult>)[mode] = res;
      const note = res.status === 'ok' ? '' : ` ${res.status.toUpperCase()}: ${res.error}`;
      log(
        `   ${mode.padEnd(7)} ${fmtMs(res.wallMs).padStart(8)} wall, peak RSS ${fmtMB(res.peakRssMB)}, heap ${fmtMB(res.heapPeakMB)}${note}`,
      );
    };
    // 500,000 rows: fewer timed runs (each takes seconds) so that the full run stays near 15 minutes.
    await step('core', 'core', ['--runs', String(c.size >= 500_000 ? Math.min(RUNS, 2) : RUNS)]);
    await step('file', 'file', [], c.size >= 500_000 ? FILE_500K_TIMEOUT_MS : TIMEOUT_MS);
    // ExcelJS cannot hold the 500,000-row list with the wire workbook beside it; that one is filled straight from the generator.
    await step('office', c.size >= 500_000 ? 'office-direct' : 'office');
    if (c.libreoffice && !SKIP.has('libreoffice')) {
      if (!hasSoffice()) r.libreoffice = { error: 'soffice not installed' };
      else
        try {
          const gen = await ensureCountifs(c);
          const lo = await timeCountifs(gen.file);
          const report = summarizeWorkbook([gridOf(c)], { source: c.id });
          const units = new Map(report.sheets[0].units.map((u) => [fold(u.name), u]));
          const mismatches: string[] = [];
          for (const row of lo.rows) {
            const u = units.get(fold(row.office));
            const m = u?.metrics;
            const got = {
              received: m?.onlineRate?.denominator,
              online: m?.onlineRate?.numerator,
              onTime: m?.onTimeRate?.numerator,
              digitized: m?.digitizedDossierRate?.numerator,
            };
            for (const k of ['received', 'online', 'onTime', 'digitized'] as const)
              if ((got[k] ?? 0) !== row[k])
                mismatches.push(`${row.office} ${k}: LibreOffice ${row[k]}, engine ${got[k] ?? 0}`);
          }
          r.libreoffice = {
            ...lo,
            generatedMs: gen.ms,
            matchesEngine: mismatches.length === 0 && lo.rows.length > 0,
            mismatches: mismatches.slice(0, 5),
          };
          log(
            `   libreoffice COUNTIFS recalculation ${fmtMs(lo.convertMs)} (start-up ${fmtMs(lo.startupMs)}), ${lo.rows.length} offices, ${mismatches.length ? `${mismatches.length} MISMATCHES` : 'same counts as the engine'}`,
          );
        } catch (e) {
          r.libreoffice = { error: (e as Error).message };
          log(`   libreoffice failed: ${(e as Error).message}`);
        }
    }
    log();
  }

  let build: BuildOutcome | undefined;
  let bundles: BundleSizes[] | undefined;
  let pages: PageTiming[] | { error: string } | undefined;
  let pageFlow: FileFlowTiming | { error: string } | undefined;
  if (!SKIP.has('browser')) {
    log('== pages');
    build = ensureDist(log, flag('--rebuild'));
    if (!build.built && build.distBuiltAt) log(`   using dist/ built ${build.distBuiltAt}`);
    if (build.built) log(`   built dist/ in ${fmtMs(build.ms)} with ${build.how}`);
    if (fs.existsSync(path.join(path.resolve(__dirname, '..'), 'dist', 'taskpane.html'))) {
      bundles = bundleSizes();
      for (const b of bundles)
        log(
          `   ${b.page}: ${b.ownGzipKB} KB gzip in ${b.files.length} files${b.officeJsGzipKB ? ` (+ office.js ${b.officeJsGzipKB} KB)` : ''}${b.lazyGzipKB ? ` (+ ${b.lazyGzipKB} KB loaded on demand)` : ''}`,
        );
      try {
        pages = await pageTimings(QUICK ? 2 : 3);
        for (const p of pages)
          log(`   ${p.page}: ready in ${fmtMs(p.readyMs)} (runs ${p.readyAllMs.join(', ')} ms)`);
      } catch (e) {
        pages = { error: (e as Error).message.split('\n')[0] };
        log(`   page timing failed: ${pages.error}`);
      }
      if (SELECTED.some((c) => c.id === 'list-100k'))
        try {
          const { file } = await ensureInput(CASES.find((c) => c.id === 'list-100k')!);
          pageFlow = await pageFileFlow(file, 'Danh sach ho so', QUICK ? 1 : 3);
          log(
            `   web.html, 100k list: figures in ${fmtMs(pageFlow.figuresMs)}, downloaded in ${fmtMs(pageFlow.downloadMs)} (runs ${pageFlow.downloadAllMs.join(', ')} ms)`,
          );
        } catch (e) {
          pageFlow = { error: (e as Error).message.split('\n')[0] };
          log(`   page file flow failed: ${pageFlow.error}`);
        }
    } else log(`   no dist/: ${build.error}`);
    log();
  }

  // -------------------------------------------------------------------------------------------------
  // Tables

  const fail = (r?: ChildResult) => (r && r.status !== 'ok' ? r.status.toUpperCase() : '–');
  const phase = (r: Record<string, unknown> | ChildResult | undefined, name: string) =>
    (
      ((r as Record<string, unknown>)?.phases ?? (r as ChildResult)?.phasesSeen) as
        { phase: string; ms: number }[] | undefined
    )?.find((p) => p.phase === name)?.ms;

  log(
    'Core: grid -> report (median of runs), in-process; peak = whole child (grid built in memory + report)',
  );
  log(
    table(
      [
        'case',
        'core (median)',
        'min',
        'CPU',
        'layout+marks',
        'units',
        'findings',
        'peak RSS',
        'heap peak',
        'load',
      ],
      results.map(({ case: c, core }) => {
        const r = ok(core);
        return [
          c.id,
          r ? fmtMs(r.coreMs as number) : fail(core),
          r ? fmtMs(r.coreMinMs as number) : '–',
          r ? fmtMs(r.coreCpuMs as number) : '–',
          r ? fmtMs(r.layoutMs as number) : '–',
          r ? String((r.units as number) + (r.leaders ? ` (${r.leaders} leaders)` : '')) : '–',
          r ? String(r.findings) : '–',
          fmtMB(core?.peakRssMB),
          fmtMB(core?.heapPeakMB),
          core ? String(core.loadBefore[0]) : '–',
        ];
      }),
    ),
  );
  log();
  log(
    'File path (src/cli/summarize.ts step for step): open (zip index), readSheets (streaming), summarize, write summary, write .xlsx (input package patched)',
  );
  log(
    table(
      [
        'case',
        'input',
        'total',
        'CPU',
        'open',
        'readSheets',
        'summarize',
        'write .xlsx',
        'peak RSS',
        'heap peak',
        'same report',
      ],
      results.map(({ case: c, input, file }) => {
        const r = ok(file);
        return [
          c.id,
          fmtKB(input?.bytes),
          r
            ? fmtMs(r.totalMs as number)
            : `${fail(file)} ${file?.lastPhase ? `after ${file.lastPhase}` : ''}`.trim(),
          r ? fmtMs(r.cpuMs as number) : '–',
          fmtMs(phase(r ?? file, 'openWorkbook')),
          fmtMs(phase(r ?? file, 'readSheets')),
          fmtMs(phase(r ?? file, 'summarize')),
          r || !file
            ? fmtMs(phase(r, 'writeXlsx'))
            : file.lastPhase === 'highlight'
              ? `> ${fmtMs(file.wallMs - file.phasesSeen.reduce((a, p) => a + p.ms, 0))}`
              : '–',
          fmtMB(file?.peakRssMB),
          fmtMB(file?.heapPeakMB),
          r ? (r.reportMatchesCore ? 'yes' : 'NO') : '–',
        ];
      }),
    ),
  );
  log();
  const commandNames = [
    'listSheets',
    'loadSettings',
    'readSheets',
    'writeSummary',
    'highlight',
    'clearHighlights',
    'saveSettings',
    'selectCell',
  ];
  log(
    'Office.js adapter through the real Office.js client library (test/excel/wire: excel-web-16.00.debug.js serializes every request): sync() calls per command; largest request / response of readSheets, writeSummary and highlight',
  );
  log(
    table(
      [
        'case',
        ...commandNames.map((n) => n.replace('Settings', 'Set.').replace('Highlights', 'Hl')),
        'read max resp',
        'write max req',
        'hl max req',
        'errors',
      ],
      results
        .map(({ case: c, office }) => ({ id: c.id, office }))
        .map(({ id, office }) => {
          const r = ok(office);
          const cmds =
            (r?.commands as {
              command: string;
              syncs: number;
              maxRequestBytes: number;
              maxResponseBytes: number;
              error?: string;
            }[]) ?? [];
          const get = (n: string) => cmds.find((x) => x.command === n);
          return [
            id,
            ...commandNames.map((n) => (r ? String(get(n)?.syncs ?? '–') : fail(office))),
            fmtKB(get('readSheets')?.maxResponseBytes),
            fmtKB(get('writeSummary')?.maxRequestBytes),
            fmtKB(get('highlight')?.maxRequestBytes),
            cmds
              .filter((x) => x.error)
              .map((x) => `${x.command}: ${x.error}`)
              .join('; ') ||
              (r && !r.reportMatchesCore ? 'report differs' : '') ||
              (office && office.status !== 'ok' ? String(office.error) : ''),
          ];
        }),
    ),
  );
  log();

  const loRows = results.filter((r) => r.libreoffice);
  if (loRows.length) {
    log(
      "The officers' way: list + COUNTIFS sheet recalculated by LibreOffice headless (soffice --convert-to csv), same run",
    );
    log(
      table(
        [
          'case',
          'LibreOffice',
          'of which start-up',
          'ours: file path',
          'ratio',
          'ours: core',
          'ratio',
          'same counts',
        ],
        loRows.map(({ case: c, libreoffice, file, core }) => {
          if (!libreoffice || 'error' in libreoffice)
            return [c.id, `failed: ${libreoffice?.error ?? ''}`, '', '', '', '', '', ''];
          const f = ok(file)?.totalMs as number | undefined;
          const k = ok(core)?.coreMs as number | undefined;
          return [
            c.id,
            fmtMs(libreoffice.convertMs),
            fmtMs(libreoffice.startupMs),
            fmtMs(f),
            f ? `${round(f / libreoffice.convertMs, 2)}×` : '–',
            fmtMs(k),
            k ? `${round(k / libreoffice.convertMs, 3)}×` : '–',
            libreoffice.matchesEngine ? 'yes' : `NO (${libreoffice.mismatches[0] ?? 'no rows'})`,
          ];
        }),
      ),
    );
    log();
  }

  // -------------------------------------------------------------------------------------------------
  // Targets

  const targets: Target[] = [];
  const byId = (id: string) => results.find((r) => r.case.id === id);
  const add = (
    target: string,
    value: number | undefined,
    limit: number,
    unit: 'ms' | 'MB' | 'KB',
    note?: string,
  ) => {
    const f = unit === 'ms' ? fmtMs : unit === 'MB' ? fmtMB : (x: number) => `${x} KB`;
    targets.push({
      target,
      figure: value === undefined ? 'not measured' : f(value),
      limit: `< ${f(limit)}`,
      ratio: value === undefined ? '–' : `${round(value / limit, 2)}× of limit`,
      verdict: value === undefined ? 'n/a' : value < limit ? 'PASS' : 'MISS',
      note,
    });
  };
  const l100 = byId('list-100k');
  if (l100) {
    add('100,000-row list: core (grid -> report)', ok(l100.core)?.coreMs as number | undefined, 1000, 'ms');
    const lo = l100.libreoffice && !('error' in l100.libreoffice) ? l100.libreoffice.convertMs : undefined;
    if (lo !== undefined)
      add(
        `100,000-row list: whole file path (read, summarize, write) vs 1/5 of LibreOffice's COUNTIFS recalculation (${fmtMs(lo)}) in the same run`,
        ok(l100.file)?.totalMs as number | undefined,
        lo / 5,
        'ms',
      );
    else
      targets.push({
        target: "100,000-row list: whole file path at most 1/5 of LibreOffice's time",
        figure: `${fmtMs(ok(l100.file)?.totalMs as number)}; LibreOffice not measured`,
        limit: 'LibreOffice / 5',
        ratio: '–',
        verdict: 'n/a',
      });
    add(
      '100,000-row list: peak memory of the file path itself (RSS, before the report check)',
      (ok(l100.file)?.fileMaxRssMB as number | undefined) ?? l100.file?.peakRssMB ?? undefined,
      400,
      'MB',
    );
    add('100,000-row list: peak memory, core (RSS)', l100.core?.peakRssMB ?? undefined, 500, 'MB');
  }
  const l500 = byId('list-500k');
  if (l500) {
    const fileOk = l500.file?.status === 'ok';
    if (fileOk) {
      add('500,000-row list: whole file path', ok(l500.file)?.totalMs as number, 10_000, 'ms');
      add(
        '500,000-row list: peak memory of the file path itself (RSS, before the report check)',
        (ok(l500.file)?.fileMaxRssMB as number | undefined) ?? l500.file?.peakRssMB ?? undefined,
        1024,
        'MB',
      );
    } else
      targets.push({
        target: '500,000-row list: whole file path completes in < 10 s, < 1 GB',
        figure: `${l500.file?.status ?? 'not run'}: ${l500.file?.error ?? ''}, peak RSS ${fmtMB(l500.file?.peakRssMB)}`,
        limit: 'completes',
        ratio: '–',
        verdict: l500.file ? 'MISS' : 'n/a',
      });
    targets.push({
      target: '500,000-row list completes in the core',
      figure: !l500.core
        ? 'not measured'
        : l500.core.status === 'ok'
          ? `${fmtMs(ok(l500.core)?.coreMs as number)}, peak RSS ${fmtMB(l500.core.peakRssMB)}`
          : `${l500.core.status}: ${l500.core.error}`,
      limit: 'completes',
      ratio: '–',
      verdict: l500.core ? (l500.core.status === 'ok' ? 'PASS' : 'MISS') : 'n/a',
    });
  }
  // sync() calls per command the same at every size: compared within a layout (same shape, growing size)
  const officeRuns = results.filter((r) => r.office?.status === 'ok');
  /** Sync count of a command that ran and succeeded (failures are reported on their own line). */
  const syncsOf = (r: CaseResults, name: string) => {
    const cmd = (ok(r.office)!.commands as { command: string; syncs: number; error?: string }[]).find(
      (x) => x.command === name,
    );
    return cmd && !cmd.error ? cmd.syncs : undefined;
  };
  const kinds = [...new Set(officeRuns.map((r) => r.case.kind))].filter(
    (k) => officeRuns.filter((r) => r.case.kind === k).length > 1,
  );
  if (kinds.length) {
    for (const name of commandNames) {
      const groups = kinds.map((k) =>
        officeRuns
          .filter((r) => r.case.kind === k)
          .map((r) => ({ id: r.case.id, syncs: syncsOf(r, name) }))
          .filter((x) => x.syncs !== undefined),
      );
      const constant = groups.every((g) => new Set(g.map((x) => x.syncs)).size === 1);
      const all = groups.flat().map((x) => x.syncs ?? 0);
      targets.push({
        target: `Office.js ${name}: sync() calls the same at every size`,
        figure: groups.map((g) => g.map((x) => `${x.id} ${x.syncs}`).join(', ')).join('; '),
        limit: 'constant per layout',
        ratio: constant ? '–' : `${Math.min(...all)}..${Math.max(...all)}`,
        verdict: constant ? 'PASS' : 'MISS',
      });
    }
  }
  if (officeRuns.length) {
    const failedCommands = officeRuns.flatMap((r) =>
      (ok(r.office)!.commands as { command: string; error?: string }[])
        .filter((x) => x.error)
        .map((x) => `${r.case.id} ${x.command}: ${x.error}`),
    );
    targets.push({
      target: 'Office.js: every command succeeds at every size',
      figure: failedCommands.length ? failedCommands.join('; ') : 'all succeed',
      limit: 'no error',
      ratio: '–',
      verdict: failedCommands.length ? 'MISS' : 'PASS',
    });
    const sizes = (r?: ChildResult) =>
      (
        (ok(r)?.commands as { maxRequestBytes: number; maxResponseBytes: number }[] | undefined) ?? []
      ).flatMap((x) => [x.maxRequestBytes, x.maxResponseBytes]);
    const worst = Math.max(...officeRuns.flatMap((r) => sizes(r.office)));
    targets.push({
      target: 'Office.js: largest request/response under the 5 MB payload limit',
      figure: fmtKB(worst),
      limit: '< 5 MB',
      ratio: `${round(worst / (5 * 1048576), 2)}× of limit`,
      verdict: worst < 5 * 1048576 ? 'PASS' : 'MISS',
    });
  }
  if (pageFlow)
    add(
      'standalone page, 100,000-row list: file chosen -> figures -> summary inserted -> downloaded',
      'error' in pageFlow ? undefined : pageFlow.downloadMs,
      3000,
      'ms',
      'error' in pageFlow ? pageFlow.error : `figures after ${fmtMs(pageFlow.figuresMs)}`,
    );
  const tp = bundles?.find((b) => b.page === 'taskpane.html');
  if (!SKIP.has('browser'))
    add('task-pane bundle (gzip, office.js excluded)', tp?.ownGzipKB, TASKPANE_BUDGET_KB, 'KB');

  log('Targets (2-core machine)');
  log(
    table(
      ['target', 'figure', 'limit', 'ratio', 'verdict'],
      targets.map((t) => [t.target, t.figure, t.limit, t.ratio, t.verdict]),
    ),
  );
  for (const t of targets.filter((x) => x.note)) log(`  note (${t.target}): ${t.note}`);
  log();

  const totalMs = round(performance.now() - t0);
  const out = {
    generatedAt: started.toISOString(),
    durationMs: totalMs,
    git,
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim(),
      totalMemGB: round(os.totalmem() / 1073741824, 1),
      heapLimitMB: round((await import('node:v8')).getHeapStatistics().heap_size_limit / 1048576),
      loadAvgAtEnd: load(),
    },
    options: {
      quick: QUICK,
      runs: RUNS,
      skip: [...SKIP],
      cases: SELECTED.map((c) => c.id),
      seed: seedOf(),
      generatorVersion: GENERATOR_VERSION,
    },
    cases: results.map((r) => ({
      ...r,
      case: r.case.id,
      label: r.case.label,
      size: r.case.size,
      kind: r.case.kind,
    })),
    build,
    bundles,
    pages,
    pageFlow,
    targets,
  };
  // Formatted as the repository's Prettier config would (`npm run lint` checks bench/ too).
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(OUT)) ?? {};
  fs.writeFileSync(OUT, await prettier.format(JSON.stringify(out, null, 2), { ...config, filepath: OUT }));
  log(`Done in ${fmtMs(totalMs)}; results written to ${path.relative(process.cwd(), OUT)}`);
}

main().catch((e: Error) => {
  process.stderr.write(`bench failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
