// The compare view and the targets page in Chromium (tests/e2e/pages.test.mjs runs axe on one page
// of each in both languages and colour schemes): the targets table sorts by a column and back into its
// due-year groups and filters by topic, saying how many rows show, and without scripts it stays grouped
// with its controls hidden; the compare view puts documents side by side on a wide screen, one column
// per document on a phone, and prints one document after another without the site's header.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openSite } from '../lib/browser.mjs';
import { htmlFiles, urlPathOf } from '../lib/site.mjs';

const paths = htmlFiles().map((f) => urlPathOf(f));
const compareOf = (lang) =>
	paths.find((p) => new RegExp(`^/${lang}/topics/[^/]+/compare/$`).test(p));

describe('compare view and targets page', () => {
	let site;
	before(async () => (site = await openSite({ colorScheme: 'dark' })));
	after(() => site?.close());

	test('the targets table sorts by a column, back into due-year groups, and filters by topic', async () => {
		const page = await site.newPage();
		await page.goto(site.url('/en/targets/'));
		const controls = page.locator('.targets__controls');
		await controls.waitFor();
		const visibleTargets = () =>
			page
				.locator('tr[data-target]:visible')
				.evaluateAll((rows) => rows.map((r) => r.dataset.target));
		const visibleGroups = () => page.locator('.targets__group:visible').count();
		const all = await visibleTargets();
		assert.ok(all.length > 1 && (await visibleGroups()) > 0, 'grouped by due year at first');
		assert.equal(
			await page.locator('th[data-column="due"]').getAttribute('aria-sort'),
			'ascending'
		);

		await page.getByRole('button', { name: 'Region' }).click();
		assert.equal(
			await page.locator('th[data-column="region"]').getAttribute('aria-sort'),
			'ascending'
		);
		assert.equal(await visibleGroups(), 0, 'no year groups while sorted by region');
		const regions = await page
			.locator('tr[data-target]:visible td:nth-of-type(2)')
			.allTextContents();
		assert.deepEqual(
			regions,
			[...regions].sort((a, b) => a.localeCompare(b, 'en')),
			'rows in region order'
		);
		await page.getByRole('button', { name: 'Region' }).click();
		assert.equal(
			await page.locator('th[data-column="region"]').getAttribute('aria-sort'),
			'descending'
		);

		await page.getByRole('button', { name: 'Due' }).click();
		assert.deepEqual(await visibleTargets(), all, 'sorting by due year restores the page order');
		assert.ok((await visibleGroups()) > 0, 'and the groups');

		const topic = await page.locator('select[name="topic"] option').nth(1).getAttribute('value');
		await page.locator('select[name="topic"]').selectOption(topic);
		const filtered = await page
			.locator('tr[data-target]:visible')
			.evaluateAll((rows) => rows.map((r) => r.dataset.topics.split(' ')));
		assert.ok(
			filtered.length > 0 && filtered.length < all.length,
			`filtering by ${topic} leaves some rows`
		);
		assert.ok(
			filtered.every((topics) => topics.includes(topic)),
			`every row shown is filed under ${topic}`
		);
		assert.match(
			await page.locator('.targets__status').textContent(),
			new RegExp(`Showing ${filtered.length} of ${all.length} targets`)
		);
		assert.deepEqual(page.problems, []);
		await page.close();
	});

	test('without scripts the targets table is grouped by due year and its controls stay hidden', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/zh/targets/'));
		assert.equal(await page.locator('.targets__controls').isVisible(), false);
		assert.ok((await page.locator('.targets__group:visible').count()) > 0);
		assert.equal(await page.locator('th button').count(), 0, 'no sort buttons');
		await context.close();
	});

	test('the compare view: documents side by side when wide, one column per document on a phone, stacked in print', async () => {
		const path = paths.find((p) => p === '/en/topics/talent/compare/') ?? compareOf('en');
		const page = await site.newPage();
		const boxes = () =>
			page
				.locator('.compare__doc')
				.evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().toJSON()));
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(site.url(path));
		const wide = await boxes();
		assert.ok(wide.length >= 3, `${path} compares ${wide.length} documents`);
		assert.equal(wide[0].top, wide[1].top, 'the first two documents sit side by side');
		await page.setViewportSize({ width: 390, height: 800 });
		const phone = await boxes();
		assert.ok(
			phone.every((b) => b.left === phone[0].left && Math.abs(b.width - phone[0].width) < 1),
			'one column per document'
		);
		assert.ok(
			phone.every((b, i) => i === 0 || b.top > phone[i - 1].bottom - 1),
			'one document after another'
		);
		assert.equal(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
			true,
			'no sideways scroll'
		);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.emulateMedia({ media: 'print' });
		const print = await boxes();
		assert.ok(
			print.every((b, i) => i === 0 || b.top > print[i - 1].top),
			'printed one after another'
		);
		assert.equal(await page.locator('.site-header').isVisible(), false, 'no header on paper');
		assert.deepEqual(page.problems, []);
		await page.close();
	});
});
