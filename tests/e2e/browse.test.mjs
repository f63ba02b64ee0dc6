// The browse page types (facet index, facet entry, year, timeline) plus the home, about and document
// pages they change, in dark mode, in both languages: no axe violations and a clean console.
// Light mode is covered for every page by pages.test.mjs; one sample per type keeps this short.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, openSite } from '../lib/browser.mjs';
import { htmlFiles, urlPathOf } from '../lib/site.mjs';

const paths = htmlFiles().map((f) => urlPathOf(f));
/** The first built page of each type, per language. */
const TYPES = {
  'browse index': (lang) => `/${lang}/regions/`,
  'browse entry': (lang) => paths.find((p) => new RegExp(`^/${lang}/topics/[^/]+/$`).test(p)),
  'year page': (lang) => paths.find((p) => new RegExp(`^/${lang}/years/\\d{4}/$`).test(p)),
  timeline: (lang) => `/${lang}/timeline/`,
  home: (lang) => `/${lang}/`,
  about: (lang) => `/${lang}/about/`,
  document: (lang) => paths.find((p) => new RegExp(`^/${lang}/(agreements|plans|notices|briefings)/[^/]+/$`).test(p)),
};

describe('browse page types in dark mode', () => {
  let site;
  before(async () => (site = await openSite({ colorScheme: 'dark' })));
  after(() => site?.close());

  for (const lang of ['zh', 'en']) {
    for (const [type, pick] of Object.entries(TYPES)) {
      const path = pick(lang);
      test(`${lang} ${type} (${path ?? 'missing'}) passes axe with a clean console`, async () => {
        assert.ok(path && paths.includes(path), `no ${type} page in ${lang}`);
        const page = await site.newPage();
        const response = await page.goto(site.url(path), { waitUntil: 'load' });
        assert.equal(response?.status(), 200);
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'dark mode is emulated');
        assert.deepEqual(await axeViolations(page), [], `axe violations on ${path}`);
        assert.deepEqual(page.problems, [], `problems on ${path}`);
        await page.close();
      });
    }
  }
});
