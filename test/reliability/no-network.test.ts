/**
 * Offline by design (design.md): the command line must work with every network call failing. A preload
 * (no-network.cjs) breaks sockets, DNS, http(s) and fetch in the CLI process and its children, and logs
 * any attempt; the CLI must still summarize, and refuse hostile files with one line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'corpus');
const PRELOAD = path.join(__dirname, 'no-network.cjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-offline-'));

function offline(args: string[], log: string) {
  return spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(PRELOAD)}`.trim(),
      NO_NETWORK_LOG: log,
    },
  });
}

const summarize = (log: string, ...args: string[]) =>
  offline([path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/summarize.ts', ...args], log);

/** Logged network attempts (lines other than the preload's own "armed"). */
const attempts = (log: string) =>
  fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l && !l.endsWith(' armed'))
    : [];

describe('no network at run time', () => {
  it('the preload really blocks sockets, DNS, http(s) and fetch', () => {
    const log = path.join(tmp, 'self.log');
    const probes = [
      "require('node:net').connect(80, 'example.com')",
      "require('node:dns').lookup('example.com', () => {})",
      "require('node:http').get('http://example.com')",
      "require('node:https').request('https://example.com')",
      "fetch('https://example.com')",
    ];
    const script = `let n = 0; for (const p of ${JSON.stringify(probes)}) { try { eval(p); } catch { n++; } } console.log(n);`;
    const run = offline(['-e', script], log);
    expect(run.stdout.trim()).toBe(String(probes.length));
    expect(attempts(log)).toHaveLength(probes.length);
  });

  it('the command line summarizes a workbook of every kind with the network cut off', () => {
    const log = path.join(tmp, 'cli.log');
    const out = path.join(tmp, 'out.xlsx');
    const json = path.join(tmp, 'report.json');
    const run = summarize(log, path.join(CORPUS, 'several-kinds.xlsx'), '--out', out, '--json', json);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(attempts(log)).toEqual([]);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/armed/); // the preload was in place
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.sheets.map((s: { kind: string }) => s.kind)).toEqual([
      'dossier-stats',
      'digitization-payment',
      'signatures',
      'dossier-list',
      'empty',
      'unknown',
    ]);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });

  it.each(['old-format.xls', 'bomb-lying.xlsx', 'merges-20000.xlsx'])(
    'refuses %s with exit 1 and one Vietnamese line, offline',
    (file) => {
      const log = path.join(tmp, `${file}.log`);
      const run = summarize(log, path.join(CORPUS, file), '--json', path.join(tmp, `${file}.json`));
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^Lỗi: Tệp /);
      expect(attempts(log)).toEqual([]);
    },
  );
});
