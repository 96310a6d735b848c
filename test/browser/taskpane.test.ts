/**
 * The task pane in Chromium at the width of an Excel pane, over an in-page fake host (the hook
 * window.__CCHC_TEST_HOST__) that serves the grids of a real fixture and records what the pane asks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Grid } from '../../src/core/grid';
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

/** Grids as JSON, dates tagged so that the page can revive them. */
async function fixtureGrids(file: string): Promise<string> {
  const host = new XlsxHost(await openWorkbook(fs.readFileSync(path.join(FIXTURES, file))));
  const grids: Grid[] = await host.readSheets();
  return JSON.stringify(grids, (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value)
      ? { $date: value }
      : value,
  );
}

type Call = [string, ...unknown[]];

/**
 * Runs in the page before its scripts. Plain JS on purpose: it is serialized into the page. Models a
 * workbook just enough: sheets by name, one summary sheet replaced on each insert, stored settings.
 */
function installFakeHost(gridsJson: string) {
  const grids = JSON.parse(gridsJson, (_key, value) =>
    value && typeof value === 'object' && '$date' in value ? new Date(value.$date) : value,
  );
  const calls: Call[] = [];
  const sheets: string[] = grids.map((g: { name: string }) => g.name);
  let summary: string | null = null;
  let settings: unknown = null;
  const w = window as unknown as Record<string, unknown>;
  w.__CCHC_TEST_CALLS__ = calls;
  w.__CCHC_TEST_SHEETS__ = sheets;
  w.__CCHC_TEST_HOST__ = {
    async listSheets() {
      return sheets.map((name) => ({ name, rowCount: 0, columnCount: 0, isOwnSummary: name === summary }));
    },
    async readSheets(_names: unknown, onProgress?: (done: number, total: number) => void) {
      calls.push(['readSheets']);
      grids.forEach((_g: unknown, i: number) => onProgress?.(i + 1, grids.length));
      return grids;
    },
    async writeSummary(layout: { sheetName: string }) {
      calls.push(['writeSummary', layout.sheetName]);
      if (summary) sheets.splice(sheets.indexOf(summary), 1);
      summary = layout.sheetName;
      sheets.push(summary);
      return { sheetName: summary };
    },
    async highlight(marks: unknown[]) {
      calls.push(['highlight', marks.length]);
    },
    async clearHighlights() {
      calls.push(['clearHighlights']);
    },
    async selectCell(sheet: string, row: number, column?: string) {
      calls.push(['selectCell', sheet, row, column]);
    },
    async loadSettings() {
      return settings;
    },
    async saveSettings(next: unknown) {
      calls.push(['saveSettings', next]);
      settings = next;
    },
  };
}

