import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseNumeral, headingNumber, numberPath, partLabel } from './sections.ts';

test('numberPath reads numbered anchors and rejects semantic ones', () => {
	assert.deepEqual(numberPath('s3'), [3]);
	assert.deepEqual(numberPath('s3-1-12'), [3, 1, 12]);
	assert.equal(numberPath('talent'), null);
	assert.equal(numberPath('s3a'), null);
});

test('chineseNumeral writes 1–99 the official way', () => {
	const cases: [number, string][] = [
		[1, '一'],
		[9, '九'],
		[10, '十'],
		[11, '十一'],
		[20, '二十'],
		[35, '三十五'],
	];
	for (const [n, zh] of cases) assert.equal(chineseNumeral(n), zh);
	assert.throws(() => chineseNumeral(0), RangeError);
	assert.throws(() => chineseNumeral(100), RangeError);
});

test('headingNumber mirrors the official numbering per level and language', () => {
	const cases: [string, string, string][] = [
		['s3', '三、', '3.'],
		['s3-1', '（一）', '(1)'],
		['s3-1-2', '2.', '(b)'],
		['s3-1-2-4', '（4）', '(iv)'],
	];
	for (const [anchor, zh, en] of cases) {
		assert.equal(headingNumber(anchor, 'zh'), zh);
		assert.equal(headingNumber(anchor, 'en'), en);
	}
	assert.equal(headingNumber('talent', 'zh'), null);
});

test('partLabel names the part as a citation does', () => {
	assert.equal(partLabel('s3', 'zh', 'x'), '第三部分');
	assert.equal(partLabel('s3-1', 'zh', 'x'), '第三部分（一）');
	assert.equal(partLabel('s3-1', 'en', 'x'), 'Part 3(1)');
	assert.equal(partLabel('s2-10-3', 'en', 'x'), 'Part 2(10)(3)');
	assert.equal(partLabel('talent', 'zh', '人才培养'), '“人才培养”部分');
	assert.equal(partLabel('talent', 'en', 'Talent'), 'section “Talent”');
});
