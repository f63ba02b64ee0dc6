// Load and fault injection for a static server, shared by the test of our test server
// (tests/server/static-server.test.mjs) and the benchmark of the servers people use
// (bench/serve-load.mjs): many requests at once, downloads cut off after the first bytes, hostile
// addresses and methods, and a count of the server's open file handles.
import { readdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';

/** Addresses that broke or misled our first server (issue 15), and their relatives. */
export const HOSTILE_PATHS = [
	'/%E4%B8', // a cut-off UTF-8 sequence
	'/%zz',
	'/%',
	'/.//en', // was answered with Location: //en/ (another host)
	'//evil.example/',
	'/..%2f..%2f..%2fetc%2fpasswd',
	'/%2e%2e/%2e%2e/etc/passwd',
	'/en/../../../etc/passwd',
	'/%00',
	'/en/%C0%AE%C0%AE/',
	'/\\evil.example',
	`/${'a'.repeat(6000)}`,
];

/** Methods a static site never accepts. */
export const WRITE_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS'];

/** Open file handles of a process (Linux), the server's own when it runs in this one. */
export const openHandles = (pid = 'self') => readdirSync(`/proc/${pid}/fd`).length;

/**
 * One request; resolves with status, headers and body length, never rejects (a network error is
 * status 0).
 * @param {string} origin e.g. http://127.0.0.1:4321
 * @param {string} path sent as written, not normalised
 */
export function request(
	origin,
	path,
	{ method = 'GET', agent = undefined, body = undefined } = {}
) {
	const { hostname, port } = new URL(origin);
	return new Promise((resolve) => {
		const req = http.request({ hostname, port, path, method, agent }, (res) => {
			let length = 0;
			res.on('data', (chunk) => (length += chunk.length));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, length }));
			res.on('error', () => resolve({ status: 0, headers: {}, length }));
		});
		req.on('error', (error) =>
			resolve({ status: 0, headers: {}, length: 0, error: error.message })
		);
		req.end(body);
	});
}

/**
 * `total` requests, `concurrency` at a time over keep-alive connections, cycling through `paths`.
 * @returns {Promise<{ statuses: Record<number, number>, ms: number }>}
 */
export async function hammer(origin, paths, { total = 2000, concurrency = 100 } = {}) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const statuses = {};
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) {
				const path = paths[next++ % paths.length];
				const { status } = await request(origin, path, { agent });
				statuses[status] = (statuses[status] ?? 0) + 1;
			}
		})
	);
	agent.destroy();
	return { statuses, ms: performance.now() - started };
}

/**
 * `count` downloads of `path`, each dropped as soon as the first bytes of the body arrive, `concurrency`
 * at a time: what a reader who cancels does, hundreds of times.
 * @returns {Promise<number>} how many got their first bytes before the drop
 */
export async function cutDownloads(origin, path, { count = 300, concurrency = 20 } = {}) {
	const { hostname, port } = new URL(origin);
	let started = 0;
	let cut = 0;
	const one = () =>
		new Promise((resolve) => {
			const socket = net.connect(Number(port), hostname, () =>
				socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`)
			);
			socket.once('data', () => {
				cut++;
				socket.destroy();
			});
			socket.on('close', resolve);
			socket.on('error', () => {});
		});
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (started < count) {
				started++;
				await one();
			}
		})
	);
	return cut;
}

/** Waits until `check` holds, up to `ms`. */
export async function settle(check, ms = 3000) {
	const until = Date.now() + ms;
	while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
	return check();
}
