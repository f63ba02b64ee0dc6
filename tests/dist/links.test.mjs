// Checks over the built site: every internal link and #anchor resolves, and every page declares
// its language and its title, and every indexable page its hreflang alternates.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brokenLinks } from '../lib/links.mjs';
import { attr, DIST, elements, htmlFiles, parsePage, urlPathOf } from '../lib/site.mjs';

const files = htmlFiles();
const pages = new Map(files.map((f) => [urlPathOf(f), { file: f, doc: parsePage(f) }]));

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
  const missing = [];
  for (const [, { file, doc }] of pages) {
    const all = elements(doc);
    const html = all.find((e) => e.tagName === 'html');
    if (!attr(html, 'lang')) missing.push(`${file}: <html lang>`);
    const title = all.find((e) => e.tagName === 'title');
    if (!title?.childNodes?.[0]?.value?.trim()) missing.push(`${file}: <title>`);
    // Pages search engines drop (404, permanent links, forwarding pages) are in no hreflang set (metadata.test.mjs).
    if (all.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/i.test(attr(e, 'content') ?? ''))) continue;
    const hreflangs = all.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang')).map((e) => attr(e, 'hreflang'));
    for (const lang of ['zh-CN', 'en']) if (!hreflangs.includes(lang)) missing.push(`${file}: hreflang ${lang}`);
  }
  assert.deepEqual(missing, []);
});
