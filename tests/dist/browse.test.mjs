// Browse pages in the built site, checked against the raw content (not against the code that built
// them): every region, topic, organisation and year a document refers to has a page in both
// languages that links the document; the indexes list exactly those keys with the right counts;
// every document page has breadcrumbs, a linked metadata card and related documents; a plan's task
// table links its units.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { KIND_SEGMENT } from '../../src/lib/paths.ts';
import { documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, DIST, elements, hasClass, parsePage, textOf } from '../lib/site.mjs';

const BROWSE_FACETS = ['regions', 'topics', 'organisations', 'years'];

/** The keys a raw meta.yaml refers to, per facet, written out from the schema's fields. */
function referredKeys(meta) {
  const bodies = [
    ...(meta.issuers ?? []),
    ...(meta.parties ?? []),
    ...(meta.signatories ?? []).map((s) => s.body),
    ...(meta.speakers ?? []).map((s) => s.body),
    ...(meta.tasks ?? []).flatMap((t) => [...t.lead, ...(t.partners ?? [])]),
    meta.source.publisher,
  ];
  const iso = (d) => (d instanceof Date ? d.toISOString() : String(d));
  return {
    regions: new Set(meta.regions),
    topics: new Set(meta.topics),
    organisations: new Set(bodies),
    years: new Set(Object.values(meta.dates).map((d) => iso(d).slice(0, 4))),
  };
}

const docs = documentIds().map((id) => {
  const { meta } = readDocument(id);
  return { id, meta, keys: referredKeys(meta) };
});
/** facet → key → ids of the documents that refer to it. */
const expected = Object.fromEntries(
  BROWSE_FACETS.map((facet) => {
    const byKey = new Map();
    for (const d of docs) for (const key of d.keys[facet]) byKey.set(key, [...(byKey.get(key) ?? []), d.id]);
    return [facet, byKey];
  }),
);

const page = (file) => parsePage(file);
const links = (node) => elements(node).filter((n) => n.tagName === 'a').map((a) => attr(a, 'href'));
const docHref = (lang, d) => `/${lang}/${KIND_SEGMENT[d.meta.kind]}/${d.id}/`;
const find = (node, pred) => elements(node).find(pred);
const byClass = (name) => (n) => hasClass(n, name);

test('there are documents and keys to browse', () => {
  assert.ok(docs.length > 0);
  for (const facet of BROWSE_FACETS) assert.ok(expected[facet].size > 0, `no ${facet} in use`);
});

for (const lang of LANGS) {
  for (const facet of BROWSE_FACETS) {
    describe(`${lang}/${facet}`, () => {
      test('each key in use has a page that lists every document referring to it, and only those', () => {
        for (const [key, ids] of expected[facet]) {
          const file = `${lang}/${facet}/${key}/index.html`;
          assert.ok(existsSync(path.join(DIST, file)), `missing ${file}`);
          const hrefs = new Set(links(find(page(file), (n) => n.tagName === 'main')));
          const listed = docs.filter((d) => hrefs.has(docHref(lang, d))).map((d) => d.id);
          assert.deepEqual(listed.sort(), [...ids].sort(), `${file} lists the wrong documents`);
        }
      });

      test('the index links exactly the keys in use (no empty page) with their counts', () => {
        const doc = page(`${lang}/${facet}/index.html`);
        const list = find(doc, byClass('facet-list'));
        assert.ok(list, 'no .facet-list on the index');
        const items = elements(list).filter((n) => n.tagName === 'li');
        const got = Object.fromEntries(
          items.map((li) => {
            const key = links(li)[0].replace(`/${lang}/${facet}/`, '').replace(/\/$/, '');
            return [key, Number(attr(find(li, (n) => attr(n, 'data-count') !== undefined), 'data-count'))];
          }),
        );
        const want = Object.fromEntries([...expected[facet]].map(([key, ids]) => [key, ids.length]));
        assert.deepEqual(got, want);
        for (const li of items) assert.match(textOf(li), /\d/, 'each count is shown');
      });
    });
  }

  describe(`${lang} document pages`, () => {
    for (const d of docs) {
      test(`${d.id}: breadcrumbs, card links to its regions/topics/bodies, related documents`, () => {
        const doc = page(`${lang}/${KIND_SEGMENT[d.meta.kind]}/${d.id}/index.html`);
        const crumbs = find(doc, byClass('breadcrumbs'));
        assert.ok(crumbs, 'no breadcrumbs');
        assert.deepEqual(links(crumbs), [`/${lang}/`, `/${lang}/${KIND_SEGMENT[d.meta.kind]}/`]);

        const card = new Set(links(find(doc, byClass('meta-card'))));
        const cardKeys = [
          ...d.meta.regions.map((k) => `regions/${k}`),
          ...d.meta.topics.map((k) => `topics/${k}`),
          ...[...(d.meta.issuers ?? []), ...(d.meta.parties ?? []), ...(d.meta.signatories ?? []).map((s) => s.body)].map((k) => `organisations/${k}`),
        ];
        for (const k of cardKeys) assert.ok(card.has(`/${lang}/${k}/`), `metadata card does not link ${k}`);

        const related = find(doc, byClass('related'));
        assert.ok(related, 'no related documents');
        const relatedIds = links(related)
          .map((h) => docs.find((o) => docHref(lang, o) === h)?.id)
          .filter(Boolean);
        assert.ok(relatedIds.length > 0, 'related section links no document');
        assert.ok(!relatedIds.includes(d.id), 'a document is not related to itself');
        assert.deepEqual(relatedIds.slice(0, (d.meta.related ?? []).length), d.meta.related ?? [], 'declared related documents come first, in order');
      });
    }
  });

  test(`${lang}: each row of a plan's task table links its lead and partner units to their organisation pages`, () => {
    const planned = docs.filter((d) => (d.meta.tasks ?? []).length > 0);
    assert.ok(planned.length > 0, 'no document has tasks');
    for (const d of planned) {
      const doc = page(`${lang}/${KIND_SEGMENT[d.meta.kind]}/${d.id}/index.html`);
      for (const task of d.meta.tasks) {
        const row = find(doc, (n) => n.tagName === 'tr' && attr(n, 'id') === `task-${task.id}`);
        assert.ok(row, `${d.id}: no row task-${task.id}`);
        const [lead, partners] = elements(row).filter((n) => n.tagName === 'td');
        assert.deepEqual(links(lead), task.lead.map((k) => `/${lang}/organisations/${k}/`), `${d.id} task ${task.id}: lead units`);
        assert.deepEqual(links(partners), (task.partners ?? []).map((k) => `/${lang}/organisations/${k}/`), `${d.id} task ${task.id}: partner units`);
      }
    }
  });

  test(`${lang}: the main navigation links every browse index and the timeline`, () => {
    const nav = find(page(`${lang}/index.html`), (n) => n.tagName === 'nav' && attr(n, 'aria-label') !== undefined && !byClass('breadcrumbs')(n));
    const hrefs = links(nav);
    for (const index of [...BROWSE_FACETS, 'timeline']) assert.ok(hrefs.includes(`/${lang}/${index}/`), `nav lacks /${lang}/${index}/`);
  });
}
