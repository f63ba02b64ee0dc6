// Checks over the built site: every internal link and #anchor resolves, and every page declares
// its language and its title, and every indexable page its hreflang alternates.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brokenLinks, pageMetadataProblems } from '../lib/links.mjs';
import { DIST, htmlFiles } from '../lib/site.mjs';

const files = htmlFiles();

test('the build has pages in both languages, a search index for each, and Pagefind\'s bundle', () => {
  for (const lang of ['zh', 'en']) {
    assert.ok(files.some((f) => f.startsWith(`${lang}/`)), `no pages under dist/${lang}/`);
    assert.ok(existsSync(path.join(DIST, '_search', lang, 'index.json')), `no search index in dist/_search/${lang}/`);
  }
  assert.ok(existsSync(path.join(DIST, 'pagefind', 'pagefind.js')), 'no Pagefind bundle in dist/pagefind/');
});

test('every internal link and #anchor resolves', () => {
  assert.deepEqual(brokenLinks({ root: DIST }), []);
});

test('every page has lang and a title; every indexable page hreflang alternates', () => {
  assert.deepEqual(pageMetadataProblems(DIST), []);
});
