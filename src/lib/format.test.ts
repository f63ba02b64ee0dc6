import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatList, formatNumber, formatPeriod, formatSize } from './format.ts';

test('formatDate writes full and partial dates per language', () => {
	const cases: [string, string, string][] = [
		['2024-05-08', '2024年5月8日', '8 May 2024'],
		['2023-11-07', '2023年11月7日', '7 November 2023'],
		['2018-10', '2018年10月', 'October 2018'],
		['2027', '2027年', '2027'],
	];
	for (const [iso, zh, en] of cases) {
		assert.equal(formatDate(iso, 'zh'), zh);
		assert.equal(formatDate(iso, 'en'), en);
	}
});

test('formatNumber groups thousands in English and counts in 万/亿 in Chinese', () => {
	const cases: [number, number | undefined, string, string][] = [
		[1000, undefined, '1,000', '1000'],
		[37000, undefined, '37,000', '3.7万'],
		[360000, undefined, '360,000', '36万'],
		[250000000, undefined, '250,000,000', '2.5亿'],
		[0.85, undefined, '0.85', '0.85'],
		[56.8, 2, '56.80', '56.80'],
	];
	for (const [value, decimals, en, zh] of cases) {
		assert.equal(formatNumber(value, 'en', decimals), en);
		assert.equal(formatNumber(value, 'zh', decimals), zh);
	}
});

test('formatPeriod uses each language’s range dash', () => {
	assert.equal(formatPeriod({ start: 2024, end: 2027 }, 'zh'), '2024—2027年');
	assert.equal(formatPeriod({ start: 2024, end: 2027 }, 'en'), '2024–2027');
});

test('formatSize writes bytes, KB and MB with one decimal', () => {
	const cases: [number, string, string][] = [
		[0, '0字节', '0 bytes'],
		[512, '512字节', '512 bytes'],
		[1024, '1.0 KB', '1.0 KB'],
		[34198, '33.4 KB', '33.4 KB'],
		[1024 * 1024 * 2.5, '2.5 MB', '2.5 MB'],
	];
	for (const [bytes, zh, en] of cases) {
		assert.equal(formatSize(bytes, 'zh'), zh);
		assert.equal(formatSize(bytes, 'en'), en);
	}
});

test('formatList enumerates with 、 in Chinese and "A, B and C" in English', () => {
	for (const [names, lang, want] of [
		[['甲'], 'zh', '甲'],
		[['甲', '乙', '丙'], 'zh', '甲、乙、丙'],
		[['A'], 'en', 'A'],
		[['A', 'B'], 'en', 'A and B'],
		[['A', 'B', 'C'], 'en', 'A, B and C'],
	] as const)
		assert.equal(formatList(names, lang), want);
});
