/** Run by harness.test.ts in a child jest: a browser suite as CI sees it on a machine without Chromium. */
import { browserDescribe } from './harness';

browserDescribe(false, 'true')('task pane in Chromium', () => {
  test('never runs: the machine has no Chromium', () => undefined);
});
