import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	facetKeys,
	groupByFacet,
	relatedLists,
	type BrowseMeta,
	type BrowseFacet,
	type RelatableDoc,
} from './browse.ts';

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
		[
			'regions in meta order',
			meta({ regions: refs('tianjin', 'beijing') }),
			'regions',
			['tianjin', 'beijing'],
		],
		[
			'topics without repeats',
			meta({ topics: refs('talent', 'research', 'talent') }),
			'topics',
			['talent', 'research'],
		],
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
		[
			'years of all dates, once, ascending',
			meta({ dates: { published: '2024-01-02', signed: '2023-11-07', held: '2023-12-01' } }),
			'years',
			['2023', '2024'],
		],
	];
	for (const [name, m, facet, expected] of cases)
		assert.deepEqual(facetKeys(m, facet), expected, name);
});

test('groupByFacet: one group per key in use, documents in their given order, no empty group', () => {
	const docs = [
		{ id: 'x', meta: meta({ regions: refs('beijing', 'hebei') }) },
		{ id: 'y', meta: meta({ regions: refs('hebei') }) },
	];
	const groups = groupByFacet(docs, 'regions');
	assert.deepEqual([...groups.keys()], ['beijing', 'hebei']);
	assert.deepEqual(
		groups.get('hebei')!.map((d) => d.id),
		['x', 'y']
	);
	assert.deepEqual(
		groups.get('beijing')!.map((d) => d.id),
		['x']
	);
	assert.equal(groupByFacet([], 'topics').size, 0);
});

const doc = (
	id: string,
	date: string,
	regions: string[],
	topics: string[],
	related: string[] = []
) => ({
	id,
	date,
	meta: { regions: refs(...regions), topics: refs(...topics), related: refs(...related) },
});
const ids = (list: { id: string }[]) => list.map((d) => d.id);

test('relatedLists: declared first, then by shared regions and topics, newest on ties', () => {
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
	const cases: [string, number, RelatableDoc, string[]][] = [
		[
			'all of them',
			10,
			me,
			['declared-b', 'declared-a', 'three-shared', 'two-shared', 'one-new', 'one-old'],
		],
		['cut at the limit', 3, me, ['declared-b', 'declared-a', 'three-shared']],
		// Declared ones are never cut, even past the limit; a document never relates to itself.
		['declared past the limit', 1, me, ['declared-b', 'declared-a']],
		['never itself', 0, doc('me', '2024-01-01', ['bj'], ['t'], ['me']), []],
		['most shared first, then newest', 3, all[5]!, ['two-shared', 'me', 'one-new']],
	];
	for (const [name, limit, target, expected] of cases)
		assert.deepEqual(ids(relatedLists(all, limit)(target)), expected, name);
});

/** The rule relatedLists implements, document by document: score every other, sort, cut. */
function relatedByScoring(
	target: RelatableDoc,
	all: RelatableDoc[],
	limit: number
): RelatableDoc[] {
	const keys = (d: RelatableDoc) => [
		...d.meta.regions.map((r) => `r:${r.id}`),
		...d.meta.topics.map((t) => `t:${t.id}`),
	];
	const declared = target.meta.related
		.map((r) => all.find((d) => d.id === r.id))
		.filter((d): d is RelatableDoc => d !== undefined && d.id !== target.id);
	const taken = new Set([target.id, ...declared.map((d) => d.id)]);
	const mine = new Set(keys(target));
	const others = all
		.filter((d) => !taken.has(d.id))
		.map((d) => ({ d, score: keys(d).filter((k) => mine.has(k)).length }))
		.filter((x) => x.score > 0)
		.sort(
			(a, b) =>
				b.score - a.score || b.d.date.localeCompare(a.d.date) || a.d.id.localeCompare(b.d.id)
		)
		.map((x) => x.d);
	return [...declared, ...others].slice(0, Math.max(limit, declared.length));
}

test('relatedLists: the same lists as scoring every document against every other', () => {
	// A seeded generator: many documents sharing few sets of keys, dates with ties, declared links.
	let seed = 7;
	const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
	const pick = (list: string[], most: number) => [
		...new Set(Array.from({ length: 1 + next(most) }, () => list[next(list.length)]!)),
	];
	// A region listed twice counts twice, as in the scoring rule.
	const regions = () =>
		((r) => (next(8) === 0 ? [...r, r[0]!] : r))(pick(['bj', 'tj', 'hb', 'zj', 'cq'], 3));
	const all = Array.from({ length: 400 }, (_, i) =>
		doc(
			`d${i}`,
			`20${10 + next(5)}-0${1 + next(3)}-01`,
			regions(),
			pick(['a', 'b', 'c'], 2),
			next(10) === 0 ? [`d${next(400)}`, `d${next(400)}`] : []
		)
	);
	for (const limit of [0, 1, 5]) {
		const lists = relatedLists(all, limit);
		for (const d of all)
			assert.deepEqual(
				ids(lists(d)),
				ids(relatedByScoring(d, all, limit)),
				`${d.id}, limit ${limit}`
			);
	}
});
