// Printing a document (docs/design.md §3): the page's title, metadata, address and numbered sections are on
// paper, each link is followed by where it leads (in-page anchors aside), and no navigation, button,
// search form or contents list is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openSite } from '../lib/browser.mjs';
import { DIST, htmlFiles, urlPathOf } from '../lib/site.mjs';

// Document pages with numbered sections, one per language.
const docPages = ['zh', 'en'].map(
	(lang) =>
		htmlFiles()
			.filter((f) =>
				new RegExp(`^${lang}/(agreements|plans|notices|briefings|faq)/[^/]+/index\\.html$`).test(f)
			)
			.map((f) => ({ f, html: readFileSync(path.join(DIST, f), 'utf8') }))
			.filter(({ html }) => html.includes('class="secnum"') && html.includes('class="toc"'))
			.map(({ f }) => urlPathOf(f))[0]
);

let site;
before(async () => (site = await openSite()));
after(() => site?.close());

/** What the print stylesheet does to an element: whether it is shown, and its ::after content. */
const printed = (locator) =>
	locator.evaluateAll((els) =>
		els.map((el) => ({
			shown: el.checkVisibility(),
			after: getComputedStyle(el, '::after').content,
			href: el.getAttribute('href'),
		}))
	);

for (const docPath of docPages) {
	test(`printing ${docPath ?? '(no numbered document)'}`, async () => {
		assert.ok(docPath, 'no document page with numbered sections and contents');
		const page = await site.newPage();
		await page.goto(site.url(docPath));
		// On screen the chrome is there, so hiding it below is the print stylesheet's doing.
		assert.ok(await page.locator('header nav').isVisible());
		assert.ok(await page.locator('main button').first().isVisible());
		await page.emulateMedia({ media: 'print' });

		const hidden = [
			'header nav',
			'nav.breadcrumbs',
			'footer',
			'.skip-link',
			'form[role="search"]',
			'.toc',
			'.lang-switch',
			'button',
			'site-section-tools',
		];
		for (const selector of hidden) {
			const shown = (await printed(page.locator(selector))).filter((s) => s.shown);
			assert.equal(shown.length, 0, `${selector} is printed`);
		}
		const kept = ['main h1', '.meta-card', '.print-address', '.secnum'];
		for (const selector of kept)
			assert.ok(
				(await printed(page.locator(selector))).some((s) => s.shown),
				`${selector} is not printed`
			);
		const address = await page.locator('.print-address').textContent();
		assert.ok(address.includes(docPath), `the printed address "${address}" lacks ${docPath}`);

		// Links of the text to elsewhere print their target after them; in-page anchors (headings' self-links) do not.
		const links = await printed(page.locator('.prose a[href]'));
		const away = links.filter((l) => l.shown && !l.href.startsWith('#'));
		const here = links.filter((l) => l.shown && l.href.startsWith('#'));
		assert.ok(away.length > 0 && here.length > 0, 'the page has no links of both kinds to check');
		for (const l of away)
			assert.equal(l.after, `" <${l.href}>"`, `no target printed after the link to ${l.href}`);
		for (const l of here)
			assert.equal(l.after, 'none', `a target is printed after the in-page link ${l.href}`);

		const pdf = await page.pdf({ format: 'A4' });
		assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
		assert.deepEqual(page.problems, []);
		await page.close();
	});
}
