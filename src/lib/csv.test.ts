import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, toCsv } from './csv.ts';

test('csvField quotes only what RFC 4180 requires', () => {
	const cases: [Parameters<typeof csvField>[0], string][] = [
		['plain', 'plain'],
		['中医馆', '中医馆'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['"', '""""'],
		['line\nbreak', '"line\nbreak"'],
		['cr\rlf', '"cr\rlf"'],
		['浙中医药〔2024〕10号', '浙中医药〔2024〕10号'],
		[' padded ', ' padded '],
		['', ''],
		[0.85, '0.85'],
		[0, '0'],
		[null, ''],
		[undefined, ''],
	];
	for (const [value, expected] of cases)
		assert.equal(csvField(value), expected, JSON.stringify(value));
});

test('toCsv writes a BOM, a header and CRLF-terminated records', () => {
	const csv = toCsv(
		['id', 'label', 'value'],
		[
			['beds', '床位, 张', 0.85],
			['note', 'He said "no"\nthen left', null],
		]
	);
	assert.equal(
		csv,
		'\uFEFFid,label,value\r\nbeds,"床位, 张",0.85\r\nnote,"He said ""no""\nthen left",\r\n'
	);
});

test('toCsv with no rows is the header alone', () => {
	assert.equal(toCsv(['a', 'b'], []), '\uFEFFa,b\r\n');
});

test('toCsv refuses a row whose length differs from the header', () => {
	assert.throws(() => toCsv(['a', 'b'], [['1']]), /row 1 has 1 cells, the header 2/);
});
