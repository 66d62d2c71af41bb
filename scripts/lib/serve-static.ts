/**
 * A static file server for a built site, as a plain static host would serve it:
 * /path/ → /path/index.html, unknown paths → 404.html with status 404. The search index
 * (/pagefind/…) may be fetched from any origin, as the built _headers file says, so the
 * national hub's search can merge it.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function serveStatic(dir: string, port = 0): Promise<RunningServer> {
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = (() => {
    try {
      return readFileSync(join(dir, '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  })();
  const server = createServer((req, res) => {
    // Any /pagefind/ folder, found or not: a missing index is then a 404 the hub's search can read, not a CORS error.
    if (req.url?.includes('/pagefind/')) res.setHeader('Access-Control-Allow-Origin', '*');
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
