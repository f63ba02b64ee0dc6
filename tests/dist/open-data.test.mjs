// The open data (docs/open-data.md) as built: every published schema says what its file and each of
// its fields is; every JSON file validates against the schema published beside it; every document has a file per language whose sections are the page's sections; every
// key figure of meta.yaml is in the CSV; the data page lists every file with its true size; document
// pages link to their data; the sub-path build and the offline edition carry the files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { formatSize } from '../../src/lib/format.ts';
import { headingNumber } from '../../src/lib/sections.ts';
import { csvObjects } from '../lib/csv.mjs';
import { subschemas, undescribedProperties } from '../lib/jsonSchema.mjs';
import { withoutCopies } from '../../src/deploy/precompress.ts';
import { anchorsOf, documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, DIST, DIST_OFFLINE, elements, htmlFiles, parsePage, SUBPATH, textOf } from '../lib/site.mjs';

const DATA = path.join(DIST, 'data');
const read = (file, root = DATA) => readFileSync(path.join(root, file), 'utf8');
const readJson = (file, root = DATA) => JSON.parse(read(file, root));
/** Files under a folder, as posix paths relative to it, without the build's precompressed copies (src/deploy/precompress.ts). */
const filesUnder = (root) =>
  withoutCopies(
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(root, f)).isFile())
      .map((f) => f.split(path.sep).join('/'))
      .sort(),
  );

/** Which published schema each JSON file follows. */
const schemaOf = (file) =>
  ({ 'index.json': 'index', 'figures.json': 'figures', 'targets.json': 'targets', 'glossary.json': 'glossary' })[file] ?? (/^(zh|en)\/[a-z0-9-]+\.json$/.test(file) ? 'document' : undefined);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = Object.fromEntries(['index', 'document', 'figures', 'targets', 'glossary'].map((name) => [name, ajv.compile(readJson(`schema/${name}.schema.json`))]));

describe('every published schema describes its file and each field', () => {
  const schemaFiles = filesUnder(path.join(DATA, 'schema'));
  test('the five schemas are published', () => {
    assert.deepEqual(schemaFiles, ['document', 'figures', 'glossary', 'index', 'targets'].map((name) => `${name}.schema.json`));
  });
  for (const file of schemaFiles) {
    const schema = readJson(`schema/${file}`);
    test(`${file}: a title, a description naming its file, a description on every property`, () => {
      assert.ok(schema.title?.trim(), 'no title');
      assert.match(schema.description ?? '', /\/data\/\S+\.json/, 'the description does not name the file it describes');
      assert.deepEqual(undescribedProperties(schema), [], 'properties without a description');
    });
    test(`${file}: every example is a valid value of its field`, () => {
      const withExamples = [...subschemas(schema)].filter(([, sub]) => sub.examples);
      assert.ok(withExamples.length > 0, 'no examples at all');
      const check = new Ajv2020({ strict: true });
      for (const [pointer, { examples, ...sub }] of withExamples) {
        const validate = check.compile(sub);
        for (const example of examples) assert.ok(validate(example), `${file}#${pointer}: example ${JSON.stringify(example)}: ${check.errorsText(validate.errors)}`);
      }
    });
  }
});

describe('every JSON file validates against its published schema', () => {
  // CSL-JSON citations follow CSL's own schema; tests/dist/citations.test.mjs reads them with citation-js.
  const jsonFiles = filesUnder(DATA).filter((f) => f.endsWith('.json') && !f.endsWith('.csl.json') && !f.startsWith('schema/'));
  test('there are JSON files, and each has a schema', () => {
    assert.ok(jsonFiles.length > 3, `too few JSON files in ${DATA}`);
    assert.deepEqual(jsonFiles.filter((f) => !schemaOf(f)), [], 'JSON files without a published schema');
  });
  for (const file of jsonFiles) {
    test(file, () => {
      const validate = validators[schemaOf(file)];
      assert.ok(validate(readJson(file)), `${file}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    });
  }
});

for (const id of documentIds()) {
  const { meta, ...mdx } = readDocument(id);
  describe(`open data of ${id}`, () => {
    for (const lang of LANGS) {
      test(`${lang}: facts as in meta.yaml, sections as on the page`, () => {
        const file = `${lang}/${id}.json`;
        assert.ok(existsSync(path.join(DATA, file)), `no data/${file}`);
        const data = readJson(file);
        assert.equal(data.id, id);
        assert.equal(data.lang, lang);
        assert.equal(data.kind, meta.kind);
        assert.deepEqual(data.facts.figures.map((f) => [f.id, f.value]), (meta.figures ?? []).map((f) => [f.id, f.value]));
        assert.deepEqual(data.facts.regions, meta.regions);
        assert.equal(data.facts.source.title, meta.source.title);
        // The sections are the MDX's anchors, in order, each with the page's heading and number.
        assert.deepEqual(data.sections.map((s) => s.anchor), anchorsOf(mdx[lang]));
        const page = parsePage(data.links.page.replace(/^\//, '') + 'index.html');
        const headings = new Map(elements(page).filter((e) => /^h[2-4]$/.test(e.tagName) && attr(e, 'id')).map((e) => [attr(e, 'id'), e]));
        for (const s of data.sections) {
          const h = headings.get(s.anchor);
          assert.ok(h, `#${s.anchor} is not a heading of ${data.links.page}`);
          assert.equal(h.tagName, `h${s.level}`, `#${s.anchor} level`);
          assert.equal(s.number, headingNumber(s.anchor, lang));
          const secnum = elements(h).find((e) => attr(e, 'class')?.split(' ').includes('secnum'));
          assert.equal(textOf(h).replace(/\s+/g, ' ').trim(), `${secnum ? textOf(secnum) : ''}${s.heading}`.trim(), `#${s.anchor} heading`);
        }
        assert.ok(data.lead.length > 0 || data.sections.length > 0, 'no text at all');
      });
    }
  });
}

