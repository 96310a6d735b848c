import { defaultSettings } from '../../src/core/schema';
import type { Report } from '../../src/core/report';
import { initialState, reducer, type Action, type AppState } from '../../src/taskpane/state';

const report: Report = {
  schemaVersion: 1,
  source: 'a.xlsx',
  thresholds: {} as Report['thresholds'],
  sheets: [],
  findings: [],
};

function run(actions: Action[], from: AppState = initialState()): AppState {
  return actions.reduce(reducer, from);
}

describe('pane state', () => {
  it('starts on the sheets step with default settings and nothing read', () => {
    expect(initialState()).toMatchObject({
      tab: 'sheets',
      task: null,
      report: null,
      settings: defaultSettings(),
    });
  });

  it('tracks a task from start to finish, clearing old messages', () => {
    const failed = run([
      { type: 'start', task: 'read' },
      { type: 'failed', key: 'read', detail: 'boom' },
    ]);
    expect(failed).toMatchObject({ task: null, error: { key: 'read', detail: 'boom' } });
    const restarted = run(
      [
        { type: 'start', task: 'read' },
        { type: 'progress', phase: 'read', done: 1, total: 3 },
      ],
      failed,
    );
    expect(restarted).toMatchObject({
      task: 'read',
      error: null,
      progress: { phase: 'read', done: 1, total: 3 },
    });
    const done = run([{ type: 'finished', notice: { kind: 'copied' } }], restarted);
    expect(done).toMatchObject({ task: null, progress: null, notice: { kind: 'copied' } });
  });

  it('shows the step the command asked for, or stays', () => {
    const settings = defaultSettings();
    const analyzed = run([
      { type: 'analyzed', report, settings, columns: {}, comparison: null, tab: 'check' },
    ]);
    expect(analyzed.tab).toBe('check');
    expect(analyzed.report).toBe(report);
    expect(run([{ type: 'analyzed', report, settings, columns: {}, comparison: null }], analyzed).tab).toBe(
      'check',
    );
  });

  it('dismisses both kinds of message', () => {
    const s = run([{ type: 'failed', key: 'copy', detail: '' }, { type: 'dismiss' }]);
    expect(s.error).toBeNull();
    expect(s.notice).toBeNull();
  });
});
