// A small static file server for `npm start` and the browser tests: serves a built folder under a
// base path, answers directories with index.html and unknown paths with the site's 404 page, and
// can report every request it saw (the tests use that to prove nothing leaves the site).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

/**
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const send = async (file, status = 200) => {
      res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      createReadStream(file).pipe(res);
    };
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) return send(path.join(root, '404.html'), 404);
    let rel = decodeURIComponent(url.pathname.slice(prefix.length - 1));
    if (rel.includes('..')) return send(path.join(root, '404.html'), 404);
    let file = path.join(root, rel);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      return send(file);
    } catch {
      return send(path.join(root, '404.html'), 404);
    }
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
