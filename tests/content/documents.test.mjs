// Content checks: every document exists in both languages with the same anchors, facts live only in
// meta.yaml, and every anchor that meta.yaml points at (figures, events, tasks, tagged sections) exists in the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchorsOf, documentIds, frontmatterOf, LANGS, readDocument } from '../lib/content.mjs';

const ids = documentIds();

test('there are documents', () => assert.ok(ids.length > 0, 'content/documents/ is empty'));

for (const id of ids) {
  describe(`content/documents/${id}`, () => {
    const doc = readDocument(id);

    test('has meta.yaml, zh.mdx and en.mdx', () => {
      assert.ok(doc.meta, 'meta.yaml is missing');
      for (const lang of LANGS) assert.ok(doc[lang], `${lang}.mdx is missing`);
    });

    test('zh and en have exactly the same anchors, in the same order', () => {
      assert.deepEqual(anchorsOf(doc.en ?? ''), anchorsOf(doc.zh ?? ''));
    });

    test('language files hold only their own text; shared facts are not duplicated', () => {
      for (const lang of LANGS) {
        const keys = Object.keys(frontmatterOf(doc[lang] ?? ''));
        const extra = keys.filter((k) => !['title', 'shortTitle', 'summary'].includes(k));
        assert.deepEqual(extra, [], `${lang}.mdx frontmatter repeats facts that belong in meta.yaml`);
      }
    });

    test('every anchor named in meta.yaml exists in the text', () => {
      const anchors = new Set(anchorsOf(doc.zh ?? ''));
      const named = [
        ...(doc.meta?.figures ?? []).filter((f) => f.anchor).map((f) => [`figure ${f.id}`, f.anchor]),
        ...(doc.meta?.events ?? []).map((e) => [`event ${e.date}`, e.anchor]),
        ...(doc.meta?.tasks ?? []).map((t) => [`task ${t.id}`, t.anchor]),
      ];
      for (const [what, anchor] of named) assert.ok(anchors.has(anchor), `${what} points at #${anchor}, which the text does not have`);
    });

    test('every section tagged with topics (sectionTopics) exists in both languages', () => {
      for (const anchor of Object.keys(doc.meta?.sectionTopics ?? {}))
        for (const lang of LANGS) assert.ok(anchorsOf(doc[lang] ?? '').includes(anchor), `sectionTopics tags #${anchor}, which ${lang}.mdx does not have`);
    });

    test('FAQ sources point at sections that exist', () => {
      for (const { document, anchor } of doc.meta?.basedOn ?? []) {
        const target = readDocument(document);
        assert.ok(target.zh, `basedOn names document "${document}", which has no zh.mdx`);
        assert.ok(anchorsOf(target.zh).includes(anchor), `basedOn points at ${document}#${anchor}, which does not exist`);
      }
    });

  });
}
