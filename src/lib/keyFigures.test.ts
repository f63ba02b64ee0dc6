import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyFigures } from './keyFigures.ts';

type Role = 'baseline' | 'target' | 'result' | 'fact';
const fig = (id: string, role: Role, value: number | null = 1) => ({ id, role, value });

test('keyFigures: one per document, a result before a target, unreadable and other roles skipped, up to the limit', () => {
	const docs = [
		{ doc: 'plan', figures: [fig('base', 'baseline'), fig('t1', 'target'), fig('t2', 'target')] },
		{
			doc: 'report',
			figures: [fig('t', 'target'), fig('r-null', 'result', null), fig('r', 'result')],
		},
		{ doc: 'facts-only', figures: [fig('f', 'fact'), fig('b', 'baseline')] },
		{ doc: 'none', figures: [] },
		{ doc: 'late', figures: [fig('late', 'result')] },
	];
	const ids = (limit: number) => keyFigures(docs, limit).map((x) => `${x.doc}:${x.figure.id}`);
	assert.deepEqual(ids(10), ['plan:t1', 'report:r', 'late:late']);
	assert.deepEqual(ids(2), ['plan:t1', 'report:r']);
	assert.deepEqual(ids(0), []);
});
