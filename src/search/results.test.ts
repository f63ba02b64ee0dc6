import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetCounts, filterAndSort, matchOrder, sortFirst, type Match } from './results.ts';

const m = (
	id: string,
	score: number,
	date: string | undefined,
	kind: string[],
	region: string[] = []
): Match => ({
	id,
	score,
	facts: { date, facets: { kind, region } },
});
const matches = [
	m('a', 3, '2023-11-07', ['agreement'], ['beijing', 'tianjin']),
	m('b', 5, '2024-05-08', ['plan'], ['banan']),
	m('c', 1, '2019-01-01', ['plan'], ['beijing']),
	m('g', 9, undefined, []),
];

test('filterAndSort: OR within a facet, AND across facets, three orders', () => {
	const ids = (xs: Match[]) => xs.map((x) => x.id);
	assert.deepEqual(ids(filterAndSort(matches, {}, 'relevance')), ['g', 'b', 'a', 'c']);
	assert.deepEqual(ids(filterAndSort(matches, {}, 'newest')), ['b', 'a', 'c', 'g']);
	assert.deepEqual(ids(filterAndSort(matches, {}, 'oldest')), ['c', 'a', 'b', 'g']);
	assert.deepEqual(ids(filterAndSort(matches, { kind: ['plan', 'agreement'] }, 'newest')), [
		'b',
		'a',
		'c',
	]);
	assert.deepEqual(ids(filterAndSort(matches, { kind: ['plan'], region: ['beijing'] }, 'newest')), [
		'c',
	]);
});

test('facetCounts: a facet is counted with the other facets applied, not its own', () => {
	const counts = facetCounts(matches, { kind: ['plan'], region: ['beijing'] });
	assert.deepEqual(Object.fromEntries(counts.kind), { agreement: 1, plan: 1 });
	assert.deepEqual(Object.fromEntries(counts.region), { banan: 1, beijing: 1 });
	assert.deepEqual(Object.fromEntries(facetCounts(matches, {}).region), {
		beijing: 2,
		tianjin: 1,
		banan: 1,
	});
});

test('filter values named like object keys are values like any other', () => {
	const odd: Match[] = [
		{ id: 'x', score: 1, facts: { facets: { kind: ['constructor'], year: ['__proto__'] } } },
		...matches,
	];
	assert.deepEqual(
		filterAndSort(odd, { kind: ['constructor'] }, 'relevance').map((m) => m.id),
		['x']
	);
	assert.deepEqual(filterAndSort(matches, { kind: ['toString'] }, 'relevance'), []);
	const counts = facetCounts(odd, { year: ['hasOwnProperty'] });
	assert.equal(counts.kind.get('toString'), undefined);
	assert.equal(facetCounts(odd, {}).year.get('__proto__'), 1);
});

test('facetCounts agrees with counting each facet over the matches that pass the other facets', () => {
	const many = Array.from({ length: 60 }, (_, i) =>
		m(
			`p${i}`,
			i % 7,
			`2024-0${(i % 9) + 1}-01`,
			[['plan', 'agreement', 'faq'][i % 3]!],
			[['bj', 'tj', 'hb', 'sh'][i % 4]!, ...(i % 5 ? [] : ['xa'])]
		)
	);
	for (const filters of [
		{},
		{ kind: ['plan'] },
		{ kind: ['plan', 'faq'], region: ['tj', 'xa'] },
		{ region: ['nowhere'] },
	]) {
		const counts = facetCounts(many, filters);
		for (const facet of ['kind', 'region'] as const) {
			const others = filterAndSort(many, { ...filters, [facet]: [] }, 'relevance');
			const expected = new Map<string, number>();
			for (const x of others)
				for (const v of x.facts.facets[facet] ?? []) expected.set(v, (expected.get(v) ?? 0) + 1);
			assert.deepEqual(
				Object.fromEntries(counts[facet]),
				Object.fromEntries(expected),
				`${facet} with ${JSON.stringify(filters)}`
			);
		}
	}
});

test('sortFirst puts the first items in order and keeps every item', () => {
	assert.deepEqual(
		sortFirst([5, 1, 4, 2, 3], 2, (a, b) => a - b),
		[1, 2, 5, 4, 3]
	);
	assert.deepEqual(
		sortFirst([3, 1], 5, (a, b) => a - b),
		[1, 3]
	);
	assert.deepEqual(
		sortFirst([3, 1], 0, (a, b) => a - b),
		[3, 1]
	);
	const order = matchOrder('relevance');
	const many = Array.from({ length: 50 }, (_, i) =>
		m(`p${i}`, (i * 7) % 5, `2024-0${(i % 9) + 1}-01`, [])
	);
	const first = sortFirst(many, 10, order);
	assert.deepEqual(first.slice(0, 10), [...many].sort(order).slice(0, 10));
	assert.deepEqual(new Set(first), new Set(many));
});
