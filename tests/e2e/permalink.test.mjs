// The language-neutral permanent link /d/{id}/#anchor opens the reader's language at that section,
// and without scripts offers plain links to both languages (tests/e2e/pages.test.mjs runs axe on it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openFolder, openSite } from '../lib/browser.mjs';
import { DIST, DIST_OFFLINE, htmlFiles, urlPathOf } from '../lib/site.mjs';

const permalinks = htmlFiles()
	.map((f) => urlPathOf(f))
	.filter((p) => p.startsWith('/d/'));
let site;
before(async () => (site = await openSite()));
after(() => site?.close());

test('there is a permanent link per document', () => assert.ok(permalinks.length > 0));

/** A document's permanent link and one of its section anchors (the first document that has sections). */
function sectioned(root = DIST) {
	for (const link of permalinks) {
		const id = link.split('/')[2];
		const file = htmlFiles(root).find((f) => new RegExp(`^zh/[a-z]+/${id}/index\\.html$`).test(f));
		const anchor = /id="([a-z][a-z0-9-]*)" class="section-heading"/.exec(
			readFileSync(path.join(root, file), 'utf8')
		)?.[1];
		if (anchor) return { link, id, anchor };
	}
	return undefined;
}

// The reader's languages in order of preference (navigator.languages): the first of zh and en wins;
// a reader who reads neither gets English.
const preferences = [
	[['zh-CN'], 'zh'],
	[['en-GB'], 'en'],
	[['fr-FR', 'zh-TW', 'en'], 'zh'],
	[['de', 'en-US', 'zh'], 'en'],
	[['ja'], 'en'],
];
for (const [languages, lang] of preferences) {
	test(`a reader preferring ${languages.join(', ')} lands on the ${lang} page at the same section`, async () => {
		const target = sectioned();
		assert.ok(target, 'no document with sections');
		const page = await site.newPage();
		await page.addInitScript(
			(langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }),
			languages
		);
		await page.goto(site.url(`${target.link}#${target.anchor}`));
		await page.waitForURL(new RegExp(`/${lang}/[a-z]+/${target.id}/`));
		const url = new URL(page.url());
		assert.match(url.pathname, new RegExp(`^/${lang}/[a-z]+/${target.id}/$`));
		assert.equal(url.hash, `#${target.anchor}`);
		assert.ok(await page.locator(`[id="${target.anchor}"]`).isVisible());
		assert.deepEqual(page.problems, []);
		await page.close();
	});
}

test('from the offline edition the permanent link opens the page at the same section', async () => {
	const folder = await openFolder(DIST_OFFLINE);
	try {
		const target = sectioned(DIST_OFFLINE);
		const page = await folder.newPage();
		await page.goto(`${folder.url(`${target.link.slice(1)}index.html`)}#${target.anchor}`);
		await page.waitForURL((u) => /\/en\/[a-z]+\/[^/]+\/index\.html$/.test(u.pathname));
		assert.equal(new URL(page.url()).hash, `#${target.anchor}`);
		assert.deepEqual(page.problems, []);
	} finally {
		await folder.close();
	}
});

test('without JavaScript the permanent link offers both languages', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(site.url(permalinks[0]));
	const hrefs = await page
		.locator('main a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	assert.equal(hrefs.length, 2);
	assert.ok(hrefs.some((h) => h.startsWith('/zh/')) && hrefs.some((h) => h.startsWith('/en/')));
	await context.close();
});
