import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoize } from './memo.ts';

test('memoize: one computation per distinct arguments, unless told not to keep results', () => {
	const cases: [string, boolean, string[][], number][] = [
		['same arguments computed once', true, [['zh'], ['zh'], ['zh']], 1],
		[
			'each distinct argument list once',
			true,
			[
				['zh', 'a'],
				['en', 'a'],
				['zh', 'a'],
				['zh', 'b'],
			],
			3,
		],
		['no arguments', true, [[], []], 1],
		['keep false: every call computes', false, [['zh'], ['zh']], 2],
	];
	for (const [name, keep, calls, expected] of cases) {
		let computed = 0;
		const f = memoize((...args: string[]) => (computed++, args.join('+')), keep);
		for (const args of calls) assert.equal(f(...args), args.join('+'), name);
		assert.equal(computed, expected, name);
	}
});

test('memoize: callers of an async computation share its one promise', async () => {
	let computed = 0;
	const f = memoize(async (lang: string) => (computed++, await Promise.resolve(lang)));
	const [a, b] = [f('zh'), f('zh')];
	assert.equal(a, b);
	assert.deepEqual(await Promise.all([a, b]), ['zh', 'zh']);
	assert.equal(computed, 1);
});
