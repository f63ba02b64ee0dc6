import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subschemas, undescribedProperties } from './jsonSchema.mjs';

test('subschemas reaches properties, items, branches and $defs', () => {
	const schema = {
		type: 'array',
		items: { properties: { a: { anyOf: [{ properties: { b: {} } }, { type: 'null' }] } } },
		prefixItems: [{ type: 'string' }],
		$defs: { 'x/y': { oneOf: [{}] } },
	};
	assert.deepEqual(
		[...subschemas(schema)].map(([pointer]) => pointer),
		[
			'',
			'/items',
			'/items/properties/a',
			'/items/properties/a/anyOf/0',
			'/items/properties/a/anyOf/0/properties/b',
			'/items/properties/a/anyOf/1',
			'/prefixItems/0',
			'/$defs/x~1y',
			'/$defs/x~1y/oneOf/0',
		]
	);
});

test('undescribedProperties names each property without a description of its own, at any depth', () => {
	const cases = [
		[{ properties: { a: { description: 'A' } } }, []],
		[
			{ properties: { a: {}, b: { description: ' ' }, c: { description: 'C' } } },
			['/properties/a', '/properties/b'],
		],
		// A description inside a nullable's branch is not the property's own.
		[
			{ properties: { n: { anyOf: [{ type: 'number', description: 'N' }, { type: 'null' }] } } },
			['/properties/n'],
		],
		[
			{
				type: 'array',
				items: {
					properties: {
						label: { description: 'L', properties: { zh: { description: 'Z' }, en: {} } },
					},
				},
			},
			['/items/properties/label/properties/en'],
		],
		[
			{ $defs: { term: { properties: { id: {} } } }, oneOf: [{ properties: { k: {} } }] },
			['/oneOf/0/properties/k', '/$defs/term/properties/id'],
		],
		[{ type: 'string' }, []],
	];
	for (const [schema, expected] of cases)
		assert.deepEqual(undescribedProperties(schema), expected, JSON.stringify(schema));
});
