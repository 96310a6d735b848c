/**
 * The pages: gzip size of what taskpane.html and web.html load (dist/, the production build), and the
 * time until each page is ready in headless Chromium, served from 127.0.0.1 with a fresh profile per
 * load (a cold cache, as on an officer's first open).
 *
 * Ready means: taskpane.html (outside Excel) shows its "open me from Excel" message, i.e. office.js has
 * loaded, Office.onReady has fired and React has rendered; web.html shows its file picker button.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveDist } from '../test/browser/static-server';
import { median, round } from './measure';

const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
export const TASKPANE_BUDGET_KB = 350;

export interface BuildOutcome {
  built: boolean;
  /** When dist/taskpane.html was written (a kept dist/ may be older than src/). */
  distBuiltAt?: string;
  ms?: number;
  how?: string;
  error?: string;
}

function firstErrorLine(text: string): string {
  const line = text.split('\n').find((l) => /error|cannot|failed/i.test(l) && !/npm warn/i.test(l));
  return (line ?? text.trim().split('\n').pop() ?? '').trim().slice(0, 200);
}

/** Builds dist/ when it is missing: `npx webpack --mode production`, else the bench's ajv workaround. */
export function ensureDist(log: (s: string) => void, rebuild = false): BuildOutcome {
  const outcome = ensureBuilt(log, rebuild);
  const html = path.join(DIST, 'taskpane.html');
  return fs.existsSync(html) ? { ...outcome, distBuiltAt: fs.statSync(html).mtime.toISOString() } : outcome;
}

function ensureBuilt(log: (s: string) => void, rebuild: boolean): BuildOutcome {
  if (
    !rebuild &&
    fs.existsSync(path.join(DIST, 'taskpane.html')) &&
    fs.existsSync(path.join(DIST, 'web.html'))
  )
    return { built: false, how: 'dist/ already present (not rebuilt; --rebuild to rebuild)' };
  if (!fs.existsSync(path.join(ROOT, 'webpack.config.js')))
    return { built: false, error: 'no webpack.config.js' };
  log(`${rebuild ? '--rebuild' : 'dist/ missing'}: npx webpack --mode production …`);
  let t = performance.now();
  const npx = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (npx.status === 0)
    return { built: true, ms: round(performance.now() - t), how: 'npx webpack --mode production' };
  const error = firstErrorLine(`${npx.stdout}\n${npx.stderr}`);
  log(`  failed: ${error}`);
  log('  retrying with bench/build-dist.ts (same config; ajv resolved for ajv-keywords) …');
  t = performance.now();
  const shim = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'build-dist.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (shim.status === 0)
    return {
      built: true,
      ms: round(performance.now() - t),
      how: 'bench/build-dist.ts (npx webpack failed)',
      error: `npx webpack --mode production: ${error}`,
    };
  return { built: false, error: `${error}; fallback: ${firstErrorLine(`${shim.stdout}\n${shim.stderr}`)}` };
}

function scriptsOf(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  // html-webpack-plugin's production output drops attribute quotes (<script defer src=taskpane.1234.js>).
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

export interface BundleSizes {
  page: string;
  /** Our own scripts the page loads first (office.js excluded), gzip level 9. */
  ownGzipKB: number;
  ownRawKB: number;
  files: { file: string; gzipKB: number; rawKB: number }[];
  /** office.js as served with the add-in (Microsoft's, not counted in the budget). */
  officeJsGzipKB?: number;
  /** Chunks neither page loads up front (web.html fetches ExcelJS when a file is chosen). */
  lazyGzipKB?: number;
  lazyFiles?: string[];
}

export function bundleSizes(): BundleSizes[] {
  const all = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const upFront = new Set(['taskpane.html', 'web.html'].flatMap(scriptsOf));
  return ['taskpane.html', 'web.html'].map((page) => {
    const scripts = scriptsOf(page);
    const own = scripts.filter((s) => !s.startsWith('office-js/'));
    const files = own.map((file) => ({
      file,
      gzipKB: round(gzip(file) / 1024),
      rawKB: round(fs.statSync(path.join(DIST, file)).size / 1024),
    }));
    const out: BundleSizes = {
      page,
      ownGzipKB: round(files.reduce((a, f) => a + f.gzipKB, 0)),
      ownRawKB: round(files.reduce((a, f) => a + f.rawKB, 0)),
      files,
    };
    if (scripts.some((s) => s.startsWith('office-js/')))
      out.officeJsGzipKB = round(gzip('office-js/office.js') / 1024);
    if (page === 'web.html') {
      const lazy = all.filter((f) => !upFront.has(f));
      out.lazyGzipKB = round(lazy.reduce((a, f) => a + gzip(f), 0) / 1024);
      out.lazyFiles = lazy;
    }
    return out;
  });
}

export interface PageTiming {
  page: string;
  runs: number;
  /** From navigation start to the ready element (in-page performance.now()). */
  readyMs: number;
  readyAllMs: number[];
  domContentLoadedMs: number;
  loadMs: number;
  requests: number;
  foreignRequests: string[];
  pageErrors: string[];
}

/**
 * In-page predicates (functions, not strings: the pages' CSP forbids eval, and Playwright evaluates a
 * string predicate with eval). They return performance.now() at the first animation frame the page is ready.
 */
const READY: Record<string, () => number | false> = {
  // NotInExcel's message (src/taskpane/i18n.ts notInExcel) once Office.onReady has fired outside Excel.
  'taskpane.html': () =>
    /Hãy mở phần bổ trợ này từ Excel/.test(document.getElementById('container')?.innerText ?? '')
      ? performance.now()
      : false,
  // The standalone page's file picker (src/web/FilePicker.tsx).
  'web.html': () =>
    !!document.querySelector('#container input[type=file]') &&
    [...document.querySelectorAll<HTMLElement>('#container button')].some((b) => b.offsetParent !== null)
      ? performance.now()
      : false,
};

/** Headless Chromium with a fresh profile and no background traffic (this machine's network is closed). */
async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1000, height: 900 },
    locale: 'vi-VN',
  });
  return { context, profile };
}

