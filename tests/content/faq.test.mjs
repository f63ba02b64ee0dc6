// FAQ entries against their sources (docs/authoring.md, "FAQ entries"): every paragraph links the
// source section it draws on, `basedOn` lists exactly the sections the text links, and the entry's
// date follows the rule, with a note where it differs from the cited source's date.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentIds, isoDate, LANGS, readDocument } from '../lib/content.mjs';
import { elementsNamed, paragraphsOf, parseBody } from '../lib/mdx.mjs';

const ids = documentIds();
const kinds = new Map(ids.map((id) => [id, readDocument(id).meta?.kind]));
const faqs = ids.filter((id) => kinds.get(id) === 'faq');

/** `document#anchor` of the source sections some nodes link: <DocLink>s to a section of a document that is not an FAQ entry. */
const sourceLinks = (nodes) =>
  elementsNamed(nodes, 'DocLink')
    .filter(({ attrs }) => attrs.anchor && kinds.get(attrs.doc) !== 'faq')
    .map(({ attrs }) => `${attrs.doc}#${attrs.anchor}`);

/** The date a document was made public: issued, else published, else held. */
const madePublic = (meta) => isoDate(meta.dates.issued ?? meta.dates.published ?? meta.dates.held ?? meta.dates.signed);

test('there are FAQ entries', () => assert.ok(faqs.length > 0));

for (const id of faqs) {
  describe(`content/documents/${id}`, () => {
    const doc = readDocument(id);
    const basedOn = new Set(doc.meta.basedOn.map((b) => `${b.document}#${b.anchor}`));

    for (const lang of LANGS) {
      const tree = parseBody(doc[lang]);

      test(`${lang}: every paragraph links a source section it draws on, listed in basedOn`, () => {
        const bare = paragraphsOf(tree)
          .filter((p) => !sourceLinks(p.nodes).some((link) => basedOn.has(link)))
          .map((p) => `  line ${p.line}: ${p.text.replace(/\s+/g, ' ').slice(0, 60)}…`);
        assert.ok(bare.length === 0, `${lang}.mdx has paragraphs that link no section listed in basedOn:\n${bare.join('\n')}`);
      });

      test(`${lang}: basedOn lists exactly the source sections the text links`, () => {
        const linked = new Set(sourceLinks(tree.children));
        const unlisted = [...linked].filter((l) => !basedOn.has(l));
        const unlinked = [...basedOn].filter((b) => !linked.has(b));
        assert.ok(unlisted.length === 0, `linked from ${lang}.mdx but missing from basedOn: ${unlisted.join(', ')}`);
        assert.ok(unlinked.length === 0, `listed in basedOn but never linked from ${lang}.mdx: ${unlinked.join(', ')}`);
      });
    }

    test('is dated when its newest source was made public, and says why when that is not its cited source’s date', () => {
      const dates = Object.keys(doc.meta.dates);
      assert.deepEqual(dates, ['published'], 'an FAQ entry gives only dates.published');
      const newest = [...new Set(doc.meta.basedOn.map((b) => b.document))].map((d) => madePublic(readDocument(d).meta)).sort().at(-1);
      const published = isoDate(doc.meta.dates.published);
      assert.equal(published, newest, `dates.published should be ${newest}, when the newest document it draws on was made public`);
      if (published !== isoDate(doc.meta.source.date)) {
        assert.ok(doc.meta.dateNote?.zh && doc.meta.dateNote?.en, `dated ${published} but its source is dated ${isoDate(doc.meta.source.date)}: add a dateNote saying why`);
      }
    });
  });
}
