// The search page in Chromium: state in the URL with working history, Traditional queries, searching
// the other language's index, filters, highlighting on the target page, nothing loaded before the
// reader searches, filters folded on a phone and beside the results on a wide screen, and no axe
// violations with results shown. Works on whatever content is built.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { indexedPages } from '../../bench/lib/recall.mjs';
import { axeViolations, openSite } from '../lib/browser.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../lib/site.mjs';

/** Waits until the search triggered by the last change has finished. */
const settled = (page) =>
	page.waitForFunction(
		() =>
			document.querySelector('.search-results')?.getAttribute('aria-busy') === 'false' &&
			document.querySelector('.search-status')?.textContent
	);
const search = (page, lang, q, extra = '') =>
	page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}${extra}`).then(() => settled(page));
/** The sort date a built page gives Pagefind (`data-pagefind-sort="date:…"`), or undefined. */
const sortDate = (urlPath) =>
	/data-pagefind-sort="date:([^"]+)"/.exec(
		readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8')
	)?.[1];
const hitUrls = (page) =>
	page.locator('.search-hit h2 a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));

// A query that some indexed Chinese page contains: a frequent two-character run of its text.
const zhPages = indexedPages(DIST, 'zh');
const zhQuery = (() => {
	const counts = new Map();
	for (const text of zhPages.values())
		for (const m of text.matchAll(/(?=(\p{Script=Han}{2}))/gu))
			counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '中医';
})();

describe('search page', () => {
	let site;
	let page;
	before(async () => {
		site = await openSite();
		page = await site.newPage();
		// Relative goto() paths resolve against the site.
		const goto = page.goto.bind(page);
		page.goto = (p, o) => goto(p.startsWith('/') ? site.url(p) : p, o);
	});
	after(() => site?.close());

	test('nothing of search loads on a reading page, nor on the search page before the reader searches', async () => {
		const requests = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto('/zh/glossary/', { waitUntil: 'networkidle' });
		await page.goto('/zh/search/', { waitUntil: 'networkidle' });
		assert.deepEqual(
			requests.filter((p) => p.includes('/_search/')),
			[]
		);
		await Promise.all([
			page.waitForRequest((r) => r.url().endsWith('/_search/zh/index.json')),
			page.locator('#search-q').focus(),
		]);
		page.removeAllListeners('request');
	});

	test('a query in the URL is searched, announced and listed with links that highlight the hit', async () => {
		await search(page, 'zh', zhQuery);
		const status = await page.getByRole('status').textContent();
		const urls = await hitUrls(page);
		assert.ok(urls.length > 0, `no results for ${zhQuery}`);
		assert.match(
			status,
			new RegExp(
				`${zhQuery}.*${(await page.locator('.search-hit').count()) >= 10 ? '' : urls.length}`
			)
		);
		assert.deepEqual(await axeViolations(page), []);
		const href = await page.locator('.search-hit h2 a').first().getAttribute('href');
		assert.match(href, /\?highlight=/);
		await page.goto(href);
		await page.waitForFunction(() => CSS.highlights.get('search-hit')?.size > 0);
	});

	test('typing updates the URL, and the back button returns to the earlier search', async () => {
		await search(page, 'zh', zhQuery);
		const box = page.locator('#search-q');
		await box.fill(`${zhQuery.slice(0, 1)}`);
		await page.waitForURL((u) => u.searchParams.get('q') === zhQuery.slice(0, 1));
		await settled(page);
		await box.press('Enter');
		await page.goBack();
		await page.waitForURL((u) => u.searchParams.get('q') === zhQuery);
		await settled(page);
		assert.equal(await box.inputValue(), zhQuery);
	});

	test('a Traditional-character query finds the Simplified text', async () => {
		const { Converter } = await import('opencc-js');
		const traditional = Converter({ from: 'cn', to: 'tw' })(zhQuery);
		await search(page, 'zh', zhQuery);
		const simplified = await hitUrls(page);
		await search(page, 'zh', traditional);
		assert.deepEqual(await hitUrls(page), simplified, `${traditional} vs ${zhQuery}`);
	});

	test('an English reader can search the Chinese pages and switch back', async () => {
		await search(page, 'en', zhQuery, '&index=zh');
		const urls = await hitUrls(page);
		assert.ok(urls.length > 0 && urls.every((u) => u.startsWith('/zh/')), urls.join(' '));
		await page.getByRole('radio', { name: 'English' }).check();
		await page.waitForURL((u) => !u.searchParams.has('index'));
		await settled(page);
		assert.ok((await hitUrls(page)).every((u) => u.startsWith('/en/')));
	});

	test('a filter narrows the results, goes into the URL, and shows counts', async (t) => {
		await search(page, 'zh', zhQuery);
		const box = page.locator('.search-facet input[name="kind"]').first();
		if (!(await box.count())) return t.skip('no document matches the query');
		const kind = await box.getAttribute('value');
		const label = await page
			.locator('.search-facet label', { has: page.locator(`input[name="kind"][value="${kind}"]`) })
			.textContent();
		const count = Number(/\((\d+)\)/.exec(label)[1]);
		await box.click();
		await page.waitForURL((u) => u.searchParams.get('kind') === kind);
		await settled(page);
		assert.equal(await page.locator('.search-hit').count(), Math.min(count, 10));
	});

	test('a result shows its excerpt with the hit marked, and links to the sections that hold it', async (t) => {
		await search(page, 'zh', zhQuery);
		const marks = await page.locator('.search-hit__excerpt mark').allTextContents();
		assert.ok(marks.length > 0 && marks.every((m) => m === zhQuery), marks.join(' '));
		const section = page.locator('.search-hit__sections a').first();
		if (!(await section.count())) return t.skip(`no section holds ${zhQuery}`);
		const href = await section.getAttribute('href');
		const anchor = new URL(href, 'http://x').hash.slice(1);
		assert.ok(anchor && href.includes('?highlight='), href);
		await page.goto(href);
		assert.equal(await page.locator(`[id="${anchor}"]`).count(), 1, `#${anchor} on ${href}`);
		await page.waitForFunction(() => CSS.highlights.get('search-hit')?.size > 0);
	});

	test('sorting by date lists the newest first and goes into the URL', async () => {
		await search(page, 'zh', zhQuery);
		await page.locator('#search-sort').selectOption('newest');
		await page.waitForURL((u) => u.searchParams.get('sort') === 'newest');
		await settled(page);
		const dates = (await hitUrls(page)).map((u) => sortDate(u) ?? '');
		assert.ok(dates.length > 0);
		// Undated pages (glossary, about) come last, so '' sorts below every date.
		assert.deepEqual(dates, [...dates].sort().reverse());
	});

	test('on a phone the filters are folded above the results; on a wide screen they stand open beside them', async () => {
		for (const [width, open] of [
			[390, false],
			[1280, true],
		]) {
			await page.setViewportSize({ width, height: 800 });
			await search(page, 'zh', zhQuery);
			const filters = page.locator('.search-filters');
			assert.equal(await filters.evaluate((d) => d.open), open, `${width} px: filters open`);
			const [f, r] = await Promise.all([
				filters.boundingBox(),
				page.locator('.search-hit').first().boundingBox(),
			]);
			if (open)
				assert.ok(
					r.x > f.x + f.width - 1 && r.y < f.y + f.height,
					`${width} px: the results stand beside the filters`
				);
			else
				assert.ok(
					r.y > f.y && r.y < 800,
					`${width} px: the first result is below the folded filters, on the first screen`
				);
			await filters.locator('summary').click();
			assert.equal(
				await filters.evaluate((d) => d.open),
				!open,
				`${width} px: the summary folds and unfolds the filters`
			);
		}
		await page.setViewportSize({ width: 1280, height: 720 });
	});

	test('a query with no word to search for says so and lists nothing', async () => {
		// As written in the URL: `%00` is a NUL character.
		for (const q of ['(', '.*', '!!!', '。'].map(encodeURIComponent).concat('%00')) {
			await page.goto(`/en/search/?q=${q}`);
			await page.waitForFunction(() => document.querySelector('.search-status')?.textContent);
			assert.match(await page.getByRole('status').textContent(), /nothing to search for/, q);
			assert.equal(await page.locator('.search-hit').count(), 0, q);
		}
	});

	test('a very long query is cut to the documented length, searched at once and said so', async () => {
		// From the URL (as long as a server accepts), and pasted into the box (100 KB).
		const started = Date.now();
		await search(page, 'en', 'medical '.repeat(600));
		assert.ok(Date.now() - started < 5_000, 'searched without blocking the page for seconds');
		assert.equal((await page.locator('#search-q').inputValue()).length, 200);
		assert.match(
			await page.getByRole('status').textContent(),
			/Only the first 200 characters are searched/
		);
		await page.locator('#search-q').fill('medical '.repeat(12_800));
		assert.equal((await page.locator('#search-q').inputValue()).length, 200);
	});

	test('filter values named like object keys hide nothing they should not and can be cleared', async () => {
		for (const extra of [
			'&kind=constructor',
			'&kind=toString',
			'&region=__proto__',
			'&year=hasOwnProperty',
		]) {
			await search(page, 'en', 'TCM', extra);
			const [name, value] = extra.slice(1).split('=');
			const box = page.locator(`.search-facets input[name="${name}"][value="${value}"]`);
			assert.equal(await box.isChecked(), true, `${extra}: shown, checked`);
			// Clearing it removes the box (no result has the value), so click rather than uncheck().
			await box.click();
			await page.waitForURL((url) => !url.searchParams.has(name));
			await settled(page);
			assert.ok((await page.locator('.search-hit').count()) > 0, `${extra}: results once cleared`);
		}
	});

	test('whatever the scripts hide with `hidden` is not displayed (show more after the last result)', async () => {
		await search(page, 'en', 'TCM');
		for (let i = 0; i < 20 && (await page.locator('.search-more').isVisible()); i++) {
			// "Show more" adds results without marking the list busy: wait for them (or for the button to go)
			// before looking again, or a click lands while the last batch is still loading.
			const hits = await page.locator('.search-hit').count();
			await page.locator('.search-more').click();
			await page.waitForFunction(
				(n) =>
					document.querySelectorAll('.search-hit').length > n ||
					document.querySelector('.search-more')?.hidden,
				hits
			);
		}
		assert.equal(await page.locator('.search-more').isVisible(), false);
		const shown = await page.evaluate(() =>
			[...document.querySelectorAll('[hidden]')]
				.filter((el) => getComputedStyle(el).display !== 'none')
				.map((el) => el.outerHTML.slice(0, 80))
		);
		assert.deepEqual(shown, []);
	});

	test('an excerpt from the metadata card reads as label–value pairs', async () => {
		await search(page, 'zh', '类型：');
		const excerpts = await page.locator('.search-hit__excerpt').allTextContents();
		assert.ok(
			excerpts.some((e) => /类型：\s?\S/.test(e)),
			excerpts.join('\n')
		);
	});

	test('the page keeps still while results arrive on a phone (cumulative layout shift under 0.1)', async () => {
		const context = await site.browser.newContext({
			viewport: { width: 390, height: 844 },
			deviceScaleFactor: 3,
			isMobile: true,
		});
		const phone = await context.newPage();
		await phone.addInitScript(() => {
			globalThis.layoutShift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (!entry.hadRecentInput) globalThis.layoutShift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await phone.goto(site.url(`/zh/search/?q=${encodeURIComponent(zhQuery)}`));
		await settled(phone);
		await phone.waitForTimeout(500);
		const shift = await phone.evaluate(() => globalThis.layoutShift);
		await context.close();
		assert.ok(shift < 0.1, `cumulative layout shift ${shift.toFixed(3)}`);
	});
});
