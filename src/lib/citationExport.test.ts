import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { bibtexEntry, citationFiles, cslItem, risRecord, type ExportCitation } from './citationExport.ts';

const zh: ExportCitation = {
  key: 'banan-tcm-plan-2024-2027-zh',
  lang: 'zh',
  title: '巴南区中医药振兴发展重大工程实施方案（2024—2027年）',
  authors: ['重庆市巴南区人民政府办公室'],
  date: '2024-05-08',
  genre: '方案',
};
const en: ExportCitation = {
  key: 'zhejiang-tcm-specialty-alliances-2024-en',
  lang: 'en',
  title: 'Notice on building provincial TCM advantage-specialty alliances',
  authors: ['Zhejiang Provincial Administration of TCM'],
  date: '2024-03',
  url: 'https://kb.example.org/en/notices/zhejiang-tcm-specialty-alliances-2024/',
  docNumber: '浙中医药〔2024〕10号',
  genre: 'Notice',
};

test('cslItem maps a citation to CSL-JSON: authors as institutional names, date parts, optional number and URL', () => {
  assert.deepEqual(cslItem(zh), {
    id: zh.key,
    'citation-key': zh.key,
    type: 'document',
    title: zh.title,
    author: [{ literal: zh.authors[0] }],
    issued: { 'date-parts': [[2024, 5, 8]] },
    language: 'zh-CN',
    genre: '方案',
  });
  const item = cslItem(en);
  assert.deepEqual(item.issued, { 'date-parts': [[2024, 3]] });
  assert.equal(item.number, '浙中医药〔2024〕10号');
  assert.equal(item.URL, en.url);
  assert.equal(item.language, 'en');
});

test('citationFiles: RIS, BibTeX and CSL-JSON each read back (citation-js) to the same title, authors, date and URL', () => {
  for (const c of [zh, en, { ...en, key: 'parties', authors: ['A Bureau', 'B Commission', 'C Bureau'] }]) {
    const files = citationFiles(c);
    assert.ok(files.bibtex.startsWith(`@misc{${c.key},`), files.bibtex);
    for (const [format, text] of Object.entries(files)) {
      const [item] = new Cite(text).data as Record<string, any>[];
      assert.equal(item!.title, c.title, `${c.key} ${format}: title`);
      assert.deepEqual(item!.author.map((a: { literal?: string; family?: string }) => a.literal ?? a.family), c.authors, `${c.key} ${format}: authors`);
      assert.deepEqual(item!.issued['date-parts'][0], c.date.split('-').map(Number), `${c.key} ${format}: date`);
      assert.equal(item!.URL, c.url, `${c.key} ${format}: URL`);
    }
  }
});

test('risRecord writes one line per field with CRLF, however long the value, and a partial date with empty parts', () => {
  assert.equal(
    risRecord(cslItem({ ...en, title: `${'A long title '.repeat(8)}\nwith a break` })),
    [
      'TY  - GEN',
      'ID  - zhejiang-tcm-specialty-alliances-2024-en',
      `TI  - ${'A long title '.repeat(8)}with a break`,
      'AU  - Zhejiang Provincial Administration of TCM',
      'PY  - 2024',
      'DA  - 2024/03//',
      'LA  - en',
      'M3  - Notice',
      'M1  - 浙中医药〔2024〕10号',
      'UR  - https://kb.example.org/en/notices/zhejiang-tcm-specialty-alliances-2024/',
      'ER  - ',
      '',
    ].join('\r\n'),
  );
  assert.match(risRecord(cslItem(zh)), /^TY {2}- GEN\r\nID {2}- banan-tcm-plan-2024-2027-zh\r\n.*DA {2}- 2024\/05\/08\/\r\n/s);
});

test('bibtexEntry puts the document number in note (@misc has no number), and writes no note without one', () => {
  assert.match(bibtexEntry(cslItem(en)), /^\tnote = \{浙中医药〔2024〕10号\},$/m);
  assert.doesNotMatch(bibtexEntry(cslItem({ ...en, docNumber: undefined })), /note =/);
});
