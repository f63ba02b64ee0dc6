// Citation export (docs/open-data.md): each document's RIS, BibTeX and CSL-JSON files in each language
// parse with citation-js and say what the page's citation says: title, issuer, date and URL. The
// document page links to all three.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseYaml } from 'yaml';
import { CONTENT, documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, DIST, elements, htmlFiles, parsePage, textOf } from '../lib/site.mjs';

const pageOf = (id, lang) => htmlFiles().find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));
const orgName = (id, lang) => parseYaml(readFileSync(path.join(CONTENT, 'organisations', `${id}.yaml`), 'utf8')).name[lang];

/**
 * The citation the page gives: the facts that "copy citation" uses (`data-citation`, when the page has
 * it), else the same rules read from the page and the content: the h1, the first issuer (else the
 * source's publisher), the primary date (signed, issued, held, published).
 */
function pageCitation(id, lang) {
  const page = parsePage(pageOf(id, lang));
  const carrier = elements(page).find((e) => attr(e, 'data-citation'));
  if (carrier) return JSON.parse(attr(carrier, 'data-citation'));
  const { meta } = readDocument(id);
  const h1 = elements(page).find((e) => e.tagName === 'h1');
  const { signed, issued, held, published } = meta.dates;
  return { title: textOf(h1).trim(), issuer: orgName(meta.issuers?.[0] ?? meta.source.publisher, lang), date: String(signed ?? issued ?? held ?? published) };
}

for (const id of documentIds()) {
  describe(`citation files of ${id}`, () => {
    for (const lang of LANGS) {
      test(`${lang}: RIS, BibTeX and CSL-JSON parse and match the page's citation`, () => {
        const expected = pageCitation(id, lang);
        const page = elements(parsePage(pageOf(id, lang)));
        for (const ext of ['ris', 'bib', 'csl.json']) {
          const file = `data/${lang}/${id}.${ext}`;
          assert.ok(existsSync(path.join(DIST, file)), `no ${file}`);
          assert.ok(page.some((e) => attr(e, 'href') === `/${file}`), `the ${lang} page does not link to /${file}`);
          const items = new Cite(readFileSync(path.join(DIST, file), 'utf8')).data;
          assert.equal(items.length, 1, `${file}: one record`);
          const [item] = items;
          assert.equal(item.title, expected.title, `${file}: title`);
          assert.equal(item.author?.[0]?.literal ?? item.author?.[0]?.family, expected.issuer, `${file}: issuer`);
          assert.deepEqual(item.issued?.['date-parts']?.[0], expected.date.split('-').map(Number), `${file}: date`);
          // dist/ is built without SITE_URL: no absolute URL anywhere, so none in the citation either.
          assert.equal(item.URL, undefined, `${file}: URL without SITE_URL`);
        }
      });
    }
  });
}
