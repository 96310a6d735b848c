/**
 * Shared set-up of the browser tests: the production build in dist/ served on 127.0.0.1, Debian's
 * Chromium driven by playwright-core with a fresh profile, every request checked to stay local,
 * and screenshots kept in test-artifacts/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export { DIST } from './static-server';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
export const FIXTURES = path.resolve(__dirname, '../fixtures');

/**
 * How the browser suites run: in describe when Chromium is there; without it they are skipped with the
 * reason printed on a developer's machine, but in CI (CI=true) they fail: a green CI must have run them.
 */
export function browserDescribe(hasChromium: boolean, ci: string | undefined): jest.Describe {
  if (hasChromium) return describe;
  const reason = `${CHROMIUM} is absent. Install it with "apt-get update && apt-get install -y chromium".`;
  if (ci === 'true' || ci === '1') {
    const failing = (name: string) =>
      describe(name, () =>
        test('needs Chromium', () => {
          throw new Error(`Browser tests cannot run in CI: ${reason}`);
        }),
      );
    return Object.assign(failing, {
      skip: describe.skip,
      only: failing,
      each: describe.each,
    }) as unknown as jest.Describe;
  }
  console.warn(`Browser tests skipped: ${reason}`);
  return describe.skip;
}

export const describeInBrowser = browserDescribe(fs.existsSync(CHROMIUM), process.env.CI);

import type { StaticServer } from './static-server';
export { serveDist, type StaticServer } from './static-server';

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
