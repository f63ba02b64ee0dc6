import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collaboration, pairKey, topRegion } from './collaboration.ts';

const parents = new Map<string, string | undefined>([
	['beijing', undefined],
	['tianjin', undefined],
	['hebei', undefined],
	['zhejiang', undefined],
	['hengshui', 'hebei'],
	['xiongan', 'hebei'],
	['loop-a', 'loop-b'],
	['loop-b', 'loop-a'],
	['orphan', 'nowhere'],
]);

test('topRegion follows parents to the top and stops on cycles and dangling parents', () => {
	const cases: [string, string][] = [
		['beijing', 'beijing'],
		['hengshui', 'hebei'],
		['orphan', 'orphan'],
		['unknown', 'unknown'],
	];
	for (const [id, want] of cases) assert.equal(topRegion(id, parents), want, id);
	assert.ok(['loop-a', 'loop-b'].includes(topRegion('loop-a', parents)));
});

test('pairKey is the same both ways round', () =>
	assert.equal(pairKey('tianjin', 'beijing'), pairKey('beijing', 'tianjin')));

test('collaboration rolls regions up and lists the documents connecting each pair', () => {
	const c = collaboration(
		[
			{ id: 'jjj', regions: ['beijing', 'tianjin', 'hebei'] },
			{ id: 'hengshui', regions: ['beijing', 'hebei', 'hengshui'] },
			{ id: 'xiongan', regions: ['tianjin', 'xiongan'] },
			{ id: 'zj', regions: ['zhejiang'] },
		],
		parents
	);
	assert.deepEqual(c.regions, ['hebei', 'beijing', 'tianjin', 'zhejiang']);
	assert.deepEqual(Object.fromEntries(c.pairs), {
		'beijing|tianjin': ['jjj'],
		'beijing|hebei': ['jjj', 'hengshui'],
		'hebei|tianjin': ['jjj', 'xiongan'],
	});
	assert.deepEqual(Object.fromEntries(c.alone), { zhejiang: ['zj'] });
});

test('collaboration of nothing is empty', () => {
	const c = collaboration([], parents);
	assert.deepEqual([c.regions, c.pairs.size, c.alone.size], [[], 0, 0]);
});
