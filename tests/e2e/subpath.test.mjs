// Smoke test of the site under a sub-path (the /kb/ build that `npm test` makes): the chooser, home
// pages, a document, the language switch, the section tools of a parallel page (public addresses, from
// SITE_URL), the search page, the targets page and a compare view work, styled, and every request stays
// under /kb/ (the harness also fails on any request that leaves the local server).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isStyled, openSite } from '../lib/browser.mjs';
import { copiedBy } from '../lib/section-tools.mjs';
import { htmlFiles, SUBPATH, urlPathOf } from '../lib/site.mjs';

const docPath = htmlFiles(SUBPATH.root)
	.map((f) => urlPathOf(f))
	.find((p) => /^\/zh\/(agreements|plans|notices|briefings|faq)\/[^/]+\/$/.test(p));
const parallelPath = htmlFiles(SUBPATH.root)
	.map((f) => urlPathOf(f))
	.find((p) => /^\/en\/(agreements|plans|notices|briefings|faq)\/[^/]+\/parallel\/$/.test(p));
let site;
before(async () => {
	site = await openSite(SUBPATH);
	await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(site.url()).origin,
	});
});
after(() => site?.close());

/** Opens a path under the base and checks that it loaded cleanly and styled. */
async function open(path) {
	const page = await site.newPage();
	const response = await page.goto(site.url(path));
	assert.equal(response?.status(), 200, path);
	assert.ok(await isStyled(page), `${path} is not styled`);
	return page;
}

test('the chooser leads to a home page under the base', async () => {
	const page = await open('/');
	await page.locator('a[hreflang="en"]').first().click();
	await page.waitForURL(/\/kb\/en\/$/);
	assert.ok(await isStyled(page));
	assert.deepEqual(page.problems, []);
});

test('a document, and the language switch keeping the #anchor', async () => {
	assert.ok(docPath, 'no document page in the sub-path build');
	const page = await open(docPath);
	const anchor = await page.locator('main h2[id], main h3[id]').first().getAttribute('id');
	await page.goto(site.url(`${docPath}#${anchor}`));
	await page.locator('site-lang-switch a').click();
	await page.waitForURL(/\/kb\/en\//);
	const url = new URL(page.url());
	assert.equal(url.pathname, `${SUBPATH.base}${docPath.slice(1).replace(/^zh\//, 'en/')}`);
	assert.equal(url.hash, `#${anchor}`);
	assert.deepEqual(page.problems, []);
});

test("a parallel page's columns (and a document page) copy their own language's document page, at SITE_URL's origin under the base", async () => {
	assert.ok(parallelPath, 'no parallel page in the sub-path build');
	const page = await open(parallelPath);
	const anchor = await page
		.locator('.parallel__row')
		.evaluateAll(
			(rows) => rows.find((r) => r.querySelectorAll('site-section-tools').length === 2)?.id
		);
	const docOf = (lang) =>
		`${SUBPATH.site}${SUBPATH.base}${parallelPath
			.slice(1)
			.replace(/^en\//, `${lang}/`)
			.replace(/parallel\/$/, '')}#${anchor}`;
	for (const [i, lang] of ['en', 'zh'].entries()) {
		const tools = page
			.locator(`.parallel__row[id="${anchor}"] > .parallel__col`)
			.nth(i)
			.locator('site-section-tools');
		assert.equal(await copiedBy(page, tools, lang, 'link'), docOf(lang));
		assert.ok(
			(await copiedBy(page, tools, lang, 'citation')).endsWith(docOf(lang)),
			`${lang} citation ends with ${docOf(lang)}`
		);
	}
	// And the document page itself, as its canonical link names it.
	await page.goto(site.url(`${parallelPath.replace(/parallel\/$/, '')}?highlight=x`));
	assert.equal(
		await page.locator('link[rel="canonical"]').getAttribute('href'),
		docOf('en').replace(/#.*/, '')
	);
	assert.equal(
		await copiedBy(page, page.locator(`site-section-tools[data-anchor="${anchor}"]`), 'en', 'link'),
		docOf('en')
	);
	assert.deepEqual(page.problems, []);
});

test('the search page loads, takes ?q= and links results under the base', async () => {
	const page = await open('/en/search/?q=TCM');
	assert.equal(await page.locator('site-search input[name="q"]').inputValue(), 'TCM');
	const first = page.locator('site-search .search-results a').first();
	await first.waitFor();
	assert.match(new URL(await first.evaluate((a) => a.href)).pathname, /^\/kb\/en\//);
	assert.deepEqual(page.problems, []);
});

test('the targets page sorts, and its rows and a compare view link inside the base', async () => {
	const page = await open('/en/targets/');
	const source = await page
		.locator('tr[data-target] .targets__source')
		.first()
		.evaluate((a) => a.href);
	assert.match(new URL(source).pathname, /^\/kb\/en\//);
	await page.getByRole('button', { name: 'Region' }).click();
	assert.equal(
		await page.locator('th[data-column="region"]').getAttribute('aria-sort'),
		'ascending'
	);
	const compare = htmlFiles(SUBPATH.root)
		.map((f) => urlPathOf(f))
		.find((p) => /^\/zh\/topics\/[^/]+\/compare\/$/.test(p));
	assert.ok(compare, 'no compare view in the sub-path build');
	await page.goto(site.url(compare));
	assert.ok(await isStyled(page));
	const cells = await page
		.locator('.compare__cell h3 a')
		.evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
	assert.ok(
		cells.length > 0 && cells.every((p) => p.startsWith('/kb/zh/')),
		'cells link under the base'
	);
	assert.deepEqual(page.problems, []);
});

test('every request stayed under the base path', () => {
	assert.deepEqual(
		site.server.requests.filter((p) => !p.startsWith(SUBPATH.base)),
		[]
	);
});
