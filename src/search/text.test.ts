import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	containsQuery,
	excerpt,
	findMatches,
	fold,
	isTokenStart,
	parseQuery,
	sectionHits,
	tokenize,
	toSimplified,
} from './text.ts';

test('tokenize: Han characters one by one, words whole, whitespace and punctuation as their own tokens', () => {
	const cases: [string, string[]][] = [
		['中医药', ['中', '医', '药']],
		['中医 TCM', ['中', '医', ' ', 'TCM']],
		['2024–2027年', ['2024', '–', '2027', '年']],
		["Beijing's plan", ['Beijing', "'", 's', ' ', 'plan']],
		['浙中医药〔2024〕10号', ['浙', '中', '医', '药', '〔', '2024', '〕', '10', '号']],
		['0.85张', ['0', '.', '85', '张']],
		['café', ['café']],
	];
	for (const [text, tokens] of cases)
		assert.deepEqual(
			tokenize(text).map((t) => t.text),
			tokens,
			text
		);
});

test('parseQuery strips outer quotes, normalises, converts Traditional characters and lists words', () => {
	const t2s = { 醫: '医', 聯: '联', 體: '体', 專: '专', 專案: '项目', 計畫: '计划' };
	const cases: [string, string, string[]][] = [
		['"中医药"', '中医药', ['中', '医', '药']],
		['“Medical  Consortium”', 'medical consortium', ['medical', 'consortium']],
		['醫聯體', '医联体', ['医', '联', '体']],
		['「專科聯盟」', '专科联盟', ['专', '科', '联', '盟']],
		['２０２７', '2027', ['2027']],
		['  ', '', []],
		['"——"', '', []],
		['人人', '人人', ['人']],
		['"專案計畫"', '项目计划', ['项', '目', '计', '划']],
	];
	for (const [raw, text, words] of cases) {
		const q = parseQuery(raw, t2s);
		assert.equal(q.text, text, raw);
		assert.deepEqual(q.words, words, raw);
	}
});

test('fold keeps the length and folds width, typography and case', () => {
	const cases: [string, string][] = [
		['Xiong’an', "xiong'an"],
		['“TCM”', '"tcm"'],
		['２０２４—２０２７', '2024-2027'],
		['中医‐药 − 1', '中医-药 - 1'],
	];
	for (const [text, folded] of cases) {
		assert.equal(fold(text), folded, text);
		assert.equal(fold(text).length, text.length, text);
	}
});

test('fold is its per-character definition on every code point that can change, and on whole texts', () => {
	// The definition, one character at a time; fold skips characters it cannot change and lower-cases whole texts.
	// Planes 0 and 1 hold every character with a case or a width form; plane 2 the compatibility ideographs; plane 14 tags.
	const width = (ch: string) =>
		ch.normalize('NFKC').length === ch.length ? ch.normalize('NFKC') : ch;
	const typography = (s: string) =>
		s
			.replace(/[‘’‚‛′]/g, "'")
			.replace(/[“”„‟″]/g, '"')
			.replace(/[‐‑‒–—―−]/g, '-');
	const lower = (s: string) =>
		[...s]
			.map((ch) =>
				/[\p{Lu}\p{Lt}]/u.test(ch) && ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch
			)
			.join('');
	const chars: string[] = [];
	const planes = [
		[0, 0x1ffff],
		[0x2f800, 0x2fa1f],
		[0xe0000, 0xe01ef],
	] as const;
	for (const [from, to] of planes)
		for (let cp = from; cp <= to; cp++)
			if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp));
	const wrong = chars.filter((ch) => fold(ch) !== lower(typography(width(ch))));
	assert.deepEqual(wrong, []);
	for (let i = 0; i < chars.length; i += 512) {
		const text = chars.slice(i, i + 512).join('');
		assert.equal(
			fold(text),
			chars
				.slice(i, i + 512)
				.map(fold)
				.join(''),
			`code points from U+${chars[i]!.codePointAt(0)!.toString(16)}`
		);
	}
	assert.equal(fold('ΟΔΟΣ Σ'), 'οδοσ σ');
});

test('findMatches: substrings that start at a token boundary, case-insensitive', () => {
	const cases: [string, string, [number, number][]][] = [
		['京津冀中医药协同发展', '中医', [[3, 5]]],
		['京津冀中医药协同发展', '医药协', [[4, 7]]],
		['Banan plan 2024–2027', '2027', [[16, 20]]],
		['Banan plan 2024–2027', 'PLAN 2024', [[6, 15]]],
		['healthcare and care', 'care', [[15, 19]]],
		['人人人', '人人', [[0, 2]]],
		['abc', '', []],
		// Typographic variants are the same character: apostrophes, quotes, dashes, full and half width.
		["Tianjin's experts in Xiong’an", "xiong'an", [[21, 29]]],
		["Tianjin's experts in Xiong'an", 'Xiong’an', [[21, 29]]],
		['the “premium hall” standard', 'the "premium', [[0, 12]]],
		['2024—2027年', '2024-2027', [[0, 9]]],
		['Banan plan 2024-2027', '２０２４–２０２７', [[11, 20]]],
	];
	for (const [text, q, ranges] of cases) {
		assert.deepEqual(
			findMatches(text, parseQuery(q)).map((r) => [r.start, r.end]),
			ranges,
			`${q} in ${text}`
		);
	}
	assert.equal(containsQuery('Medical consortium', parseQuery('"medical consortium"')), true);
	assert.equal(
		containsQuery('medical  consortium'.replace(/\s+/g, ' '), parseQuery('medical consortium')),
		true
	);
	assert.equal(containsQuery('medicalconsortium', parseQuery('medical consortium')), false);
});

