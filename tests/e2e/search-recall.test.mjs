// Regression check for docs/design.md §5's promise: on the built site, in both languages, search finds every
// page whose indexed text contains the query (recall 100%) and nothing else (precision 100%), through
// the real search code in Chromium. The query set mixes hand-written queries with substrings cut
// from the pages themselves (bench/lib/recall.mjs); bench/search-recall.mjs prints the same figures
// with Pagefind's defaults for comparison. Pagefind's standard bundle, which the build writes beside the
// site's own index for other Pagefind clients, must load and answer too.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
	ACROSS_MARKUP,
	indexedPages,
	querySet,
	score,
	viaSiteSearch,
} from '../../bench/lib/recall.mjs';
import { openSite } from '../lib/browser.mjs';
import { DIST } from '../lib/site.mjs';

const MIN_QUERIES = { zh: 50, en: 30 };

describe('search recall and precision', () => {
	let site;
	before(async () => (site = await openSite()));
	after(() => site?.close());

	for (const lang of ['zh', 'en']) {
		test(`${lang}: every page containing the query is found, and only those`, async () => {
			const pages = indexedPages(DIST, lang);
			const queries = querySet(pages, lang);
			assert.ok(queries.length >= MIN_QUERIES[lang], `only ${queries.length} queries`);
			const page = await site.newPage();
			await page.goto(site.url(`/${lang}/search/`));
			const result = await score(pages, queries, viaSiteSearch(page, lang));
			// The phrases across inline markup are on the pages, so finding them is a real check.
			for (const q of ACROSS_MARKUP[lang])
				assert.ok(result.rows.find((r) => r.q === q)?.hits > 0, `${q} is on no page`);
			const failures = result.rows
				.filter((r) => r.missed.length || r.wrong.length)
				.map((r) => `${r.q}: missed ${r.missed.join(' ')} wrong ${r.wrong.join(' ')}`);
			assert.deepEqual(failures, []);
			assert.equal(result.recall, 1);
			assert.equal(result.precision, 1);
			assert.deepEqual(page.problems, []);
		});
	}

	// The site's Content-Security-Policy forbids the WebAssembly Pagefind runs on; a client that uses the
	// bundle is another page, with its own policy, so the policy is bypassed here.
	for (const [lang, query] of [
		['zh', '中医'],
		['en', 'medical'],
	])
		test(`${lang}: Pagefind's standard bundle at /pagefind/ loads and finds "${query}" on built pages`, async () => {
			const context = await site.browser.newContext({ bypassCSP: true });
			try {
				const page = await context.newPage();
				await page.goto(site.url(`/${lang}/search/`));
				const urls = await page.evaluate(
					async ([bundle, query]) => {
						const pagefind = await import(bundle);
						const { results } = await pagefind.search(query);
						return Promise.all(results.map(async (r) => (await r.data()).url));
					},
					[site.url('/pagefind/pagefind.js'), query]
				);
				assert.ok(urls.length > 0, `no result for ${query}`);
				const missing = urls.filter(
					(u) =>
						!existsSync(path.join(DIST, decodeURI(new URL(u, site.url()).pathname), 'index.html'))
				);
				assert.deepEqual(missing, [], 'results that are not built pages');
			} finally {
				await context.close();
			}
		});
});
