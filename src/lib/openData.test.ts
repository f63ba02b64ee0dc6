import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCells, csvColumns, documentDataPaths, withIds } from './openData.ts';

test('documentDataPaths puts a document’s data and citations under data/{lang}/', () => {
	assert.deepEqual(documentDataPaths('zh', 'banan-tcm-plan-2024-2027'), {
		data: 'data/zh/banan-tcm-plan-2024-2027.json',
		ris: 'data/zh/banan-tcm-plan-2024-2027.ris',
		bibtex: 'data/zh/banan-tcm-plan-2024-2027.bib',
		csl: 'data/zh/banan-tcm-plan-2024-2027.csl.json',
	});
	assert.deepEqual(documentDataPaths('en', 'x'), {
		data: 'data/en/x.json',
		ris: 'data/en/x.ris',
		bibtex: 'data/en/x.bib',
		csl: 'data/en/x.csl.json',
	});
});

test('withIds writes references back as ids and leaves everything else', () => {
	const cases: [unknown, unknown][] = [
		[{ collection: 'regions', id: 'beijing' }, 'beijing'],
		[
			[
				{ collection: 'topics', id: 'talent' },
				{ collection: 'topics', id: 'tcm' },
			],
			['talent', 'tcm'],
		],
		[
			{
				signatories: [
					{ name: { zh: '甲', en: 'A' }, body: { collection: 'organisations', id: 'b' } },
				],
			},
			{ signatories: [{ name: { zh: '甲', en: 'A' }, body: 'b' }] },
		],
		[
			{ basedOn: [{ document: { collection: 'documents', id: 'd' }, anchor: 's1' }] },
			{ basedOn: [{ document: 'd', anchor: 's1' }] },
		],
		// Not a reference: another key beside collection and id, or an id that is not a string.
		[
			{ collection: 'c', id: 'i', extra: 1 },
			{ collection: 'c', id: 'i', extra: 1 },
		],
		[
			{ collection: 'c', id: 3 },
			{ collection: 'c', id: 3 },
		],
		[
			{ value: null, year: 2027, ok: true },
			{ value: null, year: 2027, ok: true },
		],
		['text', 'text'],
	];
	for (const [input, expected] of cases) assert.deepEqual(withIds(input), expected);
});

test('csvColumns follows the schema: nested objects become dotted columns', () => {
	const schema = {
		type: 'array',
		items: {
			type: 'object',
			properties: {
				document: { type: 'string' },
				label: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
				value: { type: 'number' },
				aliases: { type: 'object', properties: { zh: { type: 'array' }, en: { type: 'array' } } },
				tags: { type: 'array' },
			},
		},
	};
	assert.deepEqual(csvColumns(schema), [
		'document',
		'label.zh',
		'label.en',
		'value',
		'aliases.zh',
		'aliases.en',
		'tags',
	]);
	assert.deepEqual(csvColumns(schema, ['tags', 'missing']), [
		'tags',
		'document',
		'label.zh',
		'label.en',
		'value',
		'aliases.zh',
		'aliases.en',
	]);
	assert.deepEqual(csvColumns({}), []);
});

test('csvCells reads dotted paths, joins lists and leaves missing cells empty', () => {
	const record = {
		document: 'd',
		label: { zh: '床位', en: 'beds' },
		value: 0,
		aliases: { zh: ['甲', '乙'], en: [] },
		note: null,
	};
	assert.deepEqual(
		csvCells(record, [
			'document',
			'label.zh',
			'label.en',
			'value',
			'aliases.zh',
			'aliases.en',
			'unit.zh',
			'note',
		]),
		['d', '床位', 'beds', 0, '甲; 乙', '', undefined, null]
	);
});
