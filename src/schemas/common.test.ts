import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDateSchema, partialDateSchema } from './common.ts';
import { figureSchema } from './document.ts';
import { idRefs } from './openData.ts';

/** The messages of a failed parse, or [] when it passes. */
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
	result.success ? [] : result.error!.issues.map((i) => i.message);

test('isoDateSchema keeps real dates and rejects dates that are not on the calendar, naming the value', () => {
	const cases: [unknown, RegExp | undefined][] = [
		['2024-05-08', undefined],
		[new Date(Date.UTC(2024, 4, 8)), undefined], // an unquoted YAML date
		['2024-02-29', undefined],
		['2023-02-30', /"2023-02-30" is not a date on the calendar \(February 2023 has 28 days\)/],
		['2023-13-45', /"2023-13-45" is not a date on the calendar \(there is no month 13\)/],
		['23/11/2026', /YYYY-MM-DD/],
	];
	for (const [value, want] of cases) {
		const got = messages(isoDateSchema().safeParse(value));
		if (want) assert.match(got.join('; '), want, String(value));
		else assert.deepEqual(got, [], String(value));
	}
});

test('partialDateSchema takes a year or a month, and checks the month and day', () => {
	const cases: [unknown, RegExp | undefined][] = [
		[2027, undefined],
		['2018-10', undefined],
		['2018-10-20', undefined],
		['2018-13', /there is no month 13/],
		['2018-11-31', /November 2018 has 30 days/],
	];
	for (const [value, want] of cases) {
		const got = messages(partialDateSchema().safeParse(value));
		if (want) assert.match(got.join('; '), want, String(value));
		else assert.deepEqual(got, [], String(value));
	}
});

test('a figure is never negative; zero and null (unreadable, with a note) are fine', () => {
	const figure = (value: number | null) => ({
		id: 'beds',
		label: { zh: '床位', en: 'Beds' },
		value,
		...(value === null ? { note: { zh: '不清', en: 'Unreadable' } } : {}),
	});
	assert.deepEqual(messages(figureSchema(idRefs).safeParse(figure(0))), []);
	assert.deepEqual(messages(figureSchema(idRefs).safeParse(figure(12.5))), []);
	assert.deepEqual(messages(figureSchema(idRefs).safeParse(figure(null))), []);
	assert.match(messages(figureSchema(idRefs).safeParse(figure(-3))).join('; '), /never negative/);
});
