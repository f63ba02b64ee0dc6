import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineByYear } from './timeline.ts';

test('timelineByYear: date order, grouped by year, less precise dates first, ties in given order', () => {
	const cases: [string, string[], [string, string[]][]][] = [
		['empty', [], []],
		['one year', ['2024-05-08'], [['2024', ['2024-05-08']]]],
		[
			'years ascending, a year-only or month-only date before the days it contains',
			['2025', '2024-05-10', '2023-09-26', '2024-04', '2024-05-09', '2024', '2023-01'],
			[
				['2023', ['2023-01', '2023-09-26']],
				['2024', ['2024', '2024-04', '2024-05-09', '2024-05-10']],
				['2025', ['2025']],
			],
		],
	];
	for (const [name, dates, expected] of cases) {
		const got = timelineByYear(dates.map((date) => ({ date }))).map((y) => [
			y.year,
			y.events.map((e) => e.date),
		]);
		assert.deepEqual(got, expected, name);
	}
	const tie = timelineByYear([
		{ date: '2027', label: 'first' },
		{ date: '2027', label: 'second' },
		{ date: '2026', label: 'earlier' },
	]);
	assert.deepEqual(
		tie[1]!.events.map((e) => e.label),
		['first', 'second']
	);
});
