// The language-neutral permanent link /d/{id}/#anchor opens the reader's language at that section,
// and without scripts offers plain links to both languages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, openSite } from '../lib/browser.mjs';
import { htmlFiles, urlPathOf } from '../lib/site.mjs';

const permalinks = htmlFiles().map((f) => urlPathOf(f)).filter((p) => p.startsWith('/d/'));
let site;
before(async () => (site = await openSite()));
after(() => site?.close());

test('there is a permanent link per document', () => assert.ok(permalinks.length > 0));

for (const [locale, lang] of [['zh-CN', 'zh'], ['en-GB', 'en']]) {
  test(`a ${locale} reader lands on the ${lang} page at the same section`, async () => {
    const context = await site.browser.newContext({ locale });
    const page = await context.newPage();
    const link = permalinks[0];
    await page.goto(site.url(`${link}#s1`));
    await page.waitForURL(new RegExp(`/${lang}/[a-z]+/`));
    const url = new URL(page.url());
    assert.match(url.pathname, new RegExp(`^/${lang}/[a-z]+/${link.split('/')[2]}/$`));
    assert.equal(url.hash, '#s1');
    await context.close();
  });
}

test('without JavaScript the permanent link offers both languages', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url(permalinks[0]));
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, 2);
  assert.ok(hrefs.some((h) => h.startsWith('/zh/')) && hrefs.some((h) => h.startsWith('/en/')));
  await context.close();
});

test('the permanent link page passes axe', async () => {
  const page = await site.newPage();
  const url = site.url(permalinks[0]);
  // Serve the page without its forwarding script so axe can look at it.
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '') });
  });
  await page.goto(url);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
});
