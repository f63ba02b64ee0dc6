// Section anchors in the built site: the zh and en pages of every document carry the same anchors;
// every section heading has an id, links to itself, sits in its own <section> and has its copy tools.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KIND_SEGMENT } from '../../src/lib/paths.ts';
import { attr, elements, hasClass, htmlFiles, parsePage } from '../lib/site.mjs';

const DOC_PAGE = new RegExp(`^(zh|en)/(?:${Object.values(KIND_SEGMENT).join('|')})/([^/]+)/index\\.html$`);
const docs = new Map();
for (const file of htmlFiles()) {
  const match = DOC_PAGE.exec(file);
  if (match) docs.set(match[2], { ...docs.get(match[2]), [match[1]]: file });
}

const childElements = (el) => (el.childNodes ?? []).filter((n) => n.tagName);

/** The document text of a page and its headings (h2–h4), in order. */
function sectionsOf(file) {
  const text = elements(parsePage(file)).find((e) => hasClass(e, 'document__text'));
  assert.ok(text, `${file}: no .document__text`);
  return elements(text).filter((e) => /^h[2-4]$/.test(e.tagName));
}

test('there are documents in both languages, some with sections', () => {
  assert.ok(docs.size > 0);
  assert.ok([...docs.values()].some((pages) => sectionsOf(pages.zh).length > 0), 'no document page has a section heading');
});

for (const [id, pages] of docs) {
  describe(`document ${id}`, () => {
    test('zh and en pages carry the same anchors, in the same order', (t) => {
      assert.ok(pages.zh && pages.en, `${id}: missing ${pages.zh ? 'en' : 'zh'} page`);
      const zh = sectionsOf(pages.zh).map((h) => attr(h, 'id'));
      const en = sectionsOf(pages.en).map((h) => attr(h, 'id'));
      assert.deepEqual(en, zh);
      t.diagnostic(`${id}: ${zh.length} anchors (${sectionsOf(pages.zh).filter((h) => h.tagName === 'h2').length} h2)`);
    });

    for (const lang of ['zh', 'en']) {
      test(`${lang}: every section heading has an anchor, a self-link, its own <section> and copy tools`, () => {
        const problems = [];
        for (const h of sectionsOf(pages[lang])) {
          const id = attr(h, 'id');
          if (!id) {
            problems.push(`<${h.tagName}> without id`);
            continue;
          }
          const link = childElements(h)[0];
          if (link?.tagName !== 'a' || attr(link, 'href') !== `#${id}`) problems.push(`#${id}: heading is not a link to itself`);
          const section = h.parentNode;
          if (section.tagName !== 'section' || childElements(section)[0] !== h) problems.push(`#${id}: heading does not open its own <section>`);
          const tools = childElements(section)[1];
          if (tools?.tagName !== 'site-section-tools' || attr(tools, 'data-anchor') !== id) problems.push(`#${id}: no <site-section-tools> after the heading`);
          else {
            if (attr(tools, 'data-pagefind-ignore') === undefined) problems.push(`#${id}: copy tools are not kept out of the search index`);
            const buttons = elements(tools).filter((e) => e.tagName === 'button');
            if (buttons.length !== 2 || buttons.some((b) => attr(b, 'disabled') === undefined)) problems.push(`#${id}: buttons must start disabled (enabled by the script)`);
            if (!attr(tools, 'data-part')) problems.push(`#${id}: no data-part for the citation`);
          }
        }
        assert.deepEqual(problems, []);
      });
    }
  });
}
