import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetCounts, filterAndSort, type Match } from './results.ts';

const m = (id: string, score: number, date: string | undefined, kind: string[], region: string[] = []): Match => ({
  id,
  score,
  facts: { date, facets: { kind, region } },
});
const matches = [m('a', 3, '2023-11-07', ['agreement'], ['beijing', 'tianjin']), m('b', 5, '2024-05-08', ['plan'], ['banan']), m('c', 1, '2019-01-01', ['plan'], ['beijing']), m('g', 9, undefined, [])];

test('filterAndSort: OR within a facet, AND across facets, three orders', () => {
  const ids = (xs: Match[]) => xs.map((x) => x.id);
  assert.deepEqual(ids(filterAndSort(matches, {}, 'relevance')), ['g', 'b', 'a', 'c']);
  assert.deepEqual(ids(filterAndSort(matches, {}, 'newest')), ['b', 'a', 'c', 'g']);
  assert.deepEqual(ids(filterAndSort(matches, {}, 'oldest')), ['c', 'a', 'b', 'g']);
  assert.deepEqual(ids(filterAndSort(matches, { kind: ['plan', 'agreement'] }, 'newest')), ['b', 'a', 'c']);
  assert.deepEqual(ids(filterAndSort(matches, { kind: ['plan'], region: ['beijing'] }, 'newest')), ['c']);
});

test('facetCounts: a facet is counted with the other facets applied, not its own', () => {
  const counts = facetCounts(matches, { kind: ['plan'], region: ['beijing'] });
  assert.deepEqual(counts.kind, { agreement: 1, plan: 1 });
  assert.deepEqual(counts.region, { banan: 1, beijing: 1 });
  assert.deepEqual(facetCounts(matches, {}).region, { beijing: 2, tianjin: 1, banan: 1 });
});
