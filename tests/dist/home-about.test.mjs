// The home and about pages in the built site, against the raw content: the home page shows the
// newest documents, every way in (kinds, regions, topics, years, timeline), key figures from
// meta.yaml and a search box; the about page names every source with its publisher and date,
// says what could not be read, and shows a worked citation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatNumber } from '../../src/lib/format.ts';
import { KIND_SEGMENT } from '../../src/lib/paths.ts';
import { documentIds, isoDate, LANGS, primaryDate, readDocument } from '../lib/content.mjs';
import { attr, elements, parsePage, textOf } from '../lib/site.mjs';

const docs = documentIds().map((id) => ({ id, ...readDocument(id) }));
const sources = docs.filter((d) => d.meta.kind !== 'faq');
const hrefs = (node) => elements(node).filter((n) => n.tagName === 'a').map((a) => attr(a, 'href'));
const mainOf = (doc) => elements(doc).find((n) => n.tagName === 'main');

for (const lang of LANGS) {
  describe(`${lang} home page`, () => {
    const page = parsePage(`${lang}/index.html`);
    const main = mainOf(page);
    const links = hrefs(main);

    test('opens with the site name and a two-sentence introduction', () => {
      const lede = elements(main).find((n) => attr(n, 'class') === 'lede');
      const sentences = textOf(lede).split(lang === 'zh' ? '。' : /\.\s/).filter((s) => s.trim());
      assert.equal(sentences.length, 2, textOf(lede));
    });

    test('lists the newest source document first', () => {
      const newest = [...sources].sort((a, b) => primaryDate(b.meta).localeCompare(primaryDate(a.meta)) || a.id.localeCompare(b.id))[0];
      const firstDoc = links.find((h) => Object.values(KIND_SEGMENT).some((s) => h.startsWith(`/${lang}/${s}/`) && h.split('/').length === 5 && !h.includes('#')));
      assert.equal(firstDoc, `/${lang}/${KIND_SEGMENT[newest.meta.kind]}/${newest.id}/`);
    });

    test('links every way in: each kind, the four browse indexes, the timeline', () => {
      for (const seg of Object.values(KIND_SEGMENT)) assert.ok(links.includes(`/${lang}/${seg}/`), `no link to ${seg}`);
      for (const index of ['regions', 'organisations', 'timeline']) assert.ok(links.includes(`/${lang}/${index}/`), `no link to ${index}`);
      for (const facet of ['topics', 'years']) assert.ok(links.some((h) => h.startsWith(`/${lang}/${facet}/`)), `no ${facet} links`);
    });

    test('shows key figures that are figures of the documents they link to', () => {
      const figures = elements(main).filter((n) => attr(n, 'class') === 'key-figures__value');
      assert.ok(figures.length > 0, 'no key figures');
      for (const fig of figures) {
        const id = attr(fig, 'data-fig');
        const owner = sources.find((d) => d.meta.figures?.some((f) => f.id === id && f.value !== null));
        assert.ok(owner, `figure ${id} belongs to no source document`);
        const figure = owner.meta.figures.find((f) => f.id === id);
        const number = formatNumber(figure.value, lang, figure.decimals);
        assert.ok(textOf(fig).includes(number), `${id} shows "${textOf(fig)}", not ${number}`);
      }
    });

    test('has a search box', () => {
      assert.ok(elements(page).some((n) => n.tagName === 'form' && attr(n, 'role') === 'search' && attr(n, 'action') === `/${lang}/search/`));
    });
  });

  describe(`${lang} about page`, () => {
    const main = mainOf(parsePage(`${lang}/about/index.html`));
    const text = textOf(main);
    const links = hrefs(main);

    test('names every source document with its source title, publisher page and date', () => {
      for (const d of sources) {
        assert.ok(text.includes(`《${d.meta.source.title}》`), `${d.id}: source title missing`);
        assert.ok(links.includes(`/${lang}/organisations/${d.meta.source.publisher}/`), `${d.id}: publisher not linked`);
        assert.ok(elements(main).some((n) => n.tagName === 'time' && attr(n, 'datetime') === isoDate(d.meta.source.date)), `${d.id}: source date missing`);
      }
    });

    test('has the method, what could not be read, and how to cite with a worked citation', () => {
      const ids = elements(main).map((n) => attr(n, 'id'));
      for (const id of ['method', 'sources', 'uncertain', 'cite']) assert.ok(ids.includes(id), `no #${id}`);
      const example = elements(main).find((n) => attr(n, 'class') === 'citation-example');
      assert.ok(example, 'no citation example');
      assert.match(textOf(example), new RegExp(`/${lang}/[a-z]+/[a-z0-9-]+/#s\\d`), 'the example cites a section address');
    });
  });
}
