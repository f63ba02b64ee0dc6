import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	fromIndexTokens,
	indexTerms,
	lookups,
	runStarts,
	SPACE_TOKEN,
	tokenOffsets,
	toIndexTokens,
} from './indexTokens.ts';
import { findMatches, parseQuery } from './text.ts';

test('index tokens round-trip to the readable text', () => {
	const text = '中医药 TCM, 2024–2027年，京';
	const tokens = toIndexTokens(text);
	assert.deepEqual(tokens, [
		'中医',
		'医药',
		'药',
		SPACE_TOKEN,
		'TCM',
		',',
		SPACE_TOKEN,
		'2024',
		'–',
		'2027',
		'年',
		'，',
		'京',
	]);
	assert.equal(fromIndexTokens(tokens), text);
	assert.deepEqual(toIndexTokens('２０２４年'), ['2024', '年']);
});

test('tokenOffsets: each token reads as the characters at its position (a bigram as one character)', () => {
	const text = '中医药 TCM, 2024–2027年';
	const tokens = toIndexTokens(text);
	const offsets = tokenOffsets(tokens);
	assert.deepEqual(offsets, [0, 1, 2, 3, 4, 7, 8, 9, 13, 14, 18]);
	tokens.forEach((t, i) =>
		assert.equal(
			text.slice(offsets[i], offsets[i]! + fromIndexTokens([t]).length),
			fromIndexTokens([t])
		)
	);
});

test('indexTerms: Han bigrams and lone characters, folded words, and pairs of words one space apart', () => {
	const terms = indexTerms(toIndexTokens('TCM Beds, 医联体 2027 Plan'));
	assert.deepEqual(Object.fromEntries(terms), {
		tcm: [0],
		'tcm beds': [0],
		beds: [2],
		医联: [5],
		联体: [6],
		体: [7],
		2027: [9],
		'2027 plan': [9],
		plan: [11],
	});
});

test('lookups: bigrams for Han runs, lone Han characters, word pairs, and a prefix for the last token', () => {
	const cases: [string, string[]][] = [
		['中医药', ['中医@0', '医药@1']],
		['医', ['医@0*']],
		['2024年', ['2024@0', '年@1*']],
		['年2024', ['年@0', '2024@1*']],
		['医联体 2027', ['医联@0', '联体@1', '2027@4*']],
		['medical consortium', ['medical consortium@0*']],
		['medical c', ['medical c@0*']],
		['in medical consortia', ['in medical@0', 'medical consortia@2*']],
		['2024–2027', ['2024@0', '2027@2*']],
		['plan (2024)', ['plan@0', '2024@3']],
		['人人人', ['人人@0', '人人@1']],
	];
	for (const [q, want] of cases)
		assert.deepEqual(
			lookups(parseQuery(q)).map((l) => `${l.term}@${l.position}${l.prefix ? '*' : ''}`),
			want,
			q
		);
});

test('lookups name only terms that indexTerms writes where the text contains the query', () => {
	const text = 'In medical consortia, 2024–2027 plans 医联体建设 and (2024) TCM Beds';
	const terms = indexTerms(toIndexTokens(text));
	for (const q of [
		'medical consortia',
		'medical con',
		'consortia, 2024',
		'2024–2027 pl',
		'医联体建',
		'联体',
		'and (2024)',
		'tcm beds',
		'beds',
	]) {
		const query = parseQuery(q);
		assert.ok(findMatches(text, query).length, q);
		for (const l of lookups(query))
			assert.ok(
				[...terms.keys()].some((t) => (l.prefix ? t.startsWith(l.term) : t === l.term)),
				`${q}: ${l.term}`
			);
	}
});

test('runStarts finds positions where the lookups sit at their offsets', () => {
	const cases: [string, number[][], number[]][] = [
		['中医', [[3, 9]], [3, 9]],
		[
			'中医药',
			[
				[3, 9],
				[4, 7],
			],
			[3],
		],
		['in medical consortia', [[1, 10], [12]], [10]],
		['2024–2027', [[5], [7]], [5]],
		[
			'人人人',
			[
				[1, 2, 3],
				[1, 2, 3],
			],
			[1, 2],
		],
	];
	for (const [q, positions, starts] of cases)
		assert.deepEqual(runStarts(lookups(parseQuery(q)), positions), starts, q);
});

test('runStarts agrees with checking every start against every look-up', () => {
	const list = lookups(parseQuery('医联体建设'));
	// Pseudo-random ascending positions, dense enough that runs occur.
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	for (let round = 0; round < 50; round++) {
		const positions = list.map(() =>
			[...new Set(Array.from({ length: 40 }, () => Math.floor(random() * 60)))].sort(
				(a, b) => a - b
			)
		);
		const expected = positions[0]!
			.map((p) => p - list[0]!.position)
			.filter((start) => list.every((l, k) => positions[k]!.includes(start + l.position)));
		assert.deepEqual(runStarts(list, positions), expected);
	}
});
