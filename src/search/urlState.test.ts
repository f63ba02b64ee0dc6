import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readState, writeState } from './urlState.ts';

test('readState reads query, repeated filters, sort and index; ignores unknown values', () => {
	assert.deepEqual(readState('?q=中医&kind=plan&kind=faq&kind=plan&sort=newest&index=zh', 'en'), {
		q: '中医',
		filters: { kind: ['plan', 'faq'] },
		sort: 'newest',
		index: 'zh',
	});
	assert.deepEqual(readState('?sort=sideways&index=fr&colour=red', 'zh'), {
		q: '',
		filters: {},
		sort: 'relevance',
		index: 'zh',
	});
});

test('writeState leaves out defaults and round-trips', () => {
	const state = {
		q: 'medical consortium',
		filters: { region: ['beijing', 'hebei'], year: ['2024'] },
		sort: 'oldest' as const,
		index: 'zh' as const,
	};
	const search = writeState(state, 'en');
	assert.equal(
		search,
		'?q=medical+consortium&region=beijing&region=hebei&year=2024&sort=oldest&index=zh'
	);
	assert.deepEqual(readState(search, 'en'), state);
	assert.equal(writeState({ q: '', filters: {}, sort: 'relevance', index: 'en' }, 'en'), '');
});
