import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calendarProblem, invalidDateTokens } from './calendar.ts';

test('calendarProblem accepts real dates and names what is wrong with the others', () => {
	const cases: [string, string | undefined][] = [
		['2024-05-08', undefined],
		['2024-02-29', undefined], // leap year
		['2000-02-29', undefined], // divisible by 400
		['2024', undefined],
		['2018-10', undefined],
		['2023-02-29', 'February 2023 has 28 days'],
		['1900-02-29', 'February 1900 has 28 days'], // divisible by 100, not 400
		['2023-02-30', 'February 2023 has 28 days'],
		['2023-04-31', 'April 2023 has 30 days'],
		['2023-01-00', 'January 2023 has 31 days'],
		['2023-13-45', 'there is no month 13'],
		['2023-00', 'there is no month 0'],
		['2023-13', 'there is no month 13'],
		['23/11/2026', undefined], // another shape: the schema's pattern reports it
	];
	for (const [date, want] of cases) assert.equal(calendarProblem(date), want, date);
});

test('invalidDateTokens finds impossible dates in YAML text, with line and key', () => {
	const yaml = [
		'kind: plan',
		'dates: { issued: 2024-05-08, published: 2023-02-30 }',
		'events:',
		'  - { date: "2023-13-45", type: issue }',
		'  - date: 2024-06-31',
		'title: 规划（2024-2027年）', // a range of years is no date
		'note: version 1.2023-02-30', // part of a longer token
		'updated: 2026-11-23',
	].join('\n');
	assert.deepEqual(invalidDateTokens(yaml), [
		{ line: 2, key: 'published', value: '2023-02-30', problem: 'February 2023 has 28 days' },
		{ line: 4, key: 'date', value: '2023-13-45', problem: 'there is no month 13' },
		{ line: 5, key: 'date', value: '2024-06-31', problem: 'June 2024 has 30 days' },
	]);
});
