/** The browser suites may be skipped on a developer's machine without Chromium, never in CI. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { browserDescribe } from './harness';

describe('browser suites without Chromium', () => {
  test('run normally when Chromium is installed, in CI or not', () => {
    expect(browserDescribe(true, 'true')).toBe(describe);
    expect(browserDescribe(true, undefined)).toBe(describe);
  });

  test('are skipped with the reason on a developer machine', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(browserDescribe(false, undefined)).toBe(describe.skip);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('apt-get install -y chromium'));
    warn.mockRestore();
  });

  test('fail in CI: the suite becomes one failing test that says why', () => {
    const root = path.join(__dirname, '..', '..');
    const run = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--ci', '--testMatch', '**/ci-without-chromium.check.ts'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs Chromium');
    expect(run.stderr).toContain('Browser tests cannot run in CI: /usr/bin/chromium is absent');
    expect(run.stderr).toMatch(/Tests:\s+1 failed, 1 total/);
  });
});
