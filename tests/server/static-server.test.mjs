// The browser tests' server (scripts/lib/static-server.mjs) under the inputs that stopped or misled
// its first version (issue 15: a malformed address ended the process, cut-off downloads leaked a file
// handle each until EMFILE, `/.//en` redirected to another host, every method answered 200, citations
// were served as octet-stream), and under load. Serves the built dist/.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import {
	cutDownloads,
	hammer,
	HOSTILE_PATHS,
	openHandles,
	request,
	settle,
	WRITE_METHODS,
} from '../lib/load.mjs';
import { DIST } from '../lib/site.mjs';
import { OFFLINE } from '../../src/offline/layout.ts';

const ZIP = `/${OFFLINE.download}`;
const citation = (ext) =>
	`/data/en/${readdirSync(path.join(DIST, 'data/en')).find((f) => f.endsWith(ext))}`;
const asset = (ext) =>
	`/_astro/${readdirSync(path.join(DIST, '_astro')).find((f) => f.endsWith(ext))}`;

let server;
let origin;
before(async () => {
	server = await startStaticServer({ root: DIST });
	origin = new URL(server.url).origin;
});
after(() => server.close());

test('malformed addresses answer 400, and the server carries on', async () => {
	for (const p of ['/%E4%B8', '/%zz', '/%', '/%00', '/\\evil.example'])
		assert.equal((await request(origin, p)).status, 400, p);
	assert.equal((await request(origin, '/en/')).status, 200);
});

test('a redirect never leaves the server: /.//en goes to /en/, not //en/', async () => {
	const cases = [
		['/.//en', '/en/'],
		['/en', '/en/'],
		['//en', '/en/'],
		['/./en/?q=x', '/en/?q=x'],
		['/zh/../en', '/en/'],
	];
	for (const [from, to] of cases) {
		const { status, headers } = await request(origin, from);
		assert.equal(status, 301, from);
		assert.equal(headers.location, to, from);
	}
});

test('nothing outside the folder is served', async () => {
	for (const p of [
		'/../package.json',
		'/..%2fpackage.json',
		'/%2e%2e/package.json',
		'/en/../../package.json',
	])
		assert.equal((await request(origin, p)).status, 404, p);
});

test('only GET and HEAD: other methods answer 405 with Allow', async () => {
	for (const method of WRITE_METHODS) {
		const { status, headers } = await request(origin, '/en/', {
			method,
			body: method === 'TRACE' ? undefined : 'x=1',
		});
		assert.equal(status, 405, method);
		assert.equal(headers.allow, 'GET, HEAD', method);
	}
	const head = await request(origin, '/en/', { method: 'HEAD' });
	assert.equal(head.status, 200);
	assert.equal(head.length, 0);
	assert.ok(Number(head.headers['content-length']) > 0);
});

test('every kind of file has its type, with nosniff', async () => {
	const cases = [
		['/en/', 'text/html; charset=utf-8'],
		[citation('.ris'), 'application/x-research-info-systems; charset=utf-8'],
		[citation('.bib'), 'application/x-bibtex; charset=utf-8'],
		['/data/figures.csv', 'text/csv; charset=utf-8'],
		[ZIP, 'application/zip'],
		['/_search/en/index.json', 'application/json; charset=utf-8'],
		['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
		[asset('.css'), 'text/css; charset=utf-8'],
	];
	for (const [p, type] of cases) {
		const { status, headers } = await request(origin, p, { method: 'HEAD' });
		assert.equal(status, 200, p);
		assert.equal(headers['content-type'], type, p);
		assert.equal(headers['x-content-type-options'], 'nosniff', p);
	}
	const missing = await request(origin, '/en/no-such-page/');
	assert.equal(missing.status, 404);
	assert.match(String(missing.headers['content-type']), /^text\/html/);
});

test('2,000 requests at 100 at once, 300 cut-off downloads and hostile addresses leave it up, with no handle left open', async () => {
	const before = openHandles();
	const paths = [
		'/',
		'/en/',
		'/zh/',
		'/en/search/',
		asset('.css'),
		asset('.js'),
		citation('.ris'),
		citation('.bib'),
		'/en/no-such-page/',
		...HOSTILE_PATHS,
	];
	const { statuses } = await hammer(origin, [...paths, ZIP], { total: 2000, concurrency: 100 });
	assert.equal(
		statuses[0],
		undefined,
		`no request failed at the network level: ${JSON.stringify(statuses)}`
	);
	assert.equal(
		Object.values(statuses).reduce((a, b) => a + b, 0),
		2000
	);
	const cut = await cutDownloads(origin, ZIP, { count: 300, concurrency: 20 });
	assert.equal(cut, 300, 'every download started before it was cut');
	assert.ok(
		await settle(() => server.openFiles() === 0),
		`files still open: ${server.openFiles()}`
	);
	assert.ok(
		await settle(() => openHandles() <= before),
		`open handles: ${openHandles()} after, ${before} before`
	);
	assert.equal((await request(origin, '/en/')).status, 200, 'still serving');
});
