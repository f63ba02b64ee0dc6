// "Who works with whom" (on the regions index, /{lang}/regions/): the matrix and its text equivalent agree with the
// content. Worked out here from the YAML alone: every document (FAQ entries aside) connects the
// top-level regions of the regions it names; each matrix cell counts a pair's documents and each
// pair's list links exactly those documents.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { CONTENT, documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, elements, parsePage, textOf } from '../lib/site.mjs';

const regionsDir = path.join(CONTENT, 'regions');
const regions = new Map(readdirSync(regionsDir).map((f) => [f.replace(/\.yaml$/, ''), parseYaml(readFileSync(path.join(regionsDir, f), 'utf8'))]));
const top = (id) => (regions.get(id)?.parent ? top(regions.get(id).parent) : id);
const docs = documentIds().map(readDocument).filter((d) => d.meta && d.meta.kind !== 'faq');
const expected = new Map();
for (const d of docs) {
  const tops = [...new Set(d.meta.regions.map(top))].sort();
  tops.forEach((a, i) => tops.slice(i + 1).forEach((b) => expected.set(`${a}|${b}`, [...(expected.get(`${a}|${b}`) ?? []), d.id])));
}

test('the content has pairs of regions to show', () => assert.ok(expected.size > 0));

for (const lang of LANGS) {
  test(`${lang}: every matrix cell and every pair's list match the documents`, () => {
    const page = parsePage(`${lang}/regions/index.html`);
    const all = elements(page);
    const idOfName = new Map([...regions].map(([id, r]) => [r.name[lang], id]));
    const table = all.find((el) => el.tagName === 'table' && attr(el, 'class')?.includes('matrix'));
    const rows = elements(table).filter((el) => el.tagName === 'tr');
    const cols = elements(rows[0]).filter((el) => el.tagName === 'th').map((th) => idOfName.get(textOf(th).trim()));
    assert.ok(cols.every(Boolean) && cols.length > 1, 'column headers are region names');
    for (const tr of rows.slice(1)) {
      const rowId = idOfName.get(textOf(tr.childNodes.find((c) => c.tagName === 'th')).trim());
      const cells = tr.childNodes.filter((c) => c.tagName === 'td');
      cells.forEach((td, i) => {
        if (cols[i] === rowId) return;
        const key = [rowId, cols[i]].sort().join('|');
        assert.equal(Number(textOf(td).trim()), expected.get(key)?.length ?? 0, `cell ${key}`);
      });
    }
    for (const [key, ids] of expected) {
      const item = all.find((el) => attr(el, 'id') === `pair-${key.replace('|', '-')}`);
      assert.ok(item, `no list for ${key}`);
      const linked = elements(item).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href').split('/').at(-2)).sort();
      assert.deepEqual(linked, [...ids].sort(), `documents listed for ${key}`);
    }
  });
}
