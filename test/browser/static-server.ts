/**
 * dist/ served read-only on 127.0.0.1: used by the browser tests and by the benchmark (which cannot
 * import the jest harness), so both load the pages the same way.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const DIST = path.resolve(__dirname, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ read-only on 127.0.0.1 (an ephemeral port). */
export async function serveDist(dist = DIST): Promise<StaticServer> {
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    throw new Error(`No production build in ${dist}: run "npm run build" first.`);
  }
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dist, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
