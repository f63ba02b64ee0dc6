// Parallel reading pages (/{lang}/{kind}/{id}/parallel/): one per language for every entry with
// sections; each section's anchor exactly once, on its row; each row holds the section in both
// languages, with the same text as on that language's document page; the document page links to it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchorsOf, documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, elements, hasClass, htmlFiles, parsePage, textOf } from '../lib/site.mjs';

const HTML_LANG = { zh: 'zh-CN', en: 'en' };
const files = htmlFiles();
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const isSectionHeading = (el) => /^h[2-4]$/.test(el.tagName) && (attr(el, 'class') ?? '').split(' ').includes('section-heading');
const byClass = (doc, name) => elements(doc).filter((el) => hasClass(el, name));

/** The document page's body text per section (null: before the first heading): its text, unwrapped from the nested <section>s. */
function sectionTexts(doc) {
  const [text] = byClass(doc, 'document__text');
  const texts = new Map();
  let anchor = null;
  const visit = (nodes) => {
    for (const child of nodes) {
      if (child.tagName === 'section' && (attr(child, 'class') ?? '').split(' ').includes('doc-section')) {
        visit(child.childNodes);
        continue;
      }
      if (child.tagName && isSectionHeading(child)) anchor = attr(child, 'id');
      texts.set(anchor, (texts.get(anchor) ?? '') + textOf(child));
    }
  };
  visit(text.childNodes);
  return new Map([...texts].map(([k, v]) => [k, norm(v)]).filter(([k, v]) => k !== null || v !== ''));
}

const entries = documentIds()
  .map((id) => ({ id, doc: readDocument(id) }))
  .filter(({ doc }) => doc.zh && anchorsOf(doc.zh).length > 0);

test('there are entries with sections, so parallel pages to check', () => assert.ok(entries.length > 0));

for (const { id, doc } of entries) {
  const anchors = anchorsOf(doc.zh);
  describe(`parallel reading of ${id}`, () => {
    for (const lang of LANGS) {
      const other = lang === 'zh' ? 'en' : 'zh';
      const file = files.find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/parallel/index.html`));
      const docFile = files.find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));

      test(`${lang}: exists and the document page links to it`, () => {
        assert.ok(file, `no ${lang} parallel page for ${id}`);
        const links = elements(parsePage(docFile)).filter((el) => el.tagName === 'a' && attr(el, 'href') === `/${file.replace(/index\.html$/, '')}`);
        assert.equal(links.length, 1, `${docFile} should link to its parallel page once`);
      });

      test(`${lang}: every anchor once, on its row, with both languages' text of that section`, () => {
        const page = parsePage(file);
        const idCounts = new Map();
        for (const el of elements(page)) if (attr(el, 'id')) idCounts.set(attr(el, 'id'), (idCounts.get(attr(el, 'id')) ?? 0) + 1);
        for (const a of anchors) assert.equal(idCounts.get(a), 1, `#${a} should appear once on ${file}`);

        const rows = byClass(page, 'parallel__row');
        assert.deepEqual(rows.map((r) => attr(r, 'id')).filter(Boolean), anchors, 'rows follow the anchors in order');
        const source = { [lang]: sectionTexts(parsePage(docFile)), [other]: sectionTexts(parsePage(docFile.replace(`${lang}/`, `${other}/`))) };
        for (const row of rows) {
          const anchor = attr(row, 'id') ?? null;
          const cols = row.childNodes.filter((c) => c.tagName === 'div');
          assert.deepEqual(cols.map((c) => attr(c, 'lang')), [HTML_LANG[lang], HTML_LANG[other]], `row #${anchor}: page language first, then the other`);
          cols.forEach((col, i) => {
            const l = i === 0 ? lang : other;
            const want = source[l].get(anchor);
            assert.ok(want, `row #${anchor}: the ${l} document page has no such section`);
            // The document page may close its last section with an automatic figure table.
            const got = norm(textOf(col));
            assert.ok(got === want || (anchor === anchors.at(-1) && want.startsWith(got) && got !== ''), `row #${anchor}: ${l} text differs from the ${l} document page`);
          });
        }
      });
    }
  });
}
