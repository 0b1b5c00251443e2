/**
 * A minimal static file server for a built site, on 127.0.0.1 and a free port, the way
 * any static host serves it: folders answer with their index.html, unknown paths with
 * 404.html and status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
};

/** Options of {@link serve}. */
export interface ServeOptions {
  /** Pass `/api/v1` to a local `decap-server` on this port, as `astro dev` does. */
  apiPort?: number;
  /**
   * Serve the site under this sub-path (`/rumah-inovasi/`), as a GitHub Pages project site
   * does: only paths under it exist; the returned `url` includes it (without the final "/").
   */
  base?: string;
}

/** Serve `root`; resolves with the base URL and a function that stops the server. */
export async function serve(root: string, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (options.apiPort !== undefined && path.startsWith('/api/v1')) {
      const upstream = request(
        { host: '127.0.0.1', port: options.apiPort, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const base = options.base ?? '/';
    if (!path.startsWith(base) && `${path}/` !== base) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] ?? '' }).end('<!DOCTYPE html><title>404</title>');
      return;
    }
    let file = normalize(join(root, path.slice(base.length - 1)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${(options.base ?? '/').replace(/\/$/, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
