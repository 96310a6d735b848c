/** Both pages load only from their own server, carry a strict CSP, and fail readably in old webviews. */
import fs from 'node:fs';
import path from 'node:path';
import {
  cspViolations,
  describeInBrowser,
  DIST,
  openSession,
  serveDist,
  snap,
  type Session,
  type StaticServer,
} from './harness';

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';

function cspOf(page: string): string {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  return /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
}

describeInBrowser('pages', () => {
  let server: StaticServer;
  let session: Session | undefined;

  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(() => server.close());
  afterEach(async () => {
    if (!session) return;
    const { foreignRequests, pageErrors } = session;
    await session.close();
    session = undefined;
    expect(foreignRequests).toEqual([]);
    expect(cspViolations(pageErrors)).toEqual([]);
  });

  it.each(['taskpane.html', 'web.html'])('%s allows nothing but its own origin', (page) => {
    const csp = cspOf(page);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('shows the Vietnamese message, not a blank pane, in an Internet Explorer webview', async () => {
    session = await openSession(server, { width: 320, height: 600, userAgent: TRIDENT });
    const { page } = session;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator('#legacy').waitFor({ state: 'visible' });
    expect(await page.locator('#legacy').innerText()).toContain(
      'Phần bổ trợ không chạy được trên phiên bản Office này',
    );
    expect(await page.locator('#web-url').innerText()).toBe(`${server.origin}/web.html`);
    expect(await page.locator('#container').count()).toBe(0);
    await snap(page, 'legacy-taskpane-trident');
  });

  it('shows the standalone page’s message in EdgeHTML', async () => {
    session = await openSession(server, { userAgent: EDGE_HTML });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.locator('#legacy').waitFor({ state: 'visible' });
    expect(await page.locator('#legacy').innerText()).toContain('Internet Explorer hoặc Edge cũ');
  });

  it('tells to open the pane from Excel when opened in a plain browser', async () => {
    session = await openSession(server, { width: 320, height: 400 });
    const { page } = session;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText('Hãy mở phần bổ trợ này từ Excel').waitFor();
    expect(await page.locator('#legacy').isVisible()).toBe(false);
    await snap(page, 'taskpane-outside-excel');
  });
});
