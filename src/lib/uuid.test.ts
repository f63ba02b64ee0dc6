import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_UUID_NAMESPACE, uuidV5 } from './uuid.ts';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

test('uuidV5 matches published RFC 9562 / Python uuid.uuid5 values', () => {
	const cases: [string, string, string][] = [
		['www.example.com', DNS, '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
		['python.org', DNS, '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
		['http://python.org/', URL_NS, '4c565f0d-3f5a-5890-b41b-20cf47701c5e'],
	];
	for (const [name, ns, expected] of cases) assert.equal(uuidV5(name, ns), expected, name);
});

test('uuidV5 is stable, version 5 and distinct per name in the site namespace', () => {
	const a = uuidV5('zh/banan-tcm-plan-2024-2027');
	assert.equal(a, uuidV5('zh/banan-tcm-plan-2024-2027'));
	assert.notEqual(a, uuidV5('en/banan-tcm-plan-2024-2027'));
	assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	assert.equal(uuidV5('中文', SITE_UUID_NAMESPACE), uuidV5('中文'));
});

test('uuidV5 rejects a namespace that is not a UUID', () => {
	assert.throws(() => uuidV5('x', 'not-a-uuid'), /not a UUID/);
});
