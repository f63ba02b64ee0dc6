import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCitation } from './citation.ts';

test('formatCitation: DESIGN §3 form in each language, with or without a part', () => {
  const base = { title: 'T', publisher: 'P', date: '2024-05-08', url: 'https://x.org/zh/plans/t/#s3-1' };
  const cases: [string, Parameters<typeof formatCitation>[0], 'zh' | 'en', string][] = [
    ['zh with part', { ...base, part: '第三部分（一）' }, 'zh', '《T》第三部分（一），P，2024年5月8日。https://x.org/zh/plans/t/#s3-1'],
    ['zh whole document', base, 'zh', '《T》，P，2024年5月8日。https://x.org/zh/plans/t/#s3-1'],
    ['en with part', { ...base, part: 'Part 3(1)' }, 'en', 'T, Part 3(1), P, 8 May 2024. https://x.org/zh/plans/t/#s3-1'],
    ['en whole document', base, 'en', 'T, P, 8 May 2024. https://x.org/zh/plans/t/#s3-1'],
  ];
  for (const [name, parts, lang, expected] of cases) assert.equal(formatCitation(parts, lang), expected, name);
});
