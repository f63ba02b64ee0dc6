// The built site served by nginx with the configuration the build generated (src/deploy/nginx.ts),
// as a production host would (docs/deploy.md): headers, types, caching, precompressed files, real
// 301s for moved pages, the 404 page, methods, hostile addresses, and in Chromium one page of each
// template under the Content-Security-Policy header, search included. Then the sub-path build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CACHE_CONTROL } from '../../src/deploy/caching.ts';
import { CSP_HEADER } from '../../src/deploy/csp.ts';
import { pageRedirects } from '../../src/redirects.ts';
import { openServer } from '../lib/browser.mjs';
import { HOSTILE_PATHS, request, WRITE_METHODS } from '../lib/load.mjs';
import { startNginx } from '../lib/nginx.mjs';
import { DIST, SUBPATH } from '../lib/site.mjs';

const first = (folder, test) => readdirSync(path.join(DIST, folder)).filter(test).sort()[0];
const docOf = (kind) => `en/${kind}/${first(`en/${kind}`, (f) => !f.includes('.'))}/`;
const FILES = {
	css: `_astro/${first('_astro', (f) => f.endsWith('.css'))}`,
	searchChunk: (() => {
		const root = JSON.parse(readFileSync(path.join(DIST, '_search/en/index.json'), 'utf8')).root;
		return `_search/en/${root}w/0.json`;
	})(),
	fragment: `pagefind/fragment/${first('pagefind/fragment', (f) => f.endsWith('.pf_fragment'))}`,
	pfMeta: `pagefind/${first('pagefind', (f) => f.endsWith('.pf_meta'))}`,
	ris: `data/en/${first('data/en', (f) => f.endsWith('.ris'))}`,
	bib: `data/en/${first('data/en', (f) => f.endsWith('.bib'))}`,
};

/** One page of each template, in English, and the Chinese home and search (the other script). */
const PAGES = [
	'',
	'en/',
	'zh/',
	'en/agreements/',
	docOf('plans'),
	`${docOf('plans')}parallel/`,
	docOf('faq'),
	'en/regions/',
	`en/regions/${first('en/regions', (f) => !f.includes('.'))}/`,
	'en/timeline/',
	'en/glossary/',
	'en/about/',
	'en/data/',
];

