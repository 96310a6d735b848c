// Regenerates the pictures of docs/huong-dan-su-dung.md from the browser tests' own screenshots and
// the summary sheet rendered by LibreOffice, so the guide never drifts from the product.
// Run: npm run screenshots   (builds, runs the browser tests, then copies and renders)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const artifacts = path.join(root, 'test-artifacts');
const images = path.join(root, 'docs', 'images');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

run('npx', ['webpack', '--mode', 'production']);
run('npx', ['jest', 'test/browser']);
fs.mkdirSync(images, { recursive: true });
const shots = {
  'pane-1-sheets': '01-trang-tinh',
  'pane-2-check': '02-kiem-tra',
  'pane-3-thresholds': '03-nguong',
  'pane-4-indicators': '04-chi-tieu',
  'web-1-open': '05-trang-doc-lap',
  'web-7-workspace': '07-bang-so-lieu',
  'web-9b-chart-only': '08-bieu-do',
  'web-10b-print-page-1': '09-xem-truoc-ban-in',
};
for (const [from, to] of Object.entries(shots))
  fs.copyFileSync(path.join(artifacts, `${from}.png`), path.join(images, `${to}.png`));

// The appendix as printed: the sample workbook summarized, only the summary sheet rendered.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-guide-'));
const out = path.join(tmp, 'phu-luc.xlsx');
run('npx', ['tsx', 'src/cli/summarize.ts', 'assets/tep-mau-cchc.xlsx', '--out', out]);
run('npx', ['tsx', 'scripts/summary-only.ts', out]);
run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, out], { stdio: 'ignore' });
run('pdftoppm', [
  '-r',
  '70',
  '-png',
  '-f',
  '1',
  '-l',
  '1',
  path.join(tmp, 'phu-luc.pdf'),
  path.join(tmp, 'page'),
]);
const page = fs.readdirSync(tmp).find((f) => f.startsWith('page') && f.endsWith('.png'));
fs.copyFileSync(path.join(tmp, page), path.join(images, '06-phu-luc.png'));
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`Pictures written to ${path.relative(root, images)}/`);
