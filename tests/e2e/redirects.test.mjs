// A declared redirect (src/redirects.ts) works in the built site: the reader lands on the new page at
// the same #section, with scripts or without, under a sub-path and from the offline edition
// (tests/e2e/pages.test.mjs runs axe on a redirect page).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pageRedirects } from '../../src/redirects.ts';
import { openFolder, openSite } from '../lib/browser.mjs';
import { DIST_OFFLINE, SUBPATH } from '../lib/site.mjs';

const sites = {};
before(async () => {
	sites.root = await openSite();
	sites.sub = await openSite(SUBPATH);
	sites.offline = await openFolder(DIST_OFFLINE);
});
after(async () => {
	for (const s of Object.values(sites)) await s?.close();
});

/** Opens `from#main` in a context, waits to land on `to`, and returns the URL it landed on. */
async function follow(context, fromUrl, toPattern) {
	const page = await context.newPage();
	await page.goto(`${fromUrl}#main`);
	await page.waitForURL(toPattern);
	const url = new URL(page.url());
	await page.close();
	return url;
}

for (const { from, to } of pageRedirects) {
	test(`${from} → ${to}: keeps the #anchor, at the root and under ${SUBPATH.base}`, async () => {
		for (const [site, base] of [
			[sites.root, '/'],
			[sites.sub, SUBPATH.base],
		]) {
			const url = await follow(site.context, site.url(from), (u) => u.pathname === `${base}${to}`);
			assert.equal(url.hash, '#main');
		}
	});

	test(`${from} → ${to}: without scripts the refresh still gets there`, async () => {
		const context = await sites.root.browser.newContext({ javaScriptEnabled: false });
		// The no-script refresh names the file (it must work from the file system too); the server serves it.
		const url = await follow(
			context,
			sites.root.url(from),
			(u) => u.pathname === `/${to}` || u.pathname === `/${to}index.html`
		);
		assert.ok(url.pathname.startsWith(`/${to}`));
		await context.close();
	});

	test(`${from} → ${to}: from the offline edition`, async () => {
		const target = sites.offline.url(`${to}index.html`);
		const url = await follow(sites.offline.context, sites.offline.url(`${from}index.html`), (u) =>
			u.href.startsWith(target)
		);
		assert.equal(url.hash, '#main');
	});
}
