/**
 * "So sánh với kỳ trước" in the standalone page: last month's file read in the worker changes the
 * indicator tables (the "So với kỳ trước" column of the summary) and the paragraph, and the unit
 * renamed since is paired by hand.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { previousMonthBytes, CURRENT_FIXTURE } from '../helpers/previousMonth';
import {
  cspViolations,
  describeInBrowser,
  openSession,
  serveDist,
  snap,
  type Session,
  type StaticServer,
} from './harness';

describeInBrowser('last month from another file (web.html)', () => {
  let server: StaticServer;
  let session: Session;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-previous-'));
  const previousFile = path.join(dir, 'thang-3-2024.xlsx');

  beforeAll(async () => {
    server = await serveDist();
    fs.writeFileSync(previousFile, await previousMonthBytes());
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    session = await openSession(server, { width: 900, height: 1100 });
  });
  afterEach(async () => {
    const { foreignRequests, pageErrors } = session;
    await session.close();
    expect(foreignRequests).toEqual([]);
    expect(cspViolations(pageErrors)).toEqual([]);
  });

  it('changes the tables and the paragraph, and pairs a renamed unit by hand', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.locator('input[type=file]').first().setInputFiles(CURRENT_FIXTURE);
    await page.getByRole('heading', { name: 'Tháng 4-2024' }).waitFor();

    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await page.getByRole('heading', { name: 'So sánh với kỳ trước' }).waitFor();
    await page.locator('input[type=file][aria-label="Chọn tệp kỳ trước…"]').setInputFiles(previousFile);
    await page.getByText('Đang so sánh với tệp “thang-3-2024.xlsx”.').waitFor();
    await page.getByText('Trang “Tháng 4-2024” so với “Tháng 3-2024”: ghép được 18/19 đơn vị.').waitFor();
    await snap(page, 'previous-1-unmatched');

    const pair = page.getByRole('combobox', { name: /Đơn vị kỳ trước ứng với .*An Nghĩa/ });
    await pair.click();
    await page.getByRole('option', { name: 'Xã Nghĩa Hưng' }).click();
    await page.getByText('Trang “Tháng 4-2024” so với “Tháng 3-2024”: ghép được 19/19 đơn vị.').waitFor();
    await snap(page, 'previous-2-paired');

    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page
      .getByText(
        'Trong đó, 7 đơn vị chưa đạt hai kỳ liên tiếp (Phòng Nội vụ; xã An Hòa; xã An Vinh; xã An Nghĩa; Phòng Tài nguyên và Môi trường; xã An Toàn; Phòng Giáo dục và Đào tạo), đề nghị khắc phục ngay.',
        { exact: false },
      )
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
    await page.getByText('Đã chèn trang “Tổng hợp CCHC”').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp về' }).click(),
    ]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const rows: string[][] = [];
    wb.getWorksheet('Tổng hợp CCHC')!.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    // Online rate table: An Vinh 21,92% now, 41,10% last month; An Tân 26,67% against 59,26%.
    const rowOf = (name: string, rate: string) => rows.find((r) => r[1].endsWith(name) && r[4] === rate);
    expect(rowOf('An Vinh', '21,92%')?.[8]).toBe('▼ 19,18');
    expect(rowOf('An Tân', '26,67%')?.[8]).toBe('▼ 32,59');
    expect(rowOf('An Nghĩa', '30,97%')?.[8]).toBe('0,00');
  }, 120_000);
});
