// The header on a phone and on wide screens, in both languages (DESIGN: readable from 320 px up):
// on a phone the main navigation is a closed "Menu" disclosure that opens without JavaScript and
// then reaches every link by keyboard; on a wide screen every link shows at once, each group on
// one line, and the header stays short. aria-current marks the reader's section either way.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, COLOUR_RULES, gotoWithoutScripts, openSite } from '../lib/browser.mjs';
import { htmlFiles, urlPathOf } from '../lib/site.mjs';
import { t } from '../../src/i18n/index.ts';
import { navGroups } from '../../src/lib/nav.ts';

const LANGS = ['zh', 'en'];
// A document page per language: its kind's link is the current one.
const docPage = (lang) =>
	urlPathOf(htmlFiles().find((f) => new RegExp(`^${lang}/agreements/[^/]+/index\\.html$`).test(f)));
const linkCount = navGroups('en').flatMap((g) => g.links).length;

let site;
before(async () => (site = await openSite()));
after(() => site?.close());

/** The nav's links as the reader meets them: label, whether shown, top edge, aria-current. */
const navLinks = (page) =>
	page.locator('.site-header nav a').evaluateAll((els) =>
		els.map((a) => ({
			text: a.textContent.trim(),
			shown: a.checkVisibility(),
			top: Math.round(a.getBoundingClientRect().top),
			current: a.getAttribute('aria-current'),
		}))
	);
const headerHeight = (page) =>
	page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
const overflowsSideways = (page) =>
	page.evaluate(() => document.documentElement.scrollWidth > innerWidth);

for (const lang of LANGS) {
	for (const width of [320, 390]) {
		test(`${lang} at ${width} px: the menu is closed, opens without JavaScript, and then reaches every link by keyboard`, () =>
			site.withPage(async (page) => {
				await page.setViewportSize({ width, height: 800 });
				await gotoWithoutScripts(page, site.url(docPage(lang)));
				const nav = page.getByRole('navigation', { name: t(lang, 'nav.label'), exact: true });
				// Playwright gives <summary> no role, so it is found by tag; its text is the button's name.
				const menu = nav.locator('summary');
				assert.equal(await menu.isVisible(), true);
				assert.equal((await menu.textContent()).trim(), t(lang, 'nav.menu'));
				assert.equal(
					await menu.evaluate((s) => s.parentElement.open),
					false,
					'the menu starts open'
				);
				assert.ok(
					(await navLinks(page)).every((l) => !l.shown),
					'a nav link shows while the menu is closed'
				);
				assert.ok(
					(await headerHeight(page)) < 160,
					`the closed header is ${await headerHeight(page)} px tall`
				);
				assert.equal(
					await overflowsSideways(page),
					false,
					'the page scrolls sideways with the menu closed'
				);

				// Open it from the keyboard: focus the summary, press Enter, then Tab through every link.
				await menu.focus();
				await page.keyboard.press('Enter');
				const links = await navLinks(page);
				assert.equal(links.length, linkCount);
				assert.ok(
					links.every((l) => l.shown),
					'a nav link is still hidden with the menu open'
				);
				assert.deepEqual(
					links.filter((l) => l.current === 'page').map((l) => l.text),
					[navGroups(lang)[0].links[0].label],
					'the kind of the document is not marked current'
				);
				const reached = [];
				for (let i = 0; i < linkCount; i++) {
					await page.keyboard.press('Tab');
					reached.push(
						await page.evaluate(() =>
							document.activeElement?.closest('.site-header nav')
								? document.activeElement.textContent.trim()
								: null
						)
					);
				}
				assert.deepEqual(
					reached,
					links.map((l) => l.text)
				);
				assert.equal(
					await overflowsSideways(page),
					false,
					'the page scrolls sideways with the menu open'
				);
				assert.deepEqual(page.problems, []);
			}));
	}

	for (const width of [768, 1024, 1280, 1440]) {
		test(`${lang} at ${width} px: every nav link shows, each group on one line, and the header stays short`, () =>
			site.withPage(async (page) => {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(site.url(docPage(lang)));
				assert.equal(
					await page.locator('.site-header summary').isVisible(),
					false,
					'the Menu summary shows on a wide screen'
				);
				const links = await navLinks(page);
				assert.equal(links.length, linkCount);
				assert.ok(
					links.every((l) => l.shown),
					'a nav link is hidden on a wide screen'
				);
				assert.equal(
					await page
						.getByRole('navigation', { name: t(lang, 'nav.label'), exact: true })
						.getByRole('link')
						.count(),
					linkCount,
					'a nav link is missing from the accessibility tree'
				);
				let start = 0;
				for (const group of navGroups(lang)) {
					const tops = new Set(links.slice(start, (start += group.links.length)).map((l) => l.top));
					assert.equal(tops.size, 1, `the ${group.id} group wraps onto ${tops.size} lines`);
				}
				assert.ok(
					(await headerHeight(page)) < 200,
					`the header is ${await headerHeight(page)} px tall`
				);
				assert.equal(
					links.find((l) => l.current === 'page')?.text,
					navGroups(lang)[0].links[0].label
				);
				assert.deepEqual(page.problems, []);
			}));
	}
}

// The rest of each page passes axe in tests/e2e/pages.test.mjs; what opening the menu adds is in the header.
test('the open phone menu passes axe, light and dark', async () => {
	for (const lang of LANGS)
		await site.withPage(async (page) => {
			await page.setViewportSize({ width: 390, height: 800 });
			await page.goto(site.url(docPage(lang)));
			await page.locator('.site-header summary').click();
			for (const colorScheme of ['light', 'dark']) {
				await page.emulateMedia({ colorScheme });
				assert.deepEqual(
					await axeViolations(page, {
						include: '.site-header',
						...(colorScheme === 'dark' && { rules: COLOUR_RULES }),
					}),
					[],
					`axe violations in the header of ${lang} with the menu open (${colorScheme})`
				);
			}
		});
});
