import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetKeys, groupByFacet, relatedDocuments, type BrowseMeta, type BrowseFacet } from './browse.ts';

const refs = (...ids: string[]) => ids.map((id) => ({ id }));

/** A meta.yaml with nothing in it but what a case sets. */
function meta(over: Partial<BrowseMeta> = {}): BrowseMeta {
  return {
    dates: { issued: '2024-05-08' },
    regions: refs('beijing'),
    topics: refs('talent'),
    issuers: [],
    parties: [],
    signatories: [],
    speakers: [],
    tasks: [],
    source: { publisher: { id: 'pub' } },
    ...over,
  };
}

test('facetKeys: the keys a document is filed under, per facet', () => {
  const cases: [string, BrowseMeta, BrowseFacet, string[]][] = [
    ['regions in meta order', meta({ regions: refs('tianjin', 'beijing') }), 'regions', ['tianjin', 'beijing']],
    ['topics without repeats', meta({ topics: refs('talent', 'research', 'talent') }), 'topics', ['talent', 'research']],
    ['only the publisher when nothing else names a body', meta(), 'organisations', ['pub']],
    [
      'every body the entry names, once',
      meta({
        issuers: refs('gov'),
        parties: refs('a', 'b'),
        signatories: [{ body: { id: 'a' } }],
        speakers: [{ body: { id: 'sp' } }],
        tasks: [{ lead: refs('lead'), partners: refs('p1', 'gov') }],
        source: { publisher: { id: 'gov' } },
      }),
      'organisations',
      ['gov', 'a', 'b', 'sp', 'lead', 'p1'],
    ],
    ['the year of the one date', meta(), 'years', ['2024']],
    ['years of all dates, once, ascending', meta({ dates: { published: '2024-01-02', signed: '2023-11-07', held: '2023-12-01' } }), 'years', ['2023', '2024']],
  ];
  for (const [name, m, facet, expected] of cases) assert.deepEqual(facetKeys(m, facet), expected, name);
});

test('groupByFacet: one group per key in use, documents in their given order, no empty group', () => {
  const docs = [
    { id: 'x', meta: meta({ regions: refs('beijing', 'hebei') }) },
    { id: 'y', meta: meta({ regions: refs('hebei') }) },
  ];
  const groups = groupByFacet(docs, 'regions');
  assert.deepEqual([...groups.keys()], ['beijing', 'hebei']);
  assert.deepEqual(groups.get('hebei')!.map((d) => d.id), ['x', 'y']);
  assert.deepEqual(groups.get('beijing')!.map((d) => d.id), ['x']);
  assert.equal(groupByFacet([], 'topics').size, 0);
});

test('relatedDocuments: declared first, then by shared regions and topics, newest on ties', () => {
  const doc = (id: string, date: string, regions: string[], topics: string[], related: string[] = []) => ({
    id,
    date,
    meta: { regions: refs(...regions), topics: refs(...topics), related: refs(...related) },
  });
  const me = doc('me', '2024-01-01', ['bj', 'tj'], ['talent'], ['declared-b', 'declared-a']);
  const all = [
    me,
    doc('declared-a', '2020-01-01', ['zj'], ['x']),
    doc('declared-b', '2021-01-01', ['zj'], ['x']),
    doc('two-shared', '2019-01-01', ['bj', 'tj'], ['y']),
    doc('three-shared', '2018-01-01', ['bj', 'tj'], ['talent']),
    doc('one-old', '2019-06-01', ['bj'], ['y']),
    doc('one-new', '2023-06-01', ['tj'], ['y']),
    doc('nothing-shared', '2024-06-01', ['cq'], ['z']),
  ];
  const ids = (list: { id: string }[]) => list.map((d) => d.id);
  assert.deepEqual(ids(relatedDocuments(me, all, 10)), ['declared-b', 'declared-a', 'three-shared', 'two-shared', 'one-new', 'one-old']);
  assert.deepEqual(ids(relatedDocuments(me, all, 3)), ['declared-b', 'declared-a', 'three-shared']);
  // Declared ones are never cut, even past the limit; a document never relates to itself.
  assert.deepEqual(ids(relatedDocuments(me, all, 1)), ['declared-b', 'declared-a']);
  assert.deepEqual(ids(relatedDocuments(doc('me', '2024-01-01', ['bj'], ['t'], ['me']), all, 0)), []);
});
