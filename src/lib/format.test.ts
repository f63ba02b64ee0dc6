import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatNumber, formatPeriod } from './format.ts';

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

test('formatNumber groups thousands in English and keeps official Chinese style', () => {
  assert.equal(formatNumber(1000, 'en'), '1,000');
  assert.equal(formatNumber(1000, 'zh'), '1000');
  assert.equal(formatNumber(37000, 'zh'), '37,000');
  assert.equal(formatNumber(0.85, 'en'), '0.85');
});

test('formatPeriod uses each language’s range dash', () => {
  assert.equal(formatPeriod({ start: 2024, end: 2027 }, 'zh'), '2024—2027年');
  assert.equal(formatPeriod({ start: 2024, end: 2027 }, 'en'), '2024–2027');
});
