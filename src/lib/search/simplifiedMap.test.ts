import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SIMPLIFIED_DOMINANCE, simplifiedMap } from './simplifiedMap.ts';

test('simplifiedMap: Traditional characters whose Simplified form the text uses, unless the text means them', () => {
  const rare = '医'.repeat(SIMPLIFIED_DOMINANCE);
  const cases: [string, string, Record<string, string | undefined>][] = [
    ['absent Traditional, present Simplified', '医联体 专科', { 醫: '医', 聯: '联', 體: '体', 專: '专', 盟: undefined }],
    ['Simplified form absent', '中文', { 醫: undefined, 聯: undefined }],
    ['a Simplified character is never a key', '医联体', { 医: undefined, 联: undefined }],
    ['one quoted 醫 among many 医: still converted', `${rare}醫`, { 醫: '医' }],
    ['醫 about as often as 医: kept as typed', `${'医'.repeat(SIMPLIFIED_DOMINANCE - 1)}醫`, { 醫: undefined }],
    ['乾 used in its own right beside 干', '乾隆 干部 干事 干预 乾坤', { 乾: undefined }],
  ];
  for (const [name, text, want] of cases) {
    const map = simplifiedMap(text);
    for (const [ch, s] of Object.entries(want)) assert.equal(map[ch], s, `${name}: ${ch}`);
  }
});
