import assert from 'node:assert/strict';
import { test } from 'node:test';
import { characterMap, phraseMap, SIMPLIFIED_DOMINANCE, simplifiedMap } from './simplifiedMap.ts';
import { toSimplified } from '../text.ts';

test('simplifiedMap: Traditional characters whose Simplified form the text uses, unless the text means them', () => {
	const rare = '医'.repeat(SIMPLIFIED_DOMINANCE);
	const cases: [string, string, Record<string, string | undefined>][] = [
		[
			'absent Traditional, present Simplified',
			'医联体 专科',
			{ 醫: '医', 聯: '联', 體: '体', 專: '专', 盟: undefined },
		],
		['Simplified form absent', '中文', { 醫: undefined, 聯: undefined }],
		['a Simplified character is never a key', '医联体', { 医: undefined, 联: undefined }],
		['one quoted 醫 among many 医: still converted', `${rare}醫`, { 醫: '医' }],
		[
			'醫 about as often as 医: kept as typed',
			`${'医'.repeat(SIMPLIFIED_DOMINANCE - 1)}醫`,
			{ 醫: undefined },
		],
		['乾 used in its own right beside 干', '乾隆 干部 干事 干预 乾坤', { 乾: undefined }],
	];
	for (const [name, text, want] of cases) {
		const map = simplifiedMap(text);
		for (const [ch, s] of Object.entries(want)) assert.equal(map[ch], s, `${name}: ${ch}`);
	}
});

test('simplifiedMap: phrases whose mainland word the text has and whose character form it lacks', () => {
	// Each text holds the mainland word; the character forms (资讯, 计画, 网路, 专案, 程式) it lacks.
	const cases: [string, string, Record<string, string | undefined>][] = [
		[
			'Taiwan words',
			'医疗信息 工作计划 互联网络 重点项目 办事程序',
			{ 資訊: '信息', 計畫: '计划', 網路: '网络', 專案: '项目', 程式: '程序' },
		],
		[
			'character form present as often: 資料 stays 资料, never 数据',
			'资料 数据',
			{ 資料: undefined },
		],
		[
			'character form about as often as the mainland word: 資訊 stays 资讯',
			`资讯 ${'信息 '.repeat(SIMPLIFIED_DOMINANCE - 1)}`,
			{ 資訊: undefined },
		],
		[
			'one 资讯 among many 信息: 資訊 still becomes 信息',
			`资讯 ${'信息 '.repeat(SIMPLIFIED_DOMINANCE)}`,
			{ 資訊: '信息' },
		],
		[
			'a Simplified-looking key whose form the text has stays, however rare: 程式',
			`程式 ${'程序 '.repeat(SIMPLIFIED_DOMINANCE * 2)}`,
			{ 程式: undefined },
		],
		[
			'a Simplified-looking key whose form the text has: 程式 stays',
			'程式 程序',
			{ 程式: undefined },
		],
		['mainland word absent', '中医药', { 資訊: undefined, 計畫: undefined }],
		['mainland word only across a page boundary', '信\n息', { 資訊: undefined }],
		[
			'a phrase keeps the Traditional character the text has in it, where the character rule converts it',
			`${'干部 '.repeat(SIMPLIFIED_DOMINANCE)}乾坤`,
			{ 乾: '干', 乾坤: '乾坤' },
		],
	];
	for (const [name, text, want] of cases) {
		const map = simplifiedMap(text);
		for (const [key, s] of Object.entries(want)) assert.equal(map[key], s, `${name}: ${key}`);
	}
});

test('simplifiedMap: every entry converts to something the text contains, and characters are unchanged by phrases', () => {
	const text = '医联体 医疗信息 工作计划 互联网络 重点项目 办事程序 资料 乾隆 干部';
	const map = simplifiedMap(text);
	for (const [key, value] of Object.entries(map))
		assert.ok(text.includes(value), `${key} → ${value}`);
	assert.deepEqual(
		Object.fromEntries(Object.entries(map).filter(([k]) => [...k].length === 1)),
		characterMap(text)
	);
	assert.ok(Object.keys(phraseMap(text, characterMap(text))).length >= 5);
});

test('simplifiedMap: a Simplified query that the text contains is never changed', () => {
	const text =
		'医联体 医疗信息 工作计划 互联网络 重点项目 办事程序 程式化 资料 数据 乾隆 干部 文档 文件';
	const map = simplifiedMap(text);
	assert.ok(
		Object.keys(map).some((k) => [...k].length > 1),
		'the map has phrases'
	);
	for (const run of text.split(' ')) {
		for (let i = 0; i < run.length; i++)
			for (let j = i + 1; j <= run.length; j++)
				assert.equal(toSimplified(run.slice(i, j), map), run.slice(i, j));
	}
});