describeInBrowser('task pane (taskpane.html) over a fake host', () => {
  let server: StaticServer;
  let session: Session;
  const calls = () =>
    session.page.evaluate(() => (window as unknown as { __CCHC_TEST_CALLS__: Call[] }).__CCHC_TEST_CALLS__);

  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    session = await openSession(server, { width: 320, height: 720 });
    await session.page.addInitScript(installFakeHost, await fixtureGrids('loi-so-lieu-2024-06.xlsx'));
    await session.page.goto(`${server.origin}/taskpane.html`);
    await session.page.getByRole('heading', { name: 'Bao cao loi' }).waitFor();
  });
  afterEach(async () => {
    const { foreignRequests, pageErrors } = session;
    await session.close();
    expect(foreignRequests).toEqual([]);
    expect(cspViolations(pageErrors)).toEqual([]);
  });

  it('lists the sheets with their kind, and a click on a finding selects its cell', async () => {
    const { page } = session;
    await snap(page, 'pane-1-sheets');
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: /^Ô D13/ }).click();
    await page.getByRole('button', { name: /^Ô J14/ }).focus();
    await page.keyboard.press('Enter');
    expect((await calls()).filter((c) => c[0] === 'selectCell')).toEqual([
      ['selectCell', 'Bao cao loi', 13, 'D'],
      ['selectCell', 'Bao cao loi', 14, 'J'],
    ]);
    await snap(page, 'pane-2-check');
  });

  it('saves a corrected kind and column in the workbook', async () => {
    const { page } = session;
    const saves = async (count: number) => {
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __CCHC_TEST_CALLS__: Call[] }).__CCHC_TEST_CALLS__.filter(
            (c) => c[0] === 'saveSettings',
          ).length === n,
        count,
      );
      return (await calls()).filter((c) => c[0] === 'saveSettings').map((c) => c[1]);
    };
    await page.getByRole('combobox', { name: 'Loại bảng' }).nth(2).click();
    await page.getByRole('option', { name: 'Ký số của lãnh đạo' }).click();
    expect((await saves(1))[0]).toMatchObject({ kindOverrides: { 'Công văn': 'signatures' } });

    await page.getByRole('button', { name: 'Cột dữ liệu' }).first().click();
    await page.getByRole('combobox', { name: 'Tiếp nhận qua bưu chính công ích' }).click();
    await snap(page, 'pane-1b-columns');
    await page.getByRole('option', { name: /^K – / }).click();
    expect((await saves(2))[1]).toMatchObject({
      kindOverrides: { 'Công văn': 'signatures' },
      columnOverrides: { 'Bao cao loi': { recvPostal: 'K' } },
    });
  });

  it('saves a threshold preset in the workbook and rejects a bad percent', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Ngưỡng' }).click();
    await page.getByRole('combobox', { name: 'Bộ ngưỡng' }).click();
    await page.getByRole('option', { name: 'Lâm Đồng 2025' }).click();
    expect(
      await page.getByRole('textbox', { name: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', exact: true }).inputValue(),
    ).toBe('70');
    await page.getByRole('button', { name: 'Lưu ngưỡng' }).click();
    await page.getByText('Đã lưu thiết lập vào sổ làm việc.').waitFor();
    const saved = (await calls()).filter((c) => c[0] === 'saveSettings').map((c) => c[1]);
    expect(saved).toMatchObject([
      { activePreset: 'lam-dong-2025', thresholds: { onlineRate: 0.7, onTimeRate: 0.98 } },
    ]);

    await page.getByRole('textbox', { name: 'Tỷ lệ thanh toán trực tuyến', exact: true }).fill('120');
    await page.getByRole('button', { name: 'Lưu ngưỡng' }).click();
    await page.getByText('Tỷ lệ phải từ 0 đến 100.').waitFor();
    expect(await page.getByRole('combobox', { name: 'Bộ ngưỡng' }).innerText()).toBe('Tùy chỉnh');
    await snap(page, 'pane-3-thresholds');
  });

  it('computes the indicators and, inserted twice, leaves one summary sheet', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByRole('button', { name: 'Tính chỉ tiêu' }).click();
    await page.getByRole('table').first().waitFor();
    await snap(page, 'pane-4-indicators');
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
      // The message stays in view at the top while the officer is at the bottom of the panel.
      await page.getByText('Đã chèn trang “Tổng hợp CCHC”').waitFor();
      if (i === 0) await snap(page, 'pane-5-inserted', { fullPage: false });
      await page.getByRole('button', { name: 'Đóng' }).click();
    }
    const sheets = await page.evaluate(
      () => (window as unknown as { __CCHC_TEST_SHEETS__: string[] }).__CCHC_TEST_SHEETS__,
    );
    expect(sheets.filter((s) => s === 'Tổng hợp CCHC')).toHaveLength(1);
    const log = (await calls()).map((c) => c[0]);
    expect(log.filter((c) => c === 'writeSummary')).toHaveLength(2);
    // Each insert clears the previous shading before marking the units below target again.
    expect(log.filter((c) => c !== 'readSheets')).toEqual([
      'writeSummary',
      'clearHighlights',
      'highlight',
      'writeSummary',
      'clearHighlights',
      'highlight',
    ]);
  });
  it('shows the chart of the first indicator and previews the appendix in a dialog, pane-sized', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    const chart = page.getByRole('img', {
      name: /^Biểu đồ tỷ lệ hồ sơ giải quyết đúng hạn: \d+\/\d+ đơn vị/,
    });
    await chart.waitFor();
    expect(await chart.locator('line[data-target="0.98"]').count()).toBe(1);
    await snap(page, 'pane-6-chart');
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xem trước bản in (khổ A4 ngang)' });
    const first = dialog.getByRole('region', { name: /^Trang 1\/\d+$/ });
    await first.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { exact: true }).waitFor();
    await first.getByText('PHỤ LỤC', { exact: true }).waitFor();
    const box = (await first.locator('div').first().boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(297 / 210, 2);
    // Nothing is written by looking.
    expect((await calls()).filter((c) => c[0] === 'writeSummary')).toEqual([]);
    await snap(page, 'pane-7-print-preview', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
