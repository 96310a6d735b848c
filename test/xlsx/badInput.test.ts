/**
 * The command line on bad input and hostile targets: one Vietnamese line naming the problem, exit 1,
 * nothing written, the input untouched; and the inputs that must be accepted (a thresholds file with
 * a UTF-8 BOM, a sheet listed without its part, a million styled empty rows, a 32,767-character name).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CliError, io, writeAll } from '../../src/cli/files';
import { FIXTURES } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bad-'));
fs.chmodSync(tmp, 0o777);
const input = path.join(FIXTURES, 'so-hoa-quy-hop-2024-10.xlsx');

function summarize(args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [TSX, 'src/cli/summarize.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...opts,
  });
  return { status: r.status, stderr: String(r.stderr), stdout: String(r.stdout) };
}

/** Exit 1, exactly one line on stderr matching `text`. */
function expectRefusal(r: ReturnType<typeof summarize>, text: RegExp | string) {
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  if (typeof text === 'string') expect(lines[0]).toContain(text);
  else expect(lines[0]).toMatch(text);
  expect(lines[0]).not.toMatch(/\b(TypeError|Cannot read|undefined|ENOENT:|EACCES:|EISDIR:)/);
}

/** The fixture with some of its parts' text replaced (part -> [search, replacement]), saved as `name`. */
function edited(name: string, edits: Record<string, [string, string]>, level: 1 | 6 = 6): string {
  const parts = unzipSync(fs.readFileSync(input));
  for (const [part, [from, to]] of Object.entries(edits))
    parts[part] = strToU8(strFromU8(parts[part]).replace(from, to));
  const file = path.join(tmp, name);
  fs.writeFileSync(file, zipSync(parts, { level }));
  return file;
}

const copy = (name: string) => {
  const f = path.join(tmp, name);
  fs.copyFileSync(input, f);
  return f;
};

