import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	barPanels,
	barScale,
	describeBars,
	describeList,
	describeProgress,
	progressRows,
	textWidth,
	wrapText,
} from './charts.ts';

const unit = { zh: '个', en: 'halls' };
const fig = (id: string, value: number | null, extra: Record<string, unknown> = {}) => ({
	id,
	label: { zh: `标签${id}`, en: `Label ${id}` },
	value,
	unit,
	qualifier: 'exact' as const,
	role: 'fact',
	...extra,
});

test('progressRows keeps indicators with a readable baseline and target, in order', () => {
	const rows = progressRows([
		fig('a-2023', 23, { indicator: 'a', role: 'baseline', year: 2023 }),
		fig('b-2027', 5, { indicator: 'b', role: 'target' }),
		fig('a-2027', 24, { indicator: 'a', role: 'target', year: 2027 }),
		fig('c-2023', null, { indicator: 'c', role: 'baseline', note: { zh: '不清', en: 'unclear' } }),
		fig('c-2027', 3, { indicator: 'c', role: 'target' }),
		fig('x', 1),
	]);
	assert.deepEqual(
		rows.map((r) => [r.indicator, r.baseline.id, r.target.id]),
		[['a', 'a-2023', 'a-2027']]
	);
});

test('barPanels groups by chart key, drops unreadable figures and one-bar panels', () => {
	const panels = barPanels([
		fig('p', 33, { chart: 'inst' }),
		fig('q', 5, { chart: 'lonely' }),
		fig('r', 89, { chart: 'inst' }),
		fig('s', null, { chart: 'inst' }),
		fig('t', 2),
	]);
	assert.deepEqual(
		panels.map((p) => [p.key, p.figures.map((f) => f.id)]),
		[['inst', ['p', 'r']]]
	);
});

test('barScale runs from zero to the largest value and survives all-zero data', () => {
	const cases: [number[], number, number, number][] = [
		[[0, 1], 100, 1, 100],
		[[7, 9], 90, 7, 70],
		[[0, 0], 100, 0, 0],
		[[5], 50, -3, 0],
	];
	for (const [values, width, value, want] of cases)
		assert.equal(barScale(values, width)(value), want, `${values.join(',')} → ${value}`);
});

test('wrapText breaks English at spaces and Chinese between characters, within the width', () => {
	const cases: [string, number, 'zh' | 'en', string[]][] = [
		[
			'Centres for promoting appropriate TCM techniques',
			16,
			'en',
			['Centres for promoting', 'appropriate TCM techniques'],
		],
		['TCM halls', 16, 'en', ['TCM halls']],
		['中医药文化进校园示范学校', 5, 'zh', ['中医药文化', '进校园示范', '学校']],
		['天津，医疗机构', 3, 'zh', ['天津，', '医疗机', '构']],
		['Supercalifragilistic word', 4, 'en', ['Supercalifragilistic', 'word']],
	];
	for (const [text, max, lang, want] of cases)
		assert.deepEqual(wrapText(text, max, lang), want, text);
	assert.equal(textWidth('中医'), 2);
});

test('descriptions list every figure as the page prints it', () => {
	const rows = progressRows([
		fig('a-2023', 23, { indicator: 'a', role: 'baseline', year: 2023 }),
		fig('a-2027', 24, { indicator: 'a', role: 'target', year: 2027 }),
	]);
	assert.equal(describeProgress(rows, 'en'), 'Label a-2027: 2023 23 halls → 2027 24 halls.');
	assert.equal(describeProgress(rows, 'zh'), '标签a-2027：2023年23个 → 2027年24个。');
	assert.equal(describeBars([fig('p', 37000), fig('q', 5)], 'zh'), '标签p：3.7万个；标签q：5个。');
	assert.equal(
		describeList(
			[
				{ label: 'Banan District', value: '14 targets' },
				{ label: 'Zhejiang', value: '3 targets' },
			],
			'en'
		),
		'Banan District: 14 targets; Zhejiang: 3 targets.'
	);
});
