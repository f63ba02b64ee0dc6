import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryDate, type DocumentDates } from './documentDate.ts';

test('primaryDate takes signed, else issued, held, published', () => {
	const cases: [DocumentDates, string | undefined][] = [
		[{ signed: '2023-11-07', published: '2023-11-08' }, '2023-11-07'],
		[{ issued: '2024-03', published: '2024-04-01' }, '2024-03'],
		[{ held: '2024-05-09', published: '2024-05-10' }, '2024-05-09'],
		[{ published: '2024-05-10' }, '2024-05-10'],
		[{}, undefined],
	];
	for (const [dates, want] of cases) assert.equal(primaryDate(dates), want, JSON.stringify(dates));
});
