// Citation export (docs/open-data.md): each document's RIS, BibTeX and CSL-JSON files in each language
// parse with citation-js and say what the page's citation says: title, authors, date and URL, filed as
// a report (an official text, with its number) or a web page (an FAQ entry). The document page links
// to all three. The BibTeX files are also read by Better BibTeX's parser and, where Debian's bibutils
// is installed (npm test installs it), by bib2xml and biblatex2xml.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { BIBUTILS_PATH } from '../../scripts/ensure-debian.mjs';
import { citedTo, documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, DIST, elements, htmlFiles, parsePage, textOf } from '../lib/site.mjs';

const pageOf = (id, lang) => htmlFiles().find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));

/** The citation the page gives: its h1, and the authors and date the content's rules give (citedTo). */
function pageCitation(id, lang) {
  const h1 = elements(parsePage(pageOf(id, lang))).find((e) => e.tagName === 'h1');
  return { title: textOf(h1).trim(), ...citedTo(id, lang), ...filing(id) };
}

for (const id of documentIds()) {
  describe(`citation files of ${id}`, () => {
    for (const lang of LANGS) {
      test(`${lang}: RIS, BibTeX and CSL-JSON parse and match the page's citation`, () => {
        const expected = pageCitation(id, lang);
        const page = elements(parsePage(pageOf(id, lang)));
        // The copy-citation button's facts (on pages with sections) say the same.
        const carrier = page.find((e) => attr(e, 'data-citation'));
        if (carrier) assert.deepEqual(JSON.parse(attr(carrier, 'data-citation')), { lang, title: expected.title, authors: expected.authors, date: expected.date }, `${id} ${lang}: data-citation`);
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
          // BibTeX's @misc carries no type of work or number of its own (docs/open-data.md).
          if (ext !== 'bib') {
            assert.equal(item.type, expected.type, `${file}: type`);
            assert.equal(item.number, expected.number, `${file}: number`);
          }
        }
      });
    }
  });
}

/** What the files say beyond the page's citation: an official text is a report with its number, an FAQ entry a web page. */
function filing(id) {
  const { meta } = readDocument(id);
  return { type: meta.kind === 'faq' ? 'webpage' : 'report', number: meta.docNumber };
}

test('RIS: official texts are RPRT with the document number in SN, FAQ entries ELEC; no GEN (a journal article to Zotero), no M1, no comma in a name', () => {
  const problems = [];
  for (const id of documentIds())
    for (const lang of LANGS) {
      const ris = readFileSync(path.join(DIST, `data/${lang}/${id}.ris`), 'utf8');
      const { type, number } = filing(id);
      const tag = (name) => [...ris.matchAll(new RegExp(`^${name}  - (.*)\r$`, 'gm'))].map((m) => m[1]);
      if (tag('TY').join() !== { report: 'RPRT', webpage: 'ELEC' }[type]) problems.push(`${id} ${lang}: TY ${tag('TY')}`);
      if (tag('SN').join() !== (number ?? '')) problems.push(`${id} ${lang}: SN ${tag('SN')}, docNumber ${number}`);
      if (tag('M1').length) problems.push(`${id} ${lang}: M1`);
      // Zotero reads "X, Y" in AU as family name X, given name Y: an institution's name must have no comma.
      for (const name of tag('AU')) if (name.includes(',')) problems.push(`${id} ${lang}: AU ${name}`);
    }
  assert.deepEqual(problems, []);
});

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const bibFiles = () => documentIds().flatMap((id) => LANGS.map((lang) => ({ id, lang, file: path.join(DIST, `data/${lang}/${id}.bib`) })));

test('BibTeX: Better BibTeX\'s parser reads the month macro, the date, the language and each institution as one name; no howpublished', () => {
  for (const { id, lang, file } of bibFiles()) {
    const text = readFileSync(file, 'utf8');
    const { entries, errors } = parseBibtex(text);
    assert.deepEqual(errors, [], file);
    const [entry] = entries;
    const { authors, date } = citedTo(id, lang);
    const [year, month] = date.split('-');
    assert.equal(entry.fields.year, year, `${file}: year`);
    assert.equal(entry.fields.date, date, `${file}: date`);
    // A bare macro (month = nov), which every reader turns into the month; never a braced text like {nov 7}.
    if (month) assert.match(text, new RegExp(`^\\tmonth = ${MONTH_MACROS[Number(month) - 1]},$`, 'm'), `${file}: month macro`);
    assert.equal(entry.fields.month, month && String(Number(month)), `${file}: month`);
    assert.deepEqual(entry.fields.author, authors.map((name) => ({ name })), `${file}: authors`);
    assert.equal(entry.fields.langid, { zh: 'chinese', en: 'english' }[lang], `${file}: langid`);
    assert.equal(entry.fields.note, filing(id).number, `${file}: note`);
    assert.equal(entry.fields.howpublished, undefined, `${file}: howpublished`);
  }
});

test('BibTeX: bibutils reads the date and language of every file (bib2xml from year and month, biblatex2xml from date)', { skip: !existsSync(BIBUTILS_PATH) && 'bibutils is not installed (npm test installs it)' }, () => {
  const files = bibFiles();
  // One run of each over all files: MODS records in the files' order, each with its citation key as ID.
  const mods = (tool) => {
    const xml = execFileSync(path.join(path.dirname(BIBUTILS_PATH), tool), files.map((f) => f.file), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Map([...xml.matchAll(/<mods ID="([^"]+)">([\s\S]*?)<\/mods>/g)].map((m) => [m[1], m[2]]));
  };
  const bibtex = mods('bib2xml');
  const biblatex = mods('biblatex2xml');
  const problems = [];
  for (const { id, lang } of files) {
    const { date } = citedTo(id, lang);
    const key = `${id}-${lang}`;
    const issued = (record) => /<dateIssued>([^<]*)<\/dateIssued>/.exec(record ?? '')?.[1];
    // BibTeX has no day field: bib2xml gets the year and month.
    if (issued(bibtex.get(key)) !== date.slice(0, 7)) problems.push(`${key}: bib2xml dateIssued ${issued(bibtex.get(key))}`);
    if (issued(biblatex.get(key)) !== date) problems.push(`${key}: biblatex2xml dateIssued ${issued(biblatex.get(key))}`);
    const language = /<languageTerm type="code" authority="iso639-2b">([^<]*)</.exec(bibtex.get(key) ?? '')?.[1];
    if (language !== { zh: 'chi', en: 'eng' }[lang]) problems.push(`${key}: language ${language}`);
  }
  assert.deepEqual(problems, []);
});
