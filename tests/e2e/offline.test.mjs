// The offline edition in Chromium from file:// URLs (docs/design.md §6, docs/offline.md): one page of each
// kind and special case (tests/lib/routes.mjs) opens styled, with no errors and no request outside the
// folder (tests/dist/offline.test.mjs checks every page's links, stylesheets and reachability from the
// home pages in the files); the language switch keeps the #anchor and the ?query; a section's "copy link" gives
// the file of its document page (a parallel page's column, its own language's); and the offline search gives
// the substring ground truth for every query in both languages, as the web search does.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { groundTruth, indexedPages, querySet, viaSiteSearch } from '../../bench/lib/recall.mjs';
import { isStyled, openFolder } from '../lib/browser.mjs';
import { routeFamilies } from '../lib/routes.mjs';
import { copiedBy } from '../lib/section-tools.mjs';
import { DIST, DIST_OFFLINE, forwardsOnLoad, htmlFiles, urlPathOf } from '../lib/site.mjs';

let folder;
before(async () => (folder = await openFolder(DIST_OFFLINE)));
after(() => folder?.close());

/** `zh/plans/x/index.html` → `/zh/plans/x/`: the web path of an offline file, to compare results. */
const webPath = (file) => urlPathOf(file);

describe('one page of each kind from file://', { concurrency: 2 }, () => {
	// Forwarding pages move on as they load: tests/e2e/permalink.test.mjs and redirects.test.mjs follow them from the edition.
	const files = routeFamilies(DIST_OFFLINE)
		.representatives.map((r) => r.file)
		.filter((f) => !forwardsOnLoad(f));
	test('there are pages to open', () => assert.ok(files.length > 0));
	for (const file of files)
		test(`${file} opens styled, with no problems`, () =>
			folder.withPage(async (page) => {
				await page.goto(folder.url(file));
				assert.ok(await isStyled(page), 'not styled');
				assert.equal(folder.fileOf(page.url()), file);
				assert.deepEqual(page.problems, []);
			}));
});

