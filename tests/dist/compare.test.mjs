// Sections by topic in the built site, checked against the raw content: every topic with tagged
// sections (meta.yaml `sectionTopics`) has a compare view in both languages whose cells are exactly
// those sections, grouped by document in reading order (documents newest first, then FAQ entries), the
// same cells in zh and en; each cell links to its section's permanent anchor on the document page and
// shows that section's text (as the open data has it); the topic page lists the same sections, each
// with the opening of its text, and links the compare view; a topic without tagged sections has none.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { KIND_SEGMENT } from '../../src/lib/paths.ts';
import { COMPARE_LIMIT } from '../../src/lib/topicSections.ts';
import { anchorsOf, CONTENT, documentIds, LANGS, primaryDate, readDocument } from '../lib/content.mjs';
import { attr, DIST, elements, hasClass, parsePage, textOf } from '../lib/site.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const docs = documentIds().map((id) => ({ id, ...readDocument(id) }));
const topics = readdirSync(path.join(CONTENT, 'topics')).map((f) => f.replace(/\.yaml$/, ''));

/**
 * topic → the cells its compare view must show, `doc#anchor`, documents in reading order (at most
 * COMPARE_LIMIT of them, the newest), sections in page order.
 */
function expectedCells() {
  const order = [...docs].sort((a, b) => (a.meta.kind === 'faq') - (b.meta.kind === 'faq') || primaryDate(b.meta).localeCompare(primaryDate(a.meta)) || a.id.localeCompare(b.id));
  const cells = new Map();
  const docsOf = new Map();
  for (const d of order)
    for (const anchor of anchorsOf(d.zh))
      for (const topic of d.meta.sectionTopics?.[anchor] ?? []) {
        const seen = docsOf.get(topic) ?? new Set();
        docsOf.set(topic, seen.add(d.id));
        if (seen.size <= COMPARE_LIMIT) cells.set(topic, [...(cells.get(topic) ?? []), `${d.id}#${anchor}`]);
      }
  return cells;
}
const expected = expectedCells();
const kindOf = new Map(docs.map((d) => [d.id, d.meta.kind]));
const sectionHref = (lang, cell) => {
  const [id, anchor] = cell.split('#');
  return `/${lang}/${KIND_SEGMENT[kindOf.get(id)]}/${id}/#${anchor}`;
};
/** The open data's text of a section (the page's text, docs/open-data.md). */
const sectionText = (lang, cell) => {
  const [id, anchor] = cell.split('#');
  return JSON.parse(readFileSync(path.join(DIST, 'data', lang, `${id}.json`), 'utf8')).sections.find((s) => s.anchor === anchor).text;
};
const cellsOf = (lang, topic) => elements(parsePage(`${lang}/topics/${topic}/compare/index.html`)).filter((n) => attr(n, 'data-cell'));

test('the five documents and the FAQ entries with sections are tagged, in every topic', () => {
  const tagged = new Set([...expected.values()].flat().map((c) => c.split('#')[0]));
  for (const id of ['jjj-tcm-cooperation-2023', 'beijing-hengshui-tcm-programme', 'tianjin-jjj-health-briefing-2024', 'zhejiang-tcm-specialty-alliances-2024', 'banan-tcm-plan-2024-2027', 'faq-tianjin-jjj-major-hospital-projects', 'faq-tianjin-jjj-medical-consortia'])
    assert.ok(tagged.has(id), `${id} has no tagged section`);
  assert.deepEqual([...expected.keys()].sort(), [...topics].sort(), 'every topic has tagged sections');
});

for (const topic of topics) {
  describe(`topic ${topic}`, () => {
    const cells = expected.get(topic) ?? [];
    for (const lang of LANGS) {
      test(`${lang}: the compare view's cells are the tagged sections, by document in reading order, each linked and with its text`, () => {
        const file = `${lang}/topics/${topic}/compare/index.html`;
        if (cells.length === 0) return assert.ok(!existsSync(path.join(DIST, file)), `${file} exists without tagged sections`);
        const shown = cellsOf(lang, topic);
        assert.deepEqual(shown.map((c) => attr(c, 'data-cell')), cells);
        for (const cell of shown) {
          const id = attr(cell, 'data-cell');
          const heading = elements(cell).find((n) => n.tagName === 'h3');
          assert.equal(attr(elements(heading).find((n) => n.tagName === 'a'), 'href'), sectionHref(lang, id), `${id}: link`);
          const lines = elements(cell).filter((n) => n.tagName === 'p').map((p) => textOf(p));
          assert.deepEqual(lines, sectionText(lang, id).split('\n').map((l) => l.split('\t').join(' · ')), `${id}: the section's text`);
        }
        // One column per document, each headed by it.
        const columns = elements(parsePage(file)).filter((n) => hasClass(n, 'compare__doc'));
        assert.deepEqual(columns.map((c) => attr(c, 'data-doc')), [...new Set(cells.map((c) => c.split('#')[0]))]);
      });

      test(`${lang}: the topic page lists the same sections with their opening and links the compare view`, () => {
        const main = elements(parsePage(`${lang}/topics/${topic}/index.html`)).find((n) => n.tagName === 'main');
        const items = elements(main).filter((n) => attr(n, 'data-section'));
        assert.deepEqual(items.map((n) => attr(n, 'data-section')), cells);
        const hrefs = elements(main).filter((n) => n.tagName === 'a').map((a) => attr(a, 'href'));
        assert.equal(hrefs.includes(`/${lang}/topics/${topic}/compare/`), cells.length > 0, 'links the compare view exactly when it exists');
        for (const item of items) {
          const id = attr(item, 'data-section');
          assert.equal(attr(elements(item).find((n) => n.tagName === 'a'), 'href'), sectionHref(lang, id));
          const opening = elements(item).find((n) => hasClass(n, 'topic-sections__opening'));
          const firstParagraph = sectionText(lang, id).split('\n').find((l) => !l.includes('\t')) ?? '';
          if (opening) assert.ok(norm(firstParagraph).startsWith(norm(textOf(opening))), `${id}: the opening is the start of the section's text`);
          else assert.equal(firstParagraph, '', `${id}: an opening is shown when the section has text`);
        }
      });
    }

    test('zh and en compare views have the same cells', () => {
      if (cells.length === 0) return;
      assert.deepEqual(cellsOf('zh', topic).map((c) => attr(c, 'data-cell')), cellsOf('en', topic).map((c) => attr(c, 'data-cell')));
    });
  });
}

test("every tagged anchor is a heading on its document's page in both languages", () => {
  for (const cell of new Set([...expected.values()].flat()))
    for (const lang of LANGS) {
      const [file, anchor] = sectionHref(lang, cell).slice(1).split('#');
      assert.ok(elements(parsePage(`${file}index.html`)).some((n) => /^h[2-4]$/.test(n.tagName) && attr(n, 'id') === anchor), `${cell}: no heading #${anchor} on /${file}`);
    }
});
