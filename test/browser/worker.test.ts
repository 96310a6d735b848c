/**
 * The engine worker in the standalone page: a 100,000-row dossier list is opened, read and analyzed
 * without a main-thread task over 200 ms (long-task observer), "Hủy" really stops a long run, and the
 * worker's summary is the command line's, cell for cell, on every fixture.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseById, ensureInput } from '../../bench/cases';
import { settingsOptions, summarizeWorkbook } from '../../src/core/engine';
import { defaultSettings } from '../../src/core/schema';
import { buildSummaryLayout, highlightMarks } from '../../src/core/summary';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import {
  cspViolations,
  describeInBrowser,
  FIXTURES,
  openSession,
  serveDist,
  snap,
  type Session,
  type StaticServer,
} from './harness';

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

/** What the command line writes for `file` (npm run summarize -- file --out): the summary's cells. */
async function cliSummary(file: string): Promise<string> {
  const wb = await openWorkbook(fs.readFileSync(file));
  const host = new XlsxHost(wb);
  const settings = (await host.loadSettings()) ?? defaultSettings();
  const report = summarizeWorkbook(await host.readSheets(), {
    ...settingsOptions(settings),
    source: path.basename(file),
  });
  const { sheetName } = await host.writeSummary(
    buildSummaryLayout(report, {
      lang: 'vi',
      sheetName: settings.summarySheetName,
      appendix: settings.appendix,
    }),
  );
  await host.highlight(highlightMarks(report));
  const written = new ExcelJS.Workbook();
  await written.xlsx.load(host.save() as unknown as ArrayBuffer);
  return cellsOf(written.getWorksheet(sheetName)!);
}

function cellsOf(ws: ExcelJS.Worksheet): string {
  const out: unknown[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => out.push([r, c, cell.value])));
  return JSON.stringify(out);
}

describeInBrowser('engine worker in the standalone page', () => {
  let server: StaticServer;
  let session: Session;
  let bigList: string;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-worker-'));

  beforeAll(async () => {
    server = await serveDist();
    // bench/generate.ts's 100,000-row list (cached in bench/out/gen once written).
    bigList = (await ensureInput(caseById('list-100k'))).file;
  }, 300_000);
  afterAll(async () => {
    await server.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });
  beforeEach(async () => {
    session = await openSession(server, { width: 1000, height: 900 });
    await session.page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
  });
  afterEach(async () => {
    const { foreignRequests, pageErrors } = session;
    await session.close();
    expect(foreignRequests).toEqual([]);
    expect(cspViolations(pageErrors)).toEqual([]);
  });

  it('keeps every main-thread task under 200 ms while a 100,000-row list is processed', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.getByRole('button', { name: 'Chọn tệp .xlsx' }).waitFor();
    const from = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.locator('input[type=file]').first().setInputFiles(bigList);
    // The phases show while the worker runs.
    await page
      .getByText(/Đang mở tệp…|Đang đọc trang tính|Kiểm tra…|Tính chỉ tiêu…/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Danh sach ho so' }).waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - started;
    const until = await page.evaluate(() => performance.now());
    // Afterwards, for the record: drawing the indicator tables of the result (not the processing).
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByRole('table').first().waitFor();
    await snap(page, 'worker-100k-indicators', { fullPage: false });
    const tasks = await page.evaluate(() => window.__longTasks);
    const longestIn = (a: number, b: number) =>
      Math.round(Math.max(0, ...tasks.filter((t) => t.start >= a && t.start < b).map((t) => t.duration)));
    const longest = longestIn(from, until);
    console.log(
      `100k list in the page: figures in ${elapsed} ms, longest main-thread task ${longest} ms while processing; ` +
        `indicator tab drawn afterwards: longest task ${longestIn(until, Infinity)} ms`,
    );
    expect(longest).toBeLessThan(200);
  }, 180_000);

  it('stops a long run on "Hủy": back to choosing a file, nothing kept', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.locator('input[type=file]').first().setInputFiles(bigList);
    const cancel = page.getByRole('button', { name: 'Hủy việc đang chạy (không ghi gì vào tệp)' });
    await cancel.waitFor();
    await cancel.click();
    await page.getByText('Đã hủy. Không có gì được ghi vào tệp.').waitFor();
    await page.getByRole('button', { name: 'Chọn tệp .xlsx' }).waitFor();
    // The terminated worker never finishes: no sheet shows up afterwards.
    await page.waitForTimeout(3000);
    expect(await page.getByRole('heading', { name: 'Danh sach ho so' }).count()).toBe(0);
    await snap(page, 'worker-cancelled', { fullPage: false });
  }, 120_000);

  const fixtures = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

  it.each(fixtures)(
    'writes the command line’s summary for %s',
    async (fixture) => {
      const { page } = session;
      await page.goto(`${server.origin}/web.html`);
      await page.locator('input[type=file]').first().setInputFiles(path.join(FIXTURES, fixture));
      await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
      await page.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
      await page.getByText(/Đã chèn trang “/).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải tệp về' }).click(),
      ]);
      const saved = path.join(downloads, download.suggestedFilename());
      await download.saveAs(saved);
      const result = new ExcelJS.Workbook();
      await result.xlsx.readFile(saved);
      const name = result.worksheets.find((ws) => ws.name.startsWith('Tổng hợp CCHC'))!.name;
      expect(cellsOf(result.getWorksheet(name)!)).toBe(await cliSummary(path.join(FIXTURES, fixture)));
    },
    60_000,
  );
});