describe('language switch', () => {
	test('keeps the #anchor on a document page, both ways', async () => {
		const doc = htmlFiles(DIST_OFFLINE).find((f) =>
			/^zh\/(agreements|plans|notices|briefings|faq)\/[^/]+\/index\.html$/.test(f)
		);
		assert.ok(doc, 'no document page in the offline edition');
		const page = await folder.newPage();
		await page.goto(folder.url(doc));
		const anchor = await page.locator('main h2[id], main h3[id]').first().getAttribute('id');
		await page.goto(`${folder.url(doc)}#${anchor}`);
		await page.locator('site-lang-switch a').click();
		await page.waitForURL(/\/en\//);
		assert.equal(folder.fileOf(page.url()), doc.replace(/^zh\//, 'en/'));
		assert.equal(new URL(page.url()).hash, `#${anchor}`);
		await page.locator('site-lang-switch a').click();
		await page.waitForURL(/\/zh\//);
		assert.equal(folder.fileOf(page.url()), doc);
		assert.equal(new URL(page.url()).hash, `#${anchor}`);
		assert.deepEqual(page.problems, []);
	});

	test('keeps the ?query on the search page', async () => {
		const page = await folder.newPage();
		await page.goto(`${folder.url('en/search/index.html')}?q=TCM`);
		await page.locator('site-lang-switch a').click();
		await page.waitForURL(/\/zh\//);
		assert.equal(folder.fileOf(page.url()), 'zh/search/index.html');
		assert.equal(new URL(page.url()).searchParams.get('q'), 'TCM');
		assert.deepEqual(page.problems, []);
	});
});

describe('section tools', () => {
	test("copy link and copy citation give the document page's file, from a document page and from each column of a parallel page", async () => {
		const parallel = htmlFiles(DIST_OFFLINE).find((f) =>
			/^en\/(agreements|plans|notices|briefings|faq)\/[^/]+\/parallel\/index\.html$/.test(f)
		);
		assert.ok(parallel, 'no parallel page in the offline edition');
		await folder.context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const docFile = (lang) =>
			parallel.replace(/^en\//, `${lang}/`).replace(/parallel\/index\.html$/, 'index.html');
		const page = await folder.newPage();
		await page.goto(folder.url(parallel));
		const anchor = await page
			.locator('.parallel__row')
			.evaluateAll(
				(rows) => rows.find((r) => r.querySelectorAll('site-section-tools').length === 2)?.id
			);
		for (const [i, lang] of ['en', 'zh'].entries()) {
			const tools = page
				.locator(`.parallel__row[id="${anchor}"] > .parallel__col`)
				.nth(i)
				.locator('site-section-tools');
			const url = `${folder.url(docFile(lang))}#${anchor}`;
			assert.equal(await copiedBy(page, tools, lang, 'link'), url, `${lang} column`);
			assert.ok(
				(await copiedBy(page, tools, lang, 'citation')).endsWith(url),
				`${lang} column's citation ends with ${url}`
			);
		}
		await page.goto(folder.url(docFile('zh')));
		assert.equal(
			await copiedBy(
				page,
				page.locator(`site-section-tools[data-anchor="${anchor}"]`),
				'zh',
				'link'
			),
			`${folder.url(docFile('zh'))}#${anchor}`,
			'document page'
		);
		assert.deepEqual(page.problems, []);
	});
});

describe('targets and compare views', () => {
	test("a document's target links to its row; the targets table sorts and filters from file://; a compare view links into the edition", async () => {
		const page = await folder.newPage();
		await page.goto(folder.url('en/plans/banan-tcm-plan-2024-2027/index.html'));
		await page.locator('td[data-figure] a[href*="targets/index.html#"]').first().click();
		await page.waitForURL(/\/en\/targets\/index\.html#/);
		const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
		assert.equal(await page.locator(`tr[id="${anchor}"]`).count(), 1, `no row #${anchor}`);
		await page.getByRole('button', { name: 'Topic' }).click();
		assert.equal(
			await page.locator('th[data-column="topic"]').getAttribute('aria-sort'),
			'ascending'
		);
		const region = await page.locator('select[name="region"] option').nth(1).getAttribute('value');
		await page.locator('select[name="region"]').selectOption(region);
		assert.ok(
			await page
				.locator('tr[data-target]:visible')
				.evaluateAll(
					(rows, r) => rows.length > 0 && rows.every((row) => row.dataset.region === r),
					region
				)
		);
		const compare = htmlFiles(DIST_OFFLINE).find((f) =>
			/^zh\/topics\/[^/]+\/compare\/index\.html$/.test(f)
		);
		await page.goto(folder.url(compare));
		assert.ok(await isStyled(page));
		const cells = await page
			.locator('.compare__cell h3 a')
			.evaluateAll((links) => links.map((a) => a.href));
		assert.ok(
			cells.length > 0 && cells.every((href) => /index\.html#/.test(href) && folder.fileOf(href)),
			'cells link to files of the edition, at their anchors'
		);
		assert.deepEqual(page.problems, []);
	});
});

describe('offline search', () => {
	test('the search box of any page leads to the offline search, which says so, takes ?q= and links results into the edition', async () => {
		const page = await folder.newPage();
		const pages = indexedPages(DIST, 'en');
		const q = querySet(pages, 'en').find((x) => groundTruth(pages, x).rules.size > 0);
		await page.goto(folder.url('en/about/index.html'));
		await page.locator('form.search-box input[name="q"]').fill(q);
		await page.locator('form.search-box input[name="q"]').press('Enter');
		await page.waitForURL(/\/en\/search\/index\.html\?q=/);
		assert.ok(
			await page.locator('.search-offline').first().isVisible(),
			'no visible offline-search note'
		);
		assert.equal(await page.locator('site-search input[name="q"]').inputValue(), q);
		const first = page.locator('site-search .search-results a').first();
		await first.waitFor();
		assert.ok(
			folder.fileOf(await first.evaluate((a) => a.href)),
			'a result links outside the edition'
		);
		await first.click();
		await page.waitForLoadState('load');
		assert.ok(await isStyled(page));
		assert.deepEqual(page.problems, []);
	});

	test('typing a query updates the results and the URL', async () => {
		const page = await folder.newPage();
		await page.goto(folder.url('zh/search/index.html'));
		await page.locator('site-search input[name="q"]').fill('中医');
		await page.waitForURL(/[?&]q=/);
		assert.equal(new URL(page.url()).searchParams.get('q'), '中医');
		assert.deepEqual(page.problems, []);
	});

	// The web search gives the ground truth for every query (tests/e2e/search-recall.test.mjs, the same
	// queries), so an offline search that gives it too gives the web search's results.
	for (const lang of ['zh', 'en']) {
		test(`${lang}: the same pages as the ground truth, and so as the web search, for every query`, async (t) => {
			const pages = indexedPages(DIST, lang);
			const queries = querySet(pages, lang);
			const offlinePage = await folder.newPage();
			await offlinePage.goto(folder.url(`${lang}/search/index.html`));
			const offline = viaSiteSearch(offlinePage, lang);
			const differences = [];
			let results = 0;
			for (const q of queries) {
				const truth = [...groundTruth(pages, q).rules].sort();
				const got = (await offline(q)).map((u) => webPath(folder.fileOf(u) ?? u)).sort();
				results += got.length;
				if (JSON.stringify(got) !== JSON.stringify(truth))
					differences.push({ q, offline: got, truth });
			}
			t.diagnostic(
				`offline search (${lang}): ${queries.length} queries, ${results} results, ${differences.length} differing from the ground truth`
			);
			assert.deepEqual(differences, []);
			assert.deepEqual(offlinePage.problems, []);
		});
	}
});