export interface FileFlowTiming {
  runs: number;
  /** File chosen -> the report's first sheet heading shows. */
  figuresMs: number;
  /** File chosen -> summary inserted -> the .xlsx download has arrived (the officer's whole errand). */
  downloadMs: number;
  downloadAllMs: number[];
  downloadBytes: number;
}

/**
 * The standalone page as an officer uses it: choose the file, wait for the figures, open "Chỉ tiêu",
 * "Chèn bảng tổng hợp", "Tải tệp về". Clicks are made as soon as their button shows.
 */
export async function pageFileFlow(file: string, heading: string, runs: number): Promise<FileFlowTiming> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is absent`);
  const server = await serveDist(DIST);
  const figures: number[] = [];
  const downloads: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const { context, profile } = await launch();
      try {
        await context.route('**/*', (route) =>
          route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort(),
        );
        const p = context.pages()[0] ?? (await context.newPage());
        await p.goto(`${server.origin}/web.html`);
        await p.getByRole('button', { name: 'Chọn tệp .xlsx' }).waitFor();
        const start = Date.now();
        await p.locator('input[type=file]').first().setInputFiles(file);
        await p.getByRole('heading', { name: heading }).waitFor({ timeout: 120_000 });
        figures.push(Date.now() - start);
        await p.getByRole('tab', { name: 'Chỉ tiêu' }).click();
        await p.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
        await p.getByText(/Đã chèn trang “/).waitFor({ timeout: 120_000 });
        const [download] = await Promise.all([
          p.waitForEvent('download', { timeout: 120_000 }),
          p.getByRole('button', { name: 'Tải tệp về' }).click(),
        ]);
        const saved = await download.path();
        downloads.push(Date.now() - start);
        bytes = fs.statSync(saved).size;
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return {
    runs,
    figuresMs: round(median(figures)),
    downloadMs: round(median(downloads)),
    downloadAllMs: downloads,
    downloadBytes: bytes,
  };
}

export async function pageTimings(runs: number): Promise<PageTiming[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is absent`);
  const server = await serveDist(DIST);
  const out: PageTiming[] = [];
  try {
    for (const page of ['taskpane.html', 'web.html']) {
      const ready: number[] = [];
      const dcl: number[] = [];
      const load: number[] = [];
      let requests = 0;
      const foreign: string[] = [];
      const errors: string[] = [];
      for (let i = 0; i < runs; i++) {
        const { context, profile } = await launch();
        try {
          requests = 0;
          await context.route('**/*', (route) => {
            const url = route.request().url();
            requests++;
            if (url.startsWith(`${server.origin}/`)) return route.continue();
            foreign.push(url);
            return route.abort();
          });
          const p = context.pages()[0] ?? (await context.newPage());
          p.on('pageerror', (e) => errors.push(String(e).slice(0, 160)));
          await p.goto(`${server.origin}/${page}`, { waitUntil: 'commit' });
          const handle = await p.waitForFunction(READY[page], undefined, { polling: 'raf', timeout: 30_000 });
          ready.push(Number(await handle.jsonValue()));
          await p.waitForLoadState('load');
          const nav = (await p.evaluate(() => {
            const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
            return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
          })) as { dcl: number; load: number };
          dcl.push(nav.dcl);
          load.push(nav.load);
        } finally {
          await context.close();
          fs.rmSync(profile, { recursive: true, force: true });
        }
      }
      out.push({
        page,
        runs,
        readyMs: round(median(ready)),
        readyAllMs: ready.map((x) => round(x)),
        domContentLoadedMs: round(median(dcl)),
        loadMs: round(median(load)),
        requests,
        foreignRequests: [...new Set(foreign)],
        pageErrors: [...new Set(errors)],
      });
    }
  } finally {
    await server.close();
  }
  return out;
}
