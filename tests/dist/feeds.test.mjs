// The Atom feeds (/{lang}/feed.xml, docs/metadata.md): strictly well-formed XML, the elements RFC 4287
// requires, one entry per document of the language, links that resolve to built pages — absolute on
// SITE_URL's origin in the variant build, root-relative (no host at all) in the default build — and
// autodiscovery of both feeds in the head of every page.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { attr, DIST, elements, htmlFiles, parsePage, SUBPATH } from '../lib/site.mjs';
import { childNamed, childrenNamed, parseXml } from '../lib/xml.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const LANGS = ['zh', 'en'];
const HTML_LANG = { zh: 'zh-CN', en: 'en' };
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DOCUMENT_PAGE = /^(zh|en)\/(?:agreements|plans|notices|briefings|faq)\/[^/]+\/index\.html$/;

const builds = [
  { name: 'default build', root: DIST, base: '/', site: undefined },
  { name: 'SITE_URL build', root: SUBPATH.root, base: SUBPATH.base, site: SUBPATH.site },
];

/** The built file a feed link points to, or a reason it cannot: absolute only on the build's origin, else root-relative. */
function targetFile(href, { base, site }) {
  const url = new URL(href, 'http://relative.invalid');
  if (site && !href.startsWith(`${site}${base}`)) return { error: `not absolute on ${site}${base}` };
  if (!site && url.origin !== 'http://relative.invalid') return { error: 'names a host in a build without SITE_URL' };
  if (!site && !href.startsWith(base)) return { error: `not under ${base}` };
  const rel = url.pathname.slice(base.length);
  return { file: rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel };
}

for (const build of builds)
  for (const lang of LANGS) {
    const feedFile = path.join(build.root, lang, 'feed.xml');
    test(`${build.name}: ${lang}/feed.xml is well-formed Atom with the required elements`, () => {
      const feed = parseXml(readFileSync(feedFile, 'utf8'));
      assert.equal(feed.local, 'feed');
      assert.equal(feed.uri, ATOM);
      assert.equal(feed.attrs['xml:lang'], HTML_LANG[lang]);
      for (const name of ['id', 'title', 'updated']) assert.ok(childNamed(feed, name, ATOM)?.text.trim(), `feed lacks <${name}>`);
      assert.match(childNamed(feed, 'updated', ATOM).text, RFC3339);
      assert.ok(childNamed(childNamed(feed, 'author', ATOM), 'name', ATOM)?.text.trim(), 'feed lacks <author><name>: entries inherit it');
      const self = childrenNamed(feed, 'link', ATOM).find((l) => l.attrs.rel === 'self');
      assert.ok(self, 'feed lacks <link rel="self">');
      assert.equal(targetFile(self.attrs.href, build).file, `${lang}/feed.xml`);

      const ids = new Set();
      for (const entry of childrenNamed(feed, 'entry', ATOM)) {
        const id = childNamed(entry, 'id', ATOM)?.text;
        assert.match(id ?? '', /^urn:uuid:[0-9a-f-]{36}$/);
        assert.ok(!ids.has(id), `duplicate entry id ${id}`);
        ids.add(id);
        assert.ok(childNamed(entry, 'title', ATOM)?.text.trim(), `${id} lacks a title`);
        assert.match(childNamed(entry, 'updated', ATOM)?.text ?? '', RFC3339, `${id} updated`);
        assert.ok(childNamed(entry, 'summary', ATOM)?.text.trim(), `${id} lacks a summary`);
        const own = childrenNamed(entry, 'link', ATOM).find((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && l.attrs.hreflang === HTML_LANG[lang]);
        assert.ok(own, `${id} lacks a link to its ${lang} page`);
      }
    });

    test(`${build.name}: ${lang}/feed.xml has one entry per ${lang} document, linking both languages' pages`, () => {
      const feed = parseXml(readFileSync(feedFile, 'utf8'));
      const entries = childrenNamed(feed, 'entry', ATOM);
      const linked = entries.map((e) => childrenNamed(e, 'link', ATOM).find((l) => l.attrs.hreflang === HTML_LANG[lang]).attrs.href);
      const problems = [];
      for (const href of entries.flatMap((e) => childrenNamed(e, 'link', ATOM).map((l) => l.attrs.href))) {
        const { file, error } = targetFile(href, build);
        if (error) problems.push(`${href}: ${error}`);
        else if (!existsSync(path.join(build.root, file))) problems.push(`${href}: no such page`);
      }
      assert.deepEqual(problems, []);
      const documentPages = htmlFiles(build.root).filter((f) => DOCUMENT_PAGE.exec(f)?.[1] === lang);
      assert.deepEqual(linked.map((href) => targetFile(href, build).file).sort(), documentPages);
      const updated = entries.map((e) => childNamed(e, 'updated', ATOM).text);
      assert.deepEqual(updated, [...updated].sort().reverse(), 'entries are not most recently updated first');
    });
  }

test('every page of the default build announces both feeds in its head, without hreflang', () => {
  const missing = [];
  for (const file of htmlFiles(DIST)) {
    const feeds = elements(parsePage(file))
      .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/atom+xml');
    for (const lang of LANGS) if (!feeds.some((el) => attr(el, 'href') === `/${lang}/feed.xml`)) missing.push(`${file}: ${lang}`);
    // hreflang on an alternate names a language version of the page; a feed is none (search engines would read it so).
    for (const el of feeds) if (attr(el, 'hreflang')) missing.push(`${file}: feed link ${attr(el, 'href')} with hreflang`);
  }
  assert.deepEqual(missing, []);
});
