// Citation export (docs/open-data.md): each document's RIS, BibTeX and CSL-JSON files in each language
// parse with citation-js and say what the page's citation says: title, authors, date and URL. The
// document page links to all three.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { citedTo, documentIds, LANGS } from '../lib/content.mjs';
import { attr, DIST, elements, htmlFiles, parsePage, textOf } from '../lib/site.mjs';

const pageOf = (id, lang) => htmlFiles().find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));

/** The citation the page gives: its h1, and the authors and date the content's rules give (citedTo). */
function pageCitation(id, lang) {
  const h1 = elements(parsePage(pageOf(id, lang))).find((e) => e.tagName === 'h1');
  return { title: textOf(h1).trim(), ...citedTo(id, lang) };
}

for (const id of documentIds()) {
  describe(`citation files of ${id}`, () => {
    for (const lang of LANGS) {
      test(`${lang}: RIS, BibTeX and CSL-JSON parse and match the page's citation`, () => {
        const expected = pageCitation(id, lang);
        const page = elements(parsePage(pageOf(id, lang)));
        // The copy-citation button's facts (on pages with sections) say the same.
        const carrier = page.find((e) => attr(e, 'data-citation'));
        if (carrier) assert.deepEqual(JSON.parse(attr(carrier, 'data-citation')), { lang, ...expected }, `${id} ${lang}: data-citation`);
        for (const ext of ['ris', 'bib', 'csl.json']) {
          const file = `data/${lang}/${id}.${ext}`;
          assert.ok(existsSync(path.join(DIST, file)), `no ${file}`);
          assert.ok(page.some((e) => attr(e, 'href') === `/${file}`), `the ${lang} page does not link to /${file}`);
          const items = new Cite(readFileSync(path.join(DIST, file), 'utf8')).data;
          assert.equal(items.length, 1, `${file}: one record`);
          const [item] = items;
          assert.equal(item.title, expected.title, `${file}: title`);
          assert.deepEqual(item.author?.map((a) => a.literal ?? a.family), expected.authors, `${file}: authors`);
          assert.deepEqual(item.issued?.['date-parts']?.[0], expected.date.split('-').map(Number), `${file}: date`);
          // dist/ is built without SITE_URL: no absolute URL anywhere, so none in the citation either.
          assert.equal(item.URL, undefined, `${file}: URL without SITE_URL`);
        }
      });
    }
  });
}
