// Every page of the built site, in both languages, loads in Chromium with no console errors, no
// failed or external requests, and no axe-core violations; the language switcher keeps path and anchor.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pageRedirects } from '../../src/redirects.ts';
import { axeViolations, openSite } from '../lib/browser.mjs';
import { htmlFiles, urlPathOf } from '../lib/site.mjs';

// /d/{id}/ pages forward to a language at once, and so do redirect pages: tests/e2e/permalink.test.mjs
// and redirects.test.mjs cover them.
const forwarding = new Set(pageRedirects.map((r) => `/${r.from}`));
// Browse entry pages (a region, topic, organisation or year) share one template and grow with the
// content: the first of each facet per language stands for the rest (tests/dist/browse.test.mjs
// checks all of them in the built HTML).
const seenFacets = new Set();
// Compare views (one per topic) share one template too: the first per language stands for them
// (tests/dist/compare.test.mjs checks all of them in the built HTML).
const firstOfFacet = (p) => {
  const kind = /^\/(?:zh|en)\/(?:regions|topics|organisations|years)\/(?=[^/]+\/$)/.exec(p)?.[0] ?? /^\/(?:zh|en)\/topics\/(?=[^/]+\/compare\/$)/.exec(p)?.[0].concat('compare');
  if (!kind) return true;
  if (seenFacets.has(kind)) return false;
  seenFacets.add(kind);
  return true;
};
const paths = htmlFiles().map((f) => urlPathOf(f)).filter((p) => !p.startsWith('/d/') && !forwarding.has(p)).filter(firstOfFacet);

describe('every page in Chromium', () => {
  let site;
  before(async () => (site = await openSite()));
  after(() => site?.close());

  for (const path of paths) {
    test(`${path} loads cleanly and passes axe`, async () => {
      const page = await site.newPage();
      const response = await page.goto(site.url(path), { waitUntil: 'load' });
      assert.equal(response?.status(), 200);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe violations on ${path}`);
      assert.deepEqual(page.problems, [], `problems on ${path}`);
      await page.close();
    });
  }
});

describe('language switcher', () => {
  let site;
  before(async () => (site = await openSite()));
  after(() => site?.close());

  test('keeps the path and the #anchor in both directions', async () => {
    const doc = paths.find((p) => /^\/zh\/(agreements|plans|notices|briefings)\/[^/]+\/$/.test(p));
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