describe('nginx with the generated configuration', () => {
	let nginx;
	let origin;
	before(async () => {
		nginx = await startNginx({ dist: DIST });
		origin = nginx.origin;
	});
	after(() => nginx?.stop());

	test('pages carry the security headers, their type, and are revalidated', async () => {
		const { status, headers } = await request(origin, '/en/');
		assert.equal(status, 200);
		assert.equal(headers['content-security-policy'], CSP_HEADER);
		assert.equal(headers['x-content-type-options'], 'nosniff');
		assert.equal(headers['referrer-policy'], 'same-origin');
		assert.equal(headers['content-type'], 'text/html; charset=utf-8');
		assert.equal(headers['cache-control'], CACHE_CONTROL.revalidate);
	});

	test('hashed files are cached for a year, the search entry points are not', async () => {
		for (const file of [FILES.css, FILES.searchChunk, FILES.fragment, FILES.pfMeta]) {
			const { status, headers } = await request(origin, `/${file}`, { method: 'HEAD' });
			assert.equal(status, 200, file);
			assert.equal(headers['cache-control'], CACHE_CONTROL.immutable, file);
			assert.equal(
				headers['content-security-policy'],
				CSP_HEADER,
				`${file}: a location's own headers repeat the server's`
			);
		}
		for (const entry of ['/_search/en/index.json', '/pagefind/pagefind-entry.json'])
			assert.equal(
				(await request(origin, entry, { method: 'HEAD' })).headers['cache-control'],
				CACHE_CONTROL.revalidate,
				entry
			);
	});

	test('every kind of file is served with its type', async () => {
		const cases = [
			[FILES.ris, 'application/x-research-info-systems; charset=utf-8'],
			[FILES.bib, 'application/x-bibtex; charset=utf-8'],
			['data/figures.csv', 'text/csv; charset=utf-8'],
			['en/feed.xml', 'application/xml; charset=utf-8'],
			['downloads/collab-agreements-offline.zip', 'application/zip'],
			[FILES.searchChunk, 'application/json; charset=utf-8'],
			['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
			['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
			[FILES.css, 'text/css; charset=utf-8'],
		];
		for (const [file, type] of cases)
			assert.equal(
				(await request(origin, `/${file}`, { method: 'HEAD' })).headers['content-type'],
				type,
				file
			);
	});

	test('the precompressed copies are sent to browsers that accept them, and hold the file', async () => {
		const raw = readFileSync(path.join(DIST, 'en/index.html'));
		for (const [encoding, decode] of [
			['gzip', gunzipSync],
			['br', brotliDecompressSync],
		]) {
			const body = await fetch(`${origin}/en/`, { headers: { 'accept-encoding': encoding } });
			assert.equal(body.headers.get('content-encoding'), encoding);
			assert.match(body.headers.get('vary') ?? '', /Accept-Encoding/i);
			// fetch decodes the body itself; compare with the file the server holds.
			assert.deepEqual(Buffer.from(await body.arrayBuffer()), raw, encoding);
			assert.deepEqual(
				decode(readFileSync(path.join(DIST, `en/index.html.${encoding === 'gzip' ? 'gz' : 'br'}`))),
				raw
			);
		}
	});

	test('moved pages answer a real 301 to their new address, keeping the query', async () => {
		for (const { from, to } of pageRedirects) {
			for (const variant of [`/${from}`, `/${from}`.replace(/\/$/, ''), `/${from}index.html`]) {
				const { status, headers } = await request(origin, `${variant}?q=x`);
				assert.equal(status, 301, variant);
				assert.equal(headers.location, `/${to}?q=x`, variant);
			}
		}
	});

	test("a missing page answers 404 with the site's 404 page", async () => {
		const response = await fetch(`${origin}/en/no-such-page/`);
		assert.equal(response.status, 404);
		assert.equal(await response.text(), readFileSync(path.join(DIST, '404.html'), 'utf8'));
		assert.equal(response.headers.get('content-security-policy'), CSP_HEADER);
	});

	test('only GET and HEAD; hostile addresses neither leave the server nor stop it', async () => {
		// Each on a connection of its own: over a kept-alive one, nginx may answer 405 before reading the
		// body and then read the body's bytes as the start of the next request (400).
		for (const method of WRITE_METHODS)
			assert.equal(
				(
					await request(origin, '/en/', {
						method,
						body: method === 'TRACE' ? undefined : 'x=1',
						agent: false,
					})
				).status,
				405,
				method
			);
		for (const p of HOSTILE_PATHS) {
			const { status, headers } = await request(origin, p);
			assert.ok([301, 400, 404, 414].includes(status), `${p}: ${status}`);
			if (status === 301)
				assert.match(headers.location ?? '', /^\/[^/\\]/, `${p} redirects inside the site`);
		}
		assert.equal((await request(origin, '/.//en')).headers.location, '/en/');
		for (const file of ['_headers', '_redirects'])
			assert.equal((await request(origin, `/${file}`)).status, 404, file);
		assert.equal((await request(origin, '/en/')).status, 200);
	});

	describe('in Chromium, under the policy header', () => {
		let site;
		before(async () => (site = await openServer(nginx.url)));
		after(() => site?.close());

		for (const p of PAGES) {
			test(`/${p} loads with no violation, error or request to another host`, () =>
				site.withPage(async (page) => {
					const response = await page.goto(site.url(p), { waitUntil: 'load' });
					assert.equal(response?.status(), 200);
					assert.equal(response?.headers()['content-security-policy'], CSP_HEADER);
					assert.deepEqual(page.problems, []);
				}));
		}

		for (const [lang, query] of [
			['en', 'medical'],
			['zh', '医联体'],
		]) {
			test(`/${lang}/search/ finds "${query}" within the policy`, async () => {
				const page = await site.newPage();
				await page.goto(site.url(`${lang}/search/?q=${encodeURIComponent(query)}`));
				await page.locator('.search-hit h2 a').first().waitFor();
				assert.deepEqual(page.problems, []);
				await page.close();
			});
		}

		test('a moved page lands on its new address at the same #section through the 301', async () => {
			const { from, to } = pageRedirects[0];
			const page = await site.newPage();
			const response = await page.goto(site.url(`${from}#main`));
			assert.equal(response?.request().redirectedFrom()?.url(), site.url(from));
			assert.equal(new URL(page.url()).pathname, `/${to}`);
			assert.equal(new URL(page.url()).hash, '#main');
			assert.deepEqual(page.problems, []);
			await page.close();
		});

		test('a permanent link forwards to a language', async () => {
			const page = await site.newPage();
			await page.goto(site.url(`d/${first('d', () => true)}/#s1`));
			await page.waitForURL((u) => /^\/(zh|en)\//.test(u.pathname));
			assert.equal(new URL(page.url()).hash, '#s1');
			assert.deepEqual(page.problems, []);
			await page.close();
		});

		test('the 404 page shows without violations', async () => {
			const page = await site.newPage();
			const response = await page.goto(site.url('en/no-such-page/'));
			assert.equal(response?.status(), 404);
			assert.deepEqual(
				page.problems.filter((p) => !/404 \(Not Found\)/.test(p)),
				[]
			);
			await page.close();
		});

		test('the policy is enforced: a script injected into a page is refused and reported', async () => {
			const page = await site.newPage();
			await page.goto(site.url('en/'));
			const ran = await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.injected = true';
				document.body.append(script);
				return new Promise((resolve) => setTimeout(() => resolve(Boolean(window.injected)), 100));
			});
			assert.equal(ran, false);
			assert.ok(
				page.problems.some((p) => /CSP violation: script-src-elem/.test(p)),
				page.problems.join('\n')
			);
			await page.close();
		});
	});
});

describe(`nginx serving the build under ${SUBPATH.base}`, () => {
	let nginx;
	let site;
	before(async () => {
		nginx = await startNginx({ dist: SUBPATH.root, base: SUBPATH.base });
		site = await openServer(nginx.url);
	});
	after(async () => {
		await site?.close();
		await nginx?.stop();
	});

	test('moved pages, the 404 page and the directory redirect stay under the base', async () => {
		const { from, to } = pageRedirects[0];
		assert.equal(
			(await request(nginx.origin, `${SUBPATH.base}${from}`)).headers.location,
			`${SUBPATH.base}${to}`
		);
		assert.equal(
			(await request(nginx.origin, `${SUBPATH.base}en`)).headers.location,
			`${SUBPATH.base}en/`
		);
		const missing = await fetch(`${nginx.origin}${SUBPATH.base}no-such-page/`);
		assert.equal(missing.status, 404);
		assert.match(await missing.text(), /Page not found/);
	});

	test('a page and the search work under the policy', async () => {
		const page = await site.newPage();
		await page.goto(site.url('en/'));
		await page.goto(site.url('en/search/?q=medical'));
		await page.locator('.search-hit h2 a').first().waitFor();
		assert.deepEqual(page.problems, []);
		await page.close();
	});
});
