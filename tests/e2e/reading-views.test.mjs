// The reading views of issue 8 (parallel reading, charts, who works with whom) in Chromium in the
// dark colour scheme, one sampled page per type and language: no console errors or failed or
// external requests, and no axe-core violations (so contrast holds in dark too). The light scheme
// is covered for every one of these pages by tests/e2e/pages.test.mjs, so it is not repeated here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, openSite } from '../lib/browser.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles, urlPathOf } from '../lib/site.mjs';

const files = htmlFiles();
const TYPES = {
  'parallel reading': (file) => file.endsWith('/parallel/index.html'),
  'who works with whom (regions index)': (file) => /^(zh|en)\/regions\/index\.html$/.test(file),
  'document with a chart': (file) => !file.includes('/parallel/') && readFileSync(join(DIST, file), 'utf8').includes('class="figure-charts'),
};

describe('reading views in the dark scheme', () => {
  let site;
  before(async () => (site = await openSite({ colorScheme: 'dark' })));
  after(() => site?.close());

  for (const [type, matches] of Object.entries(TYPES)) {
    for (const lang of ['zh', 'en']) {
      const file = files.find((f) => f.startsWith(`${lang}/`) && matches(f));
      const path = file && urlPathOf(file);
      test(`${type} (${lang}) ${path ?? ''} loads cleanly and passes axe`, async () => {
        assert.ok(path, `no ${type} page in ${lang}`);
        const page = await site.newPage();
        const response = await page.goto(site.url(path), { waitUntil: 'load' });
        assert.equal(response?.status(), 200);
        assert.ok(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the page is in the dark scheme');
        assert.deepEqual(await axeViolations(page), [], `axe violations on ${path} (dark)`);
        assert.deepEqual(page.problems, [], `problems on ${path} (dark)`);
        await page.close();
      });
    }
  }
});
