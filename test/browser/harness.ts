/**
 * Shared set-up of the browser tests: the production build in dist/ served on 127.0.0.1, Debian's
 * Chromium driven by playwright-core with a fresh profile, every request checked to stay local,
 * and screenshots kept in test-artifacts/.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const DIST = path.resolve(__dirname, '../../dist');
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** describe, or describe.skip with the reason printed, when Chromium is not installed. */
export const describeInBrowser: jest.Describe = fs.existsSync(CHROMIUM)
  ? describe
  : (() => {
      console.warn(
        `Browser tests skipped: ${CHROMIUM} is absent. Install it with "apt-get update && apt-get install -y chromium".`,
      );
      return describe.skip;
    })();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ read-only on 127.0.0.1 (an ephemeral port). */
export async function serveDist(): Promise<StaticServer> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    throw new Error(`No production build in ${DIST}: run "npm run build" first.`);
  }
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(DIST, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that were not to the local server (aborted). */
  foreignRequests: string[];
  /** Console errors and CSP violations seen in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A fresh Chromium profile whose every non-local request is recorded and aborted. */
export async function openSession(
  server: StaticServer,
  options: { width?: number; height?: number; userAgent?: string } = {},
): Promise<Session> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: options.width ?? 1000, height: options.height ?? 900 },
    userAgent: options.userAgent,
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves test-artifacts/<name>.png: the whole page, or what the officer sees where it is scrolled. */
export async function snap(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/**
 * CSP violations other than office.js's telemetry frame: outside Excel, office.js loads its Office 2013
 * helper, which frames telemetryservice.firstpartyapps.oaspapps.com; the CSP blocking it is intended.
 */
export function cspViolations(pageErrors: string[]): string[] {
  return pageErrors.filter(
    (e) =>
      /Content Security Policy/i.test(e) &&
      !/^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//.test(e),
  );
}
