/** `npm run summarize` as the contract says: exit codes, JSON, output workbook, re-runs. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURES } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-'));

function summarize(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/summarize.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
}

/** Every cell's value and formula, to compare source sheets before and after. */
async function snapshot(file: string, sheets?: string[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (sheets && !sheets.includes(ws.name)) continue;
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => (out[`${ws.name}!${r}:${col}`] = JSON.stringify(c.value))),
    );
    out[`${ws.name}!merges`] = JSON.stringify((ws.model as { merges?: string[] }).merges);
  }
  return { wb, out };
}

describe('command line', () => {
  const input = path.join(FIXTURES, 'so-hoa-quy-hop-2024-10.xlsx');
  const out = path.join(tmp, 'out.xlsx');
  const json = path.join(tmp, 'report.json');
  const thresholds = path.join(tmp, 't.json');

  beforeAll(() => fs.writeFileSync(thresholds, JSON.stringify({ onlinePaymentRate: 0.3 })));

  it('writes the report and a workbook with the summary, sources untouched', async () => {
    const run = summarize(input, '--out', out, '--json', json, '--thresholds', thresholds);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.thresholds.onlinePaymentRate).toBe(0.3);
    expect(report.thresholds.onTimeRate).toBe(0.98);
    const before = await snapshot(input);
    const after = await snapshot(
      out,
      before.wb.worksheets.map((w) => w.name),
    );
    expect(after.out).toEqual(before.out);
    const summary = after.wb.getWorksheet('Tổng hợp CCHC')!;
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('PHỤ LỤC');
    expect(texts).toContain('UBND HUYỆN QUỲ HỢP');
    expect(
      texts.some((t) =>
        t.includes(
          'Có 6/22 xã, thị trấn chưa đạt chỉ tiêu 30% (Liên Hợp 3,85%; Châu Hồng 6,25%; Châu Cường 10,00%; Châu Quang 19,05%; Tam Hợp 25,00%; Châu Hội 26,15%)',
        ),
      ),
    ).toBe(true);
    expect(summary.pageSetup.orientation).toBe('landscape');
    expect(summary.pageSetup.paperSize).toBe(9);
    // Below-threshold printed rates are shaded on the source: Liên Hợp's payment rate K22.
    const src = after.wb.getWorksheet('So hoa - TTTT')!;
    expect(src.getCell('K22').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFBE2D5' } });
    expect(
      src.getCell('K21').fill?.type === 'pattern' &&
        (src.getCell('K21').fill as ExcelJS.FillPattern).fgColor?.argb,
    ).not.toBe('FFFBE2D5');
  });

  it('replaces its own summary on a second run, and keeps a user sheet of the same name', async () => {
    const again = path.join(tmp, 'again.xlsx');
    expect(summarize(out, '--out', again).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.filter((w) => w.name.startsWith('Tổng hợp CCHC')).map((w) => w.name)).toEqual([
      'Tổng hợp CCHC',
    ]);

    const user = new ExcelJS.Workbook();
    await user.xlsx.readFile(input);
    user.addWorksheet('Tổng hợp CCHC').getCell('A1').value = 'Ghi chép của tôi';
    const userFile = path.join(tmp, 'user.xlsx');
    await user.xlsx.writeFile(userFile);
    const third = path.join(tmp, 'third.xlsx');
    expect(summarize(userFile, '--out', third).status).toBe(0);
    const wb3 = new ExcelJS.Workbook();
    await wb3.xlsx.readFile(third);
    expect(wb3.getWorksheet('Tổng hợp CCHC')!.getCell('A1').value).toBe('Ghi chép của tôi');
    expect(wb3.getWorksheet('Tổng hợp CCHC (2)')).toBeDefined();
  });

  it('exits 1 with a one-line Vietnamese message when the file cannot be read', () => {
    const missing = summarize(path.join(tmp, 'khong-co.xlsx'), '--json', json);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^Lỗi: Không tìm thấy tệp .*khong-co\.xlsx$/);
    const csv = path.join(tmp, 'a.csv');
    fs.writeFileSync(csv, 'STT,Đơn vị\n1,Xã A\n');
    const r = summarize(csv, '--json', json);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('không phải .xlsx');
    const ole = path.join(tmp, 'protected.xlsx');
    fs.writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(summarize(ole, '--json', json).stderr).toContain('mật khẩu');
  });
});
