/** The task pane's first load stays small, never carries ExcelJS, and office.js is served with it. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './harness';

const BUDGET_GZIP = 350 * 1024;

function scriptsOf(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  // The minified HTML drops the quotes around plain attribute values.
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

describe('production build', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html')))
      throw new Error('No build in dist/: run "npm run build" first.');
  });

  it('loads office.js from its own folder, relatively, never from the CDN', () => {
    const scripts = scriptsOf('taskpane.html');
    expect(scripts[0]).toBe('office-js/office.js');
    for (const file of [
      'office.js',
      'excel-win32-16.01.js',
      'excel-web-16.00.js',
      'vi-vn/office_strings.js',
      'en-us/office_strings.js',
    ])
      expect(fs.existsSync(path.join(DIST, 'office-js', file))).toBe(true);
    expect(scripts.every((s) => !/^(https?:)?\/\//.test(s))).toBe(true);
  });

  it(`keeps the task pane's own scripts under ${BUDGET_GZIP / 1024} KB gzip`, () => {
    const bundles = scriptsOf('taskpane.html').filter((s) => !s.startsWith('office-js/'));
    const total = bundles.reduce((sum, s) => sum + gzipSize(s), 0);
    console.log(`task pane first load: ${(total / 1024).toFixed(1)} KB gzip in ${bundles.length} files`);
    expect(total).toBeLessThan(BUDGET_GZIP);
  });

  it('leaves ExcelJS out of the task pane', () => {
    for (const s of scriptsOf('taskpane.html').filter((x) => !x.startsWith('office-js/')))
      expect(fs.readFileSync(path.join(DIST, s), 'utf8')).not.toContain('xl/sharedStrings.xml');
  });

  it("stamps the manifest's <Version> from package.json, so each release refreshes Office's cache", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(DIST, '..', 'package.json'), 'utf8'));
    const manifest = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
  });
});