test('toSimplified: longest phrase first at each position, then characters; nothing else changes', () => {
	// As simplifiedMap builds it: characters, and phrases only where the character form is not in the text.
	const t2s = {
		專: '专',
		聯: '联',
		計: '计',
		畫: '画',
		書: '书',
		網: '网',
		資: '资',
		訊: '讯',
		療: '疗',
		計畫: '计划',
		網路: '网络',
		資訊: '信息',
		程式: '程序',
		乙太網: '以太网',
		乙太網路: '以太网',
	};
	const cases: [string, string, string][] = [
		['characters', '專科聯盟 TCM', '专科联盟 TCM'],
		['phrases', '計畫 網路 資訊 程式', '计划 网络 信息 程序'],
		['phrase inside a longer query', '工作計畫書', '工作计划书'],
		['longest match wins', '乙太網路', '以太网'],
		['shorter phrase where the longer does not match', '乙太網卡', '以太网卡'],
		['a phrase beats the characters it starts with', '計畫計', '计划计'],
		['mixed Traditional and Simplified', '医療資訊网络', '医疗信息网络'],
		['a Simplified query is unchanged', '工作计划 网络信息', '工作计划 网络信息'],
		['not a phrase when split by a space', '計 畫', '计 画'],
		['an astral character passes whole', '𠀀計畫', '𠀀计划'],
		['keys of Object.prototype are not keys', 'constructor __proto__', 'constructor __proto__'],
	];
	for (const [name, text, want] of cases) assert.equal(toSimplified(text, t2s), want, name);
	assert.equal(toSimplified('計畫', {}), '計畫');
});

test('excerpt marks matches inside a window and says where it was cut', () => {
	const text = 'a'.repeat(50) + '中医' + 'b'.repeat(50);
	const segs = excerpt(text, [{ start: 50, end: 52 }], 20);
	assert.equal(
		segs
			.filter((s) => s.mark)
			.map((s) => s.text)
			.join(),
		'中医'
	);
	assert.equal(segs[0]!.text, '…');
	assert.equal(segs.at(-1)!.text, '…');
	assert.equal(segs.map((s) => s.text).join('').length, 22);
	assert.deepEqual(excerpt('short', [], 20), [{ text: 'short', mark: false }]);
	// A match across the window's end is shown whole, not cut to its first characters.
	assert.deepEqual(
		excerpt(
			'abcdefgh',
			[
				{ start: 0, end: 1 },
				{ start: 3, end: 5 },
			],
			4
		),
		[
			{ text: 'a', mark: true },
			{ text: 'bc', mark: false },
			{ text: 'de', mark: true },
			{ text: '…', mark: false },
		]
	);
});

test('sectionHits: the sections holding matches, each with its excerpt, in page order', () => {
	const text = 'Intro TCM. Goals TCM beds. Tasks none. Talent TCM';
	const sections = [
		{ anchor: 's1', title: 'Goals', start: 11 },
		{ anchor: 's2', title: 'Tasks', start: 27 },
		{ anchor: 'talent', title: 'Talent', start: 39 },
	];
	const hits = sectionHits(text, sections, findMatches(text, parseQuery('tcm')));
	assert.deepEqual(
		hits.map((h) => h.anchor),
		['s1', 'talent']
	);
	assert.deepEqual(hits[0]!.excerpt, [
		{ text: 'Intro TCM. Goals ', mark: false },
		{ text: 'TCM', mark: true },
		{ text: ' beds. ', mark: false },
	]);
	assert.deepEqual(sectionHits(text, [], findMatches(text, parseQuery('tcm'))), []);
});

test('isTokenStart agrees with tokenize at every offset', () => {
	const texts = [
		'ab 中',
		'中医药 TCM-2024–2027年',
		'  Medical\tconsortium  医联体',
		'café naïve e\u0301 x',
		'𠀀𠀁a𠀂 b',
		'İstanbul ＡＢＣ１２３',
		'医联体（医疗联合体）。',
		'',
		'a',
	];
	for (const text of texts) {
		const starts = new Set(tokenize(text).map((t) => t.start));
		for (let at = 0; at <= text.length; at++)
			assert.equal(isTokenStart(text, at), starts.has(at), `${JSON.stringify(text)} at ${at}`);
	}
});
