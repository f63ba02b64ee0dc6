import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvObjects, parseCsv } from './csv.mjs';

test('parseCsv reads RFC 4180 records, quotes and all', () => {
	assert.deepEqual(parseCsv('\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n,\r\n'), [
		['a', 'b'],
		['x, "y"', 'line\nbreak'],
		['', ''],
	]);
});

test('parseCsv refuses what RFC 4180 does not allow', () => {
	for (const bad of ['a,b\n', 'a"b\r\n', '"open\r\n', 'a,b'])
		assert.throws(() => parseCsv(bad), /CSV:/, JSON.stringify(bad));
});

test('csvObjects keys records by the header and refuses ragged rows', () => {
	assert.deepEqual(csvObjects('id,v\r\nx,1\r\n'), [{ id: 'x', v: '1' }]);
	assert.throws(() => csvObjects('id,v\r\nx\r\n'), /record 2 has 1 fields/);
});
