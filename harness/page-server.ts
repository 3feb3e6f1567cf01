import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  // Served as what it is, so Chromium opens it in its PDF viewer instead of downloading it.
  '.pdf': 'application/pdf',
};

/** The harness pages served over HTTP on 127.0.0.1: their origin, a path's URL, and stop. */
export interface PageServer {
  origin: string;
  url(path: string): string;
  /**
   * Every request's path and query (`/favicon.png`), in the order they came, since the server
   * started: what the sites learned. Shared by a worker's tests: note its length before and slice.
   */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** Serves the files of one folder on 127.0.0.1 (any free port): the pages the browser reads. */
export async function startPageServer(root: string, port = 0): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${String(actual)}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