describe('bad input', () => {
  it('names a missing file and a folder given as the input', () => {
    const out = path.join(tmp, 'none.xlsx');
    expectRefusal(
      summarize([path.join(tmp, 'khong-co.xlsx'), '--out', out]),
      /Không tìm thấy tệp .*khong-co\.xlsx$/,
    );
    expectRefusal(summarize([tmp, '--out', out]), `${tmp} là một thư mục, không phải tệp`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('names a file it may not read', () => {
    const secret = copy('secret.xlsx');
    fs.chmodSync(secret, 0o600);
    // Root reads anything: the unreadable case runs as "nobody", where that user can run the checkout.
    const nobody = { uid: 65534, gid: 65534 };
    const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(TSX)})`], {
      cwd: ROOT,
      ...nobody,
    });
    if (process.getuid?.() !== 0 || probe.status !== 0) {
      console.log('EACCES case skipped: needs root, and a checkout the user "nobody" can read');
      return;
    }
    const r = summarize([secret, '--json', path.join(tmp, 'n.json')], nobody);
    expectRefusal(r, `Không có quyền đọc ${secret}`);
  });

  it('refuses --out or --json resolving to the input, through a symlink too, input unchanged', () => {
    const file = copy('input.xlsx');
    const before = fs.readFileSync(file);
    const link = path.join(tmp, 'link.xlsx');
    fs.symlinkSync(file, link);
    expectRefusal(summarize([file, '--out', file]), `--out ${file} trỏ tới chính tệp đầu vào`);
    expectRefusal(summarize([file, '--json', link]), `--json ${link} trỏ tới chính tệp đầu vào`);
    expectRefusal(summarize([link, '--out', path.join(tmp, '.', 'input.xlsx')]), 'trỏ tới chính tệp đầu vào');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const same = path.join(tmp, 'both');
    expectRefusal(summarize([file, '--out', same, '--json', same]), 'trỏ tới cùng một tệp');
    expect(fs.existsSync(same)).toBe(false);
  });

  it('refuses an output folder that is a directory or does not exist, leaving nothing behind', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'out-'));
    expectRefusal(summarize([input, '--out', dir]), `${dir} là một thư mục, không phải tệp`);
    const nowhere = path.join(tmp, 'khong-co-thu-muc', 'a.xlsx');
    expectRefusal(summarize([input, '--json', nowhere]), `Không có thư mục ${path.dirname(nowhere)}`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the thresholds file and the place of its JSON error; accepts a UTF-8 BOM', () => {
    const bad = path.join(tmp, 'nguong.json');
    fs.writeFileSync(bad, '{\n  "onTimeRate": 0.95,\n  "onlineRate" 0.5\n}\n');
    const json = path.join(tmp, 'r.json');
    expectRefusal(
      summarize([input, '--thresholds', bad, '--json', json]),
      `Tệp ngưỡng ${bad} không phải JSON hợp lệ (dòng 3, cột 16)`,
    );
    expect(fs.existsSync(json)).toBe(false);
    fs.writeFileSync(bad, '');
    expectRefusal(
      summarize([input, '--thresholds', bad]),
      'không phải JSON hợp lệ (tệp rỗng hoặc bị cắt cụt)',
    );
    const bom = path.join(tmp, 'notepad.json');
    fs.writeFileSync(bom, '\uFEFF{ "onlinePaymentRate": 0.3 }');
    const ok = summarize([input, '--thresholds', bom, '--json', json]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).thresholds.onlinePaymentRate).toBe(0.3);
    expectRefusal(
      summarize([input, '--thresholds', path.join(tmp, 'x.json')]),
      `Không tìm thấy tệp ${path.join(tmp, 'x.json')}`,
    );
  });

  it('reports a sheet the workbook lists without its part as a finding', () => {
    const file = edited('missing-part.xlsx', {
      'xl/workbook.xml': ['</sheets>', '<sheet name="Tháng 5" sheetId="42" r:id="rIdGone"/></sheets>'],
      'xl/_rels/workbook.xml.rels': [
        '</Relationships>',
        '<Relationship Id="rIdGone" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet42.xml"/></Relationships>',
      ],
    });
    const json = path.join(tmp, 'missing.json');
    const r = summarize([file, '--json', json, '--out', path.join(tmp, 'missing-out.xlsx')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    const sheet = report.sheets.find((s: { sheet: string }) => s.sheet === 'Tháng 5');
    expect(sheet.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'empty-sheet',
        row: null,
        message:
          'Tệp không chứa dữ liệu của trang tính này (thiếu phần xl/worksheets/sheet42.xml): tệp có thể bị hỏng, hãy mở trong Excel và lưu lại.',
      }),
    ]);
    expect(report.sheets.find((s: { sheet: string }) => s.sheet === 'So hoa - TTTT').units).toHaveLength(22);
  });

  it('reads a sheet of a million styled empty rows in bounded memory', () => {
    const rows: string[] = [];
    for (let r = 200; r <= 1_000_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
    const added = rows.join('');
    expect(added.length).toBeGreaterThan(26_000_000);
    const file = edited(
      'million.xlsx',
      { 'xl/worksheets/sheet1.xml': ['</sheetData>', `${added}</sheetData>`] },
      1,
    );
    const json = path.join(tmp, 'million.json');
    const r = summarize([file, '--json', json], {
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=400' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).sheets[0].units).toHaveLength(22);
  }, 60_000);

  it('keeps every summary cell within 32,767 characters, even for a unit named that long', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.getWorksheet('So hoa - TTTT')!;
    let unit: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => (unit ??= c.value === 'Xã Liên Hợp' ? c : undefined)));
    const long = `Xã Liên Hợp ${'x'.repeat(32_767 - 12)}`;
    unit!.value = long;
    const file = path.join(tmp, 'long.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(tmp, 'long-out.xlsx');
    const r = summarize([file, '--out', out]);
    expect(r.stderr).toBe('');
    const parts = unzipSync(fs.readFileSync(out));
    const summary = Object.keys(parts).find(
      (p) => p.startsWith('xl/worksheets/') && strFromU8(parts[p]).includes('PHỤ LỤC'),
    )!;
    const texts = [...strFromU8(parts[summary]).matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) =>
      m[1].replace(/&(amp|lt|gt|quot);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e as 'amp']!),
    );
    expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
    // The name itself fits (it is exactly the limit); the paragraph quoting it is cut with "…".
    expect(texts).toContain(long);
    const cut = texts.filter((t) => t.length === 32_767 && t !== long);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((t) => t.endsWith('…'))).toBe(true);
  }, 60_000);
});

describe('safe writes', () => {
  it('a full disk leaves no partial file and the old target as it was', () => {
    const mount = path.join(tmp, 'full');
    fs.mkdirSync(mount);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]).status === 0;
    try {
      if (!mounted) {
        console.log('safe writes: mount not permitted here; the full disk is simulated by injection');
        return;
      }
      const target = path.join(mount, 'out.xlsx');
      fs.writeFileSync(target, 'old');
      fs.writeFileSync(path.join(mount, 'filler'), Buffer.alloc(40 * 1024));
      const r = summarize([input, '--out', target]);
      expectRefusal(r, `Ổ đĩa đã đầy, không ghi được ${target}; không tệp nào bị thay đổi`);
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
      expect(fs.readdirSync(mount).sort()).toEqual(['filler', 'out.xlsx']);
    } finally {
      if (mounted) spawnSync('umount', [mount]);
    }
  });

  it('a failed write (ENOSPC injected) renames nothing and removes its temporary files', () => {
    const a = path.join(tmp, 'a.json');
    const b = path.join(tmp, 'b.xlsx');
    fs.writeFileSync(b, 'old');
    const real = io.writeFileSync;
    let calls = 0;
    io.writeFileSync = ((file: string, data: string | Uint8Array) => {
      if (++calls === 2)
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      real(file, data);
    }) as typeof io.writeFileSync;
    try {
      expect(() =>
        writeAll([
          { file: a, data: '{}' },
          { file: b, data: new Uint8Array([1, 2]) },
        ]),
      ).toThrow(new CliError(`Ổ đĩa đã đầy, không ghi được ${b}; không tệp nào bị thay đổi`));
    } finally {
      io.writeFileSync = real;
    }
    expect(fs.existsSync(a)).toBe(false);
    expect(fs.readFileSync(b, 'utf8')).toBe('old');
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an .xlsm written as .xlsx, and keeps its type when written as .xlsm', () => {
    const xlsm = edited('macro.xlsm', {
      '[Content_Types].xml': [
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      ],
    });
    const asXlsx = path.join(tmp, 'macro-out.xlsx');
    expectRefusal(summarize([xlsm, '--out', asXlsx]), 'có macro (VBA): hãy đặt tên tệp kết quả đuôi .xlsm');
    expect(fs.existsSync(asXlsx)).toBe(false);
    const asXlsm = path.join(tmp, 'macro-out.xlsm');
    expect(summarize([xlsm, '--out', asXlsm]).status).toBe(0);
    expect(strFromU8(unzipSync(fs.readFileSync(asXlsm))['[Content_Types].xml'])).toContain(
      'macroEnabled.main+xml',
    );
  });
});
