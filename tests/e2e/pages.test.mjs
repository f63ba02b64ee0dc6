// One page of each kind in Chromium: the first built page of every route family (a template of
// src/pages/ in each language and browse facet) and of each special case (a chart, a
// kind of table), found by tests/lib/routes.mjs, so the time stays the same as the content grows. Each
// loads with no console errors, no failed or external requests, and no axe-core violations, in the
// light and (for the rules that read colour) in the dark colour scheme; the language switcher keeps path and anchor. The whole-site
// checks that must see every page are static (tests/dist/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { axeViolations, COLOUR_RULES, gotoWithoutScripts, openSite } from '../lib/browser.mjs';
import { routeFamilies } from '../lib/routes.mjs';
import { forwardsOnLoad, urlPathOf } from '../lib/site.mjs';

const { representatives } = routeFamilies();

const STYLESHEET = 'src/styles/global.css';

// In the dark scheme axe runs again only the rules whose outcome depends on colour (COLOUR_RULES); the
// light run has them all. That holds while the dark scheme changes colour custom properties only.
test('the dark colour scheme sets only colour custom properties', () => {
	const css = readFileSync(STYLESHEET, 'utf8');
	const blocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/g)];
	assert.ok(blocks.length > 0, `${STYLESHEET} has no dark-scheme block`);
	for (const [, body] of blocks)
		for (const [, property] of body.matchAll(/([\w-]+)\s*:[^;{}]*;/g))
			assert.match(property, /^--/, `${STYLESHEET}: the dark scheme sets ${property}`);
});

// Pages that forward the reader at once are checked without their scripts, so that axe sees them and
// not where they lead; tests/e2e/permalink.test.mjs and redirects.test.mjs follow them.

describe('one page of each kind in Chromium, light and dark', { concurrency: 2 }, () => {
	let site;
	before(async () => (site = await openSite()));
	after(() => site?.close());

	for (const { file, why } of representatives) {
		const path = urlPathOf(file);
		test(`${path} (${why}) loads cleanly and passes axe in both colour schemes`, () =>
			site.withPage(async (page) => {
				const url = site.url(path);
				if (forwardsOnLoad(file)) await gotoWithoutScripts(page, url);
				else assert.equal((await page.goto(url, { waitUntil: 'load' }))?.status(), 200);
				for (const colorScheme of ['light', 'dark']) {
					await page.emulateMedia({ colorScheme });
					assert.equal(
						await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
						colorScheme === 'dark',
						`${colorScheme} scheme is emulated`
					);
					assert.deepEqual(
						await axeViolations(page, colorScheme === 'dark' ? { rules: COLOUR_RULES } : {}),
						[],
						`axe violations on ${path} (${colorScheme})`
					);
				}
				assert.equal(page.url(), url, `${path} moved on to another page`);
				assert.deepEqual(page.problems, [], `problems on ${path}`);
			}));
	}
});

describe('language switcher', () => {
	let site;
	before(async () => (site = await openSite()));
	after(() => site?.close());

	test('keeps the path and the #anchor in both directions', async () => {
		const doc = representatives
			.map((r) => urlPathOf(r.file))
			.find((p) => /^\/zh\/(agreements|plans|notices|briefings)\/[^/]+\/$/.test(p));
		assert.ok(doc, 'no document page to test');
		const page = await site.newPage();
		await page.goto(site.url(doc));
		const anchor = await page.locator('main h2[id], main h3[id]').first().getAttribute('id');
		await page.goto(site.url(`${doc}#${anchor}`));
		await page.getByRole('link', { name: '阅读本页英文版' }).click();
		await page.waitForURL(/\/en\//);
		assert.equal(new URL(page.url()).pathname, doc.replace('/zh/', '/en/'));
		assert.equal(new URL(page.url()).hash, `#${anchor}`);
		await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
		await page.waitForURL(/\/zh\//);
		assert.equal(new URL(page.url()).pathname, doc);
		assert.equal(new URL(page.url()).hash, `#${anchor}`);
		assert.deepEqual(page.problems, []);
	});
});
