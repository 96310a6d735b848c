/**
 * The standalone page end to end on real fixtures: open, check, compute, insert, download; the
 * downloaded workbook is read back with ExcelJS in node and must carry the expected figures.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatRate } from '../../src/core/format';
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

interface ExpectedUnit {
  name: string;
  metrics: Record<string, { numerator?: number; denominator?: number; value: number | null }>;
}

/** "UBND xã An Dũng" and "Xã An Dũng" are the same unit. */
function unitKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/^(UBND\s+)?(xã|thị trấn|phường)\s+/i, '')
    .trim()
    .toLowerCase();
}

function rowTexts(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    ),
  );
  return rows;
}

function cellValues(ws: ExcelJS.Worksheet): string {
  const out: unknown[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => out.push([r, c, cell.value])));
  return JSON.stringify(out);
}

describeInBrowser('standalone page (web.html)', () => {
  let server: StaticServer;
  let session: Session;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-downloads-'));

  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });
  beforeEach(async () => {
    session = await openSession(server, { width: 760, height: 900 });
  });
  afterEach(async () => {
    const { foreignRequests, pageErrors } = session;
    await session.close();
    expect(foreignRequests).toEqual([]);
    expect(cspViolations(pageErrors)).toEqual([]);
  });

  it('opens, checks, computes, inserts and downloads a monthly dossier report', async () => {
    const { page } = session;
    const fixture = 'ho-so-an-lao-2024-04';
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${fixture}.expected.json`), 'utf8'));

    await page.goto(`${server.origin}/web.html`);
    await page.getByRole('button', { name: 'Chọn tệp .xlsx' }).waitFor();
    await snap(page, 'web-1-open');

    await page.locator('input[type=file]').setInputFiles(path.join(FIXTURES, `${fixture}.xlsx`));
    await page.getByRole('heading', { name: expected.sheet }).waitFor();
    expect(await page.getByText('Thống kê hồ sơ TTHC').count()).toBeGreaterThan(0);
    await page.getByText('Kỳ báo cáo: 15/3/2024 – 14/4/2024').waitFor();
    await snap(page, 'web-2-sheets');

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Không thấy lỗi số liệu.').waitFor();
    await snap(page, 'web-3-check');

    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByRole('button', { name: 'Tính chỉ tiêu' }).click();
    const onTime = page.getByRole('table', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' });
    await onTime
      .getByRole('row', { name: /Phòng Tư pháp/ })
      .getByText('96,97%')
      .waitFor();
    await snap(page, 'web-4-indicators');

    await page.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
    await page.getByText('Đã chèn trang “Tổng hợp CCHC”').waitFor();
    await snap(page, 'web-5-inserted');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp về' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${fixture}-tong-hop.xlsx`);
    const saved = path.join(downloads, download.suggestedFilename());
    await download.saveAs(saved);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(path.join(FIXTURES, `${fixture}.xlsx`));
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(saved);
    expect(result.worksheets.filter((ws) => ws.name === 'Tổng hợp CCHC')).toHaveLength(1);
    // The officer's sheet keeps every value; only fills may change.
    expect(cellValues(result.getWorksheet(expected.sheet)!)).toBe(
      cellValues(original.getWorksheet(expected.sheet)!),
    );

    const rows = rowTexts(result.getWorksheet('Tổng hợp CCHC')!);
    const units: ExpectedUnit[] = expected.units;
    for (const unit of units) {
      for (const [metric, m] of Object.entries(unit.metrics)) {
        if (m.numerator === undefined || !m.denominator) continue;
        const rate = formatRate(m.numerator / m.denominator);
        const found = rows.some((r) => r.some((c) => unitKey(c) === unitKey(unit.name)) && r.includes(rate));
        if (!found) throw new Error(`Summary lacks ${unit.name} ${metric} ${rate}`);
      }
    }
    expect(rows.some((r) => r.some((c) => unitKey(c) === 'phòng tư pháp') && r.includes('96,97%'))).toBe(
      true,
    );
  });

  it('lists the faults of a bad report with the cell of each', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'loi-so-lieu-2024-06.xlsx'));
    await page.getByRole('heading', { name: 'Bao cao loi' }).waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    const section = page.getByRole('region', { name: 'Bao cao loi' });
    await section.getByText('Ô D13', { exact: true }).waitFor();
    const expected = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, 'loi-so-lieu-2024-06.expected.json'), 'utf8'),
    );
    for (const f of expected.findings as { row: number; column?: string }[]) {
      const where = f.column
        ? new RegExp(`^Ô ${f.column}${f.row}$`)
        : new RegExp(`^(Ô [A-Z]+${f.row}|Dòng ${f.row})$`);
      expect(await section.getByText(where).count()).toBeGreaterThan(0);
    }
    await snap(page, 'web-6-findings');
  });

  it('shows the provincial average and copies the paragraph', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.origin}/web.html`);
    await page.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'so-hoa-quy-hop-2024-10.xlsx'));
    await page.getByRole('heading', { name: 'So hoa - TTTT' }).waitFor();
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    const digitized = page.getByRole('table', { name: 'Tỷ lệ số hóa hồ sơ' });
    await digitized
      .getByRole('row', { name: /Trung bình toàn tỉnh/ })
      .getByText('97,60%')
      .waitFor();
    await digitized
      .getByRole('row', { name: /Tổng cộng/ })
      .getByText('96,51%')
      .waitFor();

    await page.getByRole('button', { name: 'Sao chép đoạn văn' }).click();
    await page.getByText('Đã sao chép đoạn văn.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('p', { hasText: copied.slice(0, 40) }).innerText());
    expect(copied).toContain('%');
  });

  it('opens the sample workbook that ships with the add-in and finds its deliberate faults', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.getByRole('button', { name: 'Thử với tệp mẫu' }).click();
    await page.getByRole('heading', { name: 'Tháng 10-2024' }).waitFor();
    await page.getByRole('heading', { name: 'Ký số' }).waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    const section = page.getByRole('region', { name: 'Tháng 10-2024' });
    await section.getByText('Ô D13', { exact: true }).waitFor();
    await section.getByText('Ô G15', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByRole('button', { name: 'Tính chỉ tiêu' }).click();
    await page.getByRole('table', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' }).first().waitFor();
    await page.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
    await page.getByText('Đã chèn trang “Tổng hợp CCHC”').waitFor();
  });

  it('speaks English when asked (web.html?lang=en)', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/web.html?lang=en`);
    await page.getByRole('button', { name: 'Choose an .xlsx file' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
