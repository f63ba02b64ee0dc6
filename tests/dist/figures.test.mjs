// Every key figure in meta.yaml appears on both language pages of its document (a number is written
// once, in the frontmatter, and rendered from it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { DIST, htmlFiles } from '../lib/site.mjs';

const files = htmlFiles();
for (const id of documentIds()) {
  const { meta } = readDocument(id);
  if (!meta?.figures?.length) continue;
  describe(`figures of ${id}`, () => {
    for (const lang of LANGS) {
      test(`all ${meta.figures.length} appear on the ${lang} page`, () => {
        const file = files.find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));
        assert.ok(file, `no ${lang} page for ${id}`);
        const html = readFileSync(path.join(DIST, file), 'utf8');
        const missing = meta.figures.filter((f) => !html.includes(`data-figure="${f.id}"`) && !html.includes(`data-fig="${f.id}"`));
        assert.deepEqual(missing.map((f) => f.id), [], 'figures not rendered on the page');
      });
    }
  });
}
