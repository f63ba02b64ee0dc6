// The browser tests' static file server, in-process so that a test can see every request it got (the
// tests use that to prove nothing leaves the site). Serving the site to people is Astro's preview
// server (`npm start`) or a real web server (docs/deploy.md); this one only has to be safe under
// whatever a test, or a hostile client, sends it (tests/server/static-server.test.mjs):
// - only GET and HEAD (405 otherwise), malformed addresses answer 400 instead of throwing;
// - every address is normalised before use: nothing outside the folder, and a redirect's Location
//   is always a path on this server (`/.//en` → `/en/`, never `//en/`, another host);
// - a file is streamed with `pipeline`, which closes it when the client goes away mid-download;
// - types come from the site's own table (src/deploy/contentTypes.ts), with `nosniff`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { contentType } from '../../src/deploy/contentTypes.ts';

/**
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, requests: string[], openFiles: () => number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
	const folder = path.resolve(root);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	/** @type {string[]} */
	const requests = [];
	let openFiles = 0;

	/** Sends a file (GET) or its headers (HEAD); a file that cannot be read becomes the 404 page. */
	async function send(req, res, file, status = 200) {
		let info;
		try {
			info = await stat(file);
		} catch {
			if (status === 404) return end(res, 404, 'Not Found');
			return send(req, res, path.join(folder, '404.html'), 404);
		}
		res.writeHead(status, {
			'content-type': contentType(file) ?? 'application/octet-stream',
			'content-length': info.size,
			'cache-control': 'no-cache',
			'x-content-type-options': 'nosniff',
		});
		if (req.method === 'HEAD') return res.end();
		const stream = createReadStream(file);
		openFiles++;
		stream.on('close', () => openFiles--);
		// pipeline destroys the file stream when the response closes early (the client left).
		pipeline(stream, res, () => {});
	}

	async function handle(req, res) {
		const raw = req.url ?? '';
		requests.push(raw.split('?')[0] ?? '');
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return end(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
		if (!raw.startsWith('/')) return end(res, 400, 'Bad Request');
		const [rawPath = '/', query] = raw.split(/\?(.*)/s);
		let decoded;
		try {
			decoded = decodeURIComponent(rawPath);
		} catch {
			return end(res, 400, 'Bad Request'); // %E4%B8, %zz, a lone %
		}
		if (/[\0\\]/.test(decoded)) return end(res, 400, 'Bad Request');
		// One leading slash, no `.`, `..` or empty segments: a path on this server, inside the folder.
		const clean = path.posix.normalize(`/${decoded}`).replace(/^\/+/, '/');
		const search = query === undefined ? '' : `?${query}`;
		if (!clean.startsWith(prefix) && `${clean}/` !== prefix)
			return send(req, res, path.join(folder, '404.html'), 404);
		const file = path.join(folder, clean.slice(prefix.length - 1));
		let info;
		try {
			info = await stat(file);
		} catch {
			return send(req, res, path.join(folder, '404.html'), 404);
		}
		if (info.isDirectory()) {
			if (!decoded.endsWith('/') || clean !== decoded)
				return end(res, 301, '', {
					location: encodeURI(clean.endsWith('/') ? clean : `${clean}/`) + search,
				});
			return send(req, res, path.join(file, 'index.html'));
		}
		return send(req, res, file);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch(() =>
			res.headersSent ? res.destroy() : end(res, 500, 'Internal Server Error')
		);
	});
	// A request line or header Node cannot parse: answer 400 and drop the connection.
	server.on('clientError', (_error, socket) =>
		socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n')
	);
	await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://${host}:${address.port}${prefix}`,
		requests,
		/** Files being streamed right now (the load test checks that none stays open). */
		openFiles: () => openFiles,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** A short plain-text answer (empty for a redirect). */
function end(res, status, text, headers = {}) {
	res.writeHead(status, {
		'content-type': 'text/plain; charset=utf-8',
		'content-length': Buffer.byteLength(text),
		'x-content-type-options': 'nosniff',
		...headers,
	});
	res.end(text);
}
