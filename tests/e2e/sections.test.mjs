// Sections in Chromium: "copy link" and "copy citation" put the right text on the clipboard in both
// languages and announce it, on document pages and in each column of a parallel page (which cites the
// document page of its own language); a linked section is highlighted; the contents mark the section
// being read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatCitation } from '../../src/lib/citation.ts';
import { partLabel } from '../../src/lib/sections.ts';
import { openSite } from '../lib/browser.mjs';
import { citedTo, frontmatterOf, readDocument } from '../lib/content.mjs';
import { copiedBy, headingText } from '../lib/section-tools.mjs';
import { DIST, htmlFiles, urlPathOf } from '../lib/site.mjs';

// Chinese document pages that have sections (a short FAQ answer may have none).
const docPages = htmlFiles()
	.filter((f) => /^zh\/(agreements|plans|notices|briefings|faq)\/[^/]+\/index\.html$/.test(f))
	.filter((f) => readFileSync(path.join(DIST, f), 'utf8').includes('class="section-heading"'))
	.map((f) => urlPathOf(f));

/** The citation facts of a document, read straight from content/ (not from the page under test). */
function factsOf(id, lang) {
	return { lang, title: frontmatterOf(readDocument(id)[lang]).title, ...citedTo(id, lang) };
}

let site;
before(async () => {
	site = await openSite();
	await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(site.url()).origin,
	});
});
after(() => site?.close());

test('there is a document page with sections to test', () => assert.ok(docPages.length > 0));

describe('copy link and copy citation', () => {
	for (const lang of ['zh', 'en']) {
		test(`${lang}: each button copies its section's link or citation and announces it`, async () => {
			const zhPath = docPages.at(-1);
			const pagePath = zhPath.replace('/zh/', `/${lang}/`);
			const id = pagePath.split('/')[3];
			const page = await site.newPage();
			await page.goto(site.url(`${pagePath}?highlight=x`));
			// The last section: the tools of every heading work, not only the first one's.
			const heading = page.locator('.document__text .section-heading').last();
			const anchor = await heading.getAttribute('id');
			const tools = page.locator(`site-section-tools[data-anchor="${anchor}"]`);
			const url = site.url(`${pagePath}#${anchor}`);

			assert.equal(
				await copiedBy(page, tools, lang, 'link'),
				url,
				'copied link: the page URL without its query, at the section'
			);
			const citation = await copiedBy(page, tools, lang, 'citation');
			const facts = factsOf(id, lang);
			assert.equal(
				citation,
				formatCitation({ ...facts, part: partLabel(anchor, lang, await headingText(heading)), url })
			);
			// And in plain terms: the title, the part, the authors, the date and the URL, in the page's language.
			if (lang === 'zh')
				assert.ok(
					citation.startsWith(`《${facts.title}》`) && citation.endsWith(`。${url}`),
					citation
				);
			else
				assert.ok(
					citation.startsWith(`${facts.title}, `) && citation.endsWith(`. ${url}`),
					citation
				);
			for (const author of facts.authors) assert.ok(citation.includes(author), citation);
			assert.deepEqual(page.problems, []);
			await page.close();
		});
	}

	for (const lang of ['zh', 'en']) {
		test(`${lang} parallel page: each column copies the link and citation of its own language's document page`, async () => {
			const [, , kind, id] = docPages.at(-1).split('/');
			const page = await site.newPage();
			await page.goto(site.url(`/${lang}/${kind}/${id}/parallel/?highlight=x`));
			// The last row with both languages: the page's language first, then the other.
			const anchor = await page
				.locator('.parallel__row')
				.evaluateAll(
					(rows) =>
						rows.filter((r) => r.querySelectorAll('site-section-tools').length === 2).at(-1)?.id
				);
			assert.ok(anchor, 'no row with sections in both languages');
			const columns = page.locator(`.parallel__row[id="${anchor}"] > .parallel__col`);
			for (const [i, colLang] of [lang, lang === 'zh' ? 'en' : 'zh'].entries()) {
				const column = columns.nth(i);
				const tools = column.locator('site-section-tools');
				const url = site.url(`/${colLang}/${kind}/${id}/#${anchor}`);
				assert.equal(
					await copiedBy(page, tools, colLang, 'link'),
					url,
					`${colLang} column: the ${colLang} document page at the section`
				);
				const part = partLabel(
					anchor,
					colLang,
					await headingText(column.locator('.section-heading'))
				);
				assert.equal(
					await copiedBy(page, tools, colLang, 'citation'),
					formatCitation({ ...factsOf(id, colLang), part, url }),
					`${colLang} column's citation`
				);
			}
			assert.deepEqual(page.problems, []);
			await page.close();
		});
	}

	test('without JavaScript the heading is still a link to itself and no dead buttons show', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url(docPages[0]));
		const heading = page.locator('.document__text .section-heading').first();
		const anchor = await heading.getAttribute('id');
		assert.equal(await heading.locator('a').getAttribute('href'), `#${anchor}`);
		assert.equal(await page.locator('site-section-tools button').first().isVisible(), false);
		await context.close();
	});
});

describe('arriving at a section', () => {
	test('the linked section is marked as a whole, and only that one', async () => {
		const page = await site.newPage();
		await page.goto(site.url(docPages[0]));
		const ids = await page
			.locator('.document__text .section-heading')
			.evaluateAll((hs) => hs.map((h) => h.id));
		const target = ids[1] ?? ids[0];
		await page.goto(site.url(`${docPages[0]}#${target}`));
		const marks = await page.locator('.doc-section').evaluateAll((sections) =>
			sections.map((s) => ({
				id: s.querySelector('.section-heading')?.id,
				rule: getComputedStyle(s, '::before').content !== 'none',
			}))
		);
		assert.deepEqual(
			marks.filter((m) => m.rule).map((m) => m.id),
			[target]
		);
		await page.close();
	});

	test('the contents mark the section being read as the reader moves through the page', async () => {
		const page = await site.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(site.url(docPages[0]));
		const current = () => page.locator('.toc a[aria-current="true"]').getAttribute('href');
		assert.equal(
			await page.locator('.toc a[aria-current]').count(),
			0,
			'nothing is current at the top of the page'
		);
		const ids = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.hash.slice(1)));
		for (const id of [ids[1], ids[Math.floor(ids.length / 2)], ids[0]]) {
			await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
			await page.waitForFunction(
				(hash) =>
					document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') === hash,
				`#${id}`
			);
			assert.equal(await current(), `#${id}`);
		}
		await page.close();
	});
});
