import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	chunksOf,
	decodePages,
	decodePositions,
	encodePages,
	encodePositions,
	factsOf,
} from './indexFormat.ts';

test('positions and page lists encode as gaps and decode back', () => {
	const pages: [number, number[]][] = [
		[0, [3]],
		[2, [5, 9, 40]],
		[7, [1]],
	];
	assert.deepEqual(encodePositions(pages), [0, 1, 3, 2, 3, 5, 4, 31, 5, 1, 1]);
	assert.deepEqual([...decodePositions(encodePositions(pages))], pages);
	const counts: [number, number][] = [
		[2, 3],
		[7, 1],
		[8, 12],
	];
	assert.deepEqual(encodePages(counts), [2, 3, 5, 1, 1, 12]);
	assert.deepEqual([...decodePages(encodePages(counts))], counts);
});

test('chunksOf: the chunk that may hold a key, or every chunk that may hold a key with a prefix', () => {
	const first = ['a', 'c', 'de', 'df', 'm'];
	const cases: [string, boolean, number[]][] = [
		['0', false, [0]],
		['b', false, [0]],
		['de', false, [2]],
		['dz', false, [3]],
		['z', false, [4]],
		['d', true, [1, 2, 3]],
		['de', true, [2]],
		['c', true, [1]],
		['a', true, [0]],
	];
	for (const [key, prefix, want] of cases)
		assert.deepEqual(chunksOf(first, key, prefix), want, `${key}${prefix ? '*' : ''}`);
	assert.deepEqual(chunksOf([], 'a', true), []);
});

test('factsOf reads a page back from the columns', () => {
	const columns = {
		dates: ['2024-05-08', ''],
		filters: {
			kind: { values: ['plan'], of: [[0], []] },
			region: { values: ['bj', 'tj'], of: [[1, 0], []] },
		},
	};
	assert.deepEqual(factsOf(columns, 0), {
		facets: { kind: ['plan'], region: ['tj', 'bj'] },
		date: '2024-05-08',
	});
	assert.deepEqual(factsOf(columns, 1), { facets: {}, date: undefined });
});
