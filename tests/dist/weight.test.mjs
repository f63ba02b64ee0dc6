// docs/design.md §8's budget for reading pages: ≤ 60 KB over the wire (gzip), ≤ 10 KB of JavaScript.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET, pageWeight } from '../../scripts/lib/page-weight.mjs';
import { DIST, htmlFiles } from '../lib/site.mjs';

const readingPages = htmlFiles().filter((f) => /^(zh|en)\/(agreements|plans|notices|briefings|faq|glossary|about|regions|topics|organisations|years|timeline)\//.test(f) || /^(zh|en)\/index\.html$/.test(f));

test('there are reading pages to weigh', () => assert.ok(readingPages.length > 0));

for (const file of readingPages) {
  test(`${file} stays within the reading-page budget`, () => {
    const w = pageWeight(DIST, file);
    assert.ok(w.total.gzip <= BUDGET.totalGzip, `${file}: ${w.total.gzip} B gzip > ${BUDGET.totalGzip}`);
    assert.ok(w.js.gzip <= BUDGET.jsGzip, `${file}: ${w.js.gzip} B of JS (gzip) > ${BUDGET.jsGzip}`);
  });
}
