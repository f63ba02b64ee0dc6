import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFigure, groupIndicators } from './figures.ts';

const beds = { zh: '张', en: 'beds' };

test('formatFigure prints qualifier, number and unit per language', () => {
	assert.equal(
		formatFigure({ value: 0.85, unit: beds, qualifier: 'at-least' }, 'zh'),
		'不低于0.85张'
	);
	assert.equal(
		formatFigure({ value: 0.85, unit: beds, qualifier: 'at-least' }, 'en'),
		'at least 0.85 beds'
	);
	assert.equal(formatFigure({ value: 1000, unit: beds, qualifier: 'exact' }, 'en'), '1,000 beds');
	assert.equal(
		formatFigure({ value: 95, unit: { zh: '%', en: '%' }, qualifier: 'over' }, 'en'),
		'over 95%'
	);
	assert.equal(formatFigure({ value: 20, qualifier: 'over' }, 'zh'), '超过20');
	assert.equal(
		formatFigure({ value: 37000, unit: { zh: '人次', en: 'visits' }, qualifier: 'exact' }, 'zh'),
		'3.7万人次'
	);
	assert.equal(
		formatFigure(
			{ value: 56.8, unit: { zh: '%', en: '%' }, qualifier: 'exact', decimals: 2 },
			'en'
		),
		'56.80%'
	);
	assert.equal(formatFigure({ value: null, qualifier: 'exact' }, 'zh'), null);
	// A count is bounded with 不少于/不多于; a rate, ratio or unitless level with 不低于/不高于.
	assert.equal(
		formatFigure(
			{ value: 40, unit: { zh: '名', en: 'professionals' }, qualifier: 'at-least' },
			'zh'
		),
		'不少于40名'
	);
	assert.equal(
		formatFigure({ value: 3, unit: { zh: '个', en: 'alliances' }, qualifier: 'at-most' }, 'zh'),
		'不多于3个'
	);
	assert.equal(
		formatFigure({ value: 35, unit: { zh: '%', en: '%' }, qualifier: 'at-least' }, 'zh'),
		'不低于35%'
	);
	assert.equal(formatFigure({ value: 4, qualifier: 'at-least' }, 'zh'), '不低于4');
	assert.equal(
		formatFigure(
			{ value: 40, unit: { zh: '名', en: 'professionals' }, qualifier: 'at-least' },
			'en'
		),
		'at least 40 professionals'
	);
});

test('groupIndicators pairs baseline and target and keeps order', () => {
	const rows = groupIndicators([
		{ id: 'a-2023', indicator: 'a', role: 'baseline' },
		{ id: 'x', role: 'fact' },
		{ id: 'a-2027', indicator: 'a', role: 'target' },
	]);
	assert.equal(rows.length, 2);
	assert.equal(rows[0]!.baseline?.id, 'a-2023');
	assert.equal(rows[0]!.target?.id, 'a-2027');
	assert.deepEqual(
		rows[1]!.others.map((f) => f.id),
		['x']
	);
});