test('index.json lists every document once, with both languages’ files', () => {
  const index = readJson('index.json');
  assert.deepEqual(index.documents.map((d) => d.id).sort(), documentIds());
  for (const d of index.documents)
    for (const lang of LANGS) {
      assert.equal(d[lang].data, `/data/${lang}/${d.id}.json`);
      for (const key of ['ris', 'bibtex', 'csl']) assert.ok(existsSync(path.join(DIST, d[lang][key])), `${d.id}: no ${d[lang][key]}`);
    }
});

describe('CSV files', () => {
  for (const name of ['figures', 'targets', 'glossary']) {
    test(`${name}.csv: UTF-8 with BOM, RFC 4180, the same records as ${name}.json`, () => {
      const text = read(`${name}.csv`);
      assert.equal(text.charCodeAt(0), 0xfeff, 'no byte-order mark');
      const rows = csvObjects(text);
      assert.equal(rows.length, readJson(`${name}.json`).length);
    });
  }

  test('every key figure of every meta.yaml is a row of figures.csv', () => {
    const rows = csvObjects(read('figures.csv'));
    const missing = [];
    for (const id of documentIds())
      for (const fig of readDocument(id).meta.figures ?? []) {
        const row = rows.find((r) => r.document === id && r.id === fig.id);
        if (!row) missing.push(`${id}: ${fig.id}`);
        else {
          assert.equal(row.value, fig.value === null ? '' : String(fig.value), `${id}: ${fig.id} value`);
          assert.equal(row['label.zh'], fig.label.zh, `${id}: ${fig.id} label`);
          assert.equal(row['label.en'], fig.label.en, `${id}: ${fig.id} label`);
          assert.equal(row.year, fig.year === undefined ? '' : String(fig.year), `${id}: ${fig.id} year`);
        }
      }
    assert.deepEqual(missing, [], 'figures missing from figures.csv');
  });
});

describe('the data page', () => {
  for (const lang of LANGS) {
    test(`${lang}: lists every data file with its size`, () => {
      const page = parsePage(`${lang}/data/index.html`);
      const links = elements(page).filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('/data/'));
      const listed = new Set(links.map((a) => attr(a, 'href').slice('/data/'.length)));
      assert.deepEqual([...listed].sort(), filesUnder(DATA));
      // Each file's row (or cell) shows its size as the file has it.
      for (const a of links) {
        const file = attr(a, 'href').slice('/data/'.length);
        if (file.startsWith('schema/')) continue;
        const size = formatSize(statSync(path.join(DATA, file)).size, lang);
        const container = elements(page).find((e) => (e.tagName === 'td' || e.tagName === 'tr') && elements(e).includes(a) && textOf(e).includes(size));
        assert.ok(container, `data/${file}: size ${size} not shown beside its link`);
      }
    });
  }
});

test('every document page links to its data in its language', () => {
  for (const id of documentIds())
    for (const lang of LANGS) {
      const file = htmlFiles().find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));
      const hrefs = elements(parsePage(file)).map((e) => attr(e, 'href'));
      assert.ok(hrefs.includes(`/data/${lang}/${id}.json`), `${file} does not link to its data`);
    }
});

test('the offline edition holds the data files, and its pages link to them relatively', () => {
  assert.deepEqual(filesUnder(path.join(DIST_OFFLINE, 'data')), filesUnder(DATA));
  const [id] = documentIds();
  const file = htmlFiles(DIST_OFFLINE).find((f) => f.startsWith('en/') && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));
  const hrefs = elements(parsePage(file, DIST_OFFLINE)).map((e) => attr(e, 'href'));
  assert.ok(hrefs.includes(`../../../data/en/${id}.json`), `${file} does not link to ../../../data/en/${id}.json`);
});

test(`under ${SUBPATH.base} the data files hold paths inside the base`, { skip: !existsSync(SUBPATH.root) && 'no sub-path build (npm test makes it)' }, () => {
  const index = readJson('index.json', path.join(SUBPATH.root, 'data'));
  for (const d of index.documents) for (const lang of LANGS) for (const link of Object.values(d[lang])) assert.ok(link.startsWith(SUBPATH.base), link);
});
