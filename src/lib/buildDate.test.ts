import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDate, buildYear } from './buildDate.ts';

test('buildYear: SOURCE_DATE_EPOCH when set, else the injected clock, in UTC', () => {
	const now = new Date('2026-12-02T04:00:00Z');
	const cases: [string, string | undefined, Date, number][] = [
		['unset: the clock', undefined, now, 2026],
		['empty: the clock', '', now, 2026],
		['an epoch fixes it', '1798761600', now, 2027],
		['the last second of a year, UTC', '1798761599', now, 2026],
		['New Year in UTC whatever the machine', undefined, new Date('2026-12-31T23:59:59Z'), 2026],
	];
	for (const [name, epoch, clock, year] of cases) assert.equal(buildYear(epoch, clock), year, name);
	assert.equal(buildDate('1798761600').toISOString(), '2027-01-01T00:00:00.000Z');
});

test('buildDate: a malformed SOURCE_DATE_EPOCH fails, naming the variable', () => {
	assert.throws(
		() => buildDate('2027-01-01'),
		/SOURCE_DATE_EPOCH must be whole seconds since 1970.*"2027-01-01"/
	);
});
