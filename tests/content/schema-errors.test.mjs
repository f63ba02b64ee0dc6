// A broken entry must fail the build with a message that names the file and the field, and print
// nothing but that message (src/data/failContent.ts). Schema mistakes are checked here against the
// schemas themselves (src/schemas/), reported as the build's loader reports them (src/data/checkedLoader.ts:
// problemsFromIssues, formatProblems), without a build. One `astro sync` proves the wiring, with the
// mistakes only the loader sees (tests/content/build-errors.test.mjs).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { existingId } from '../../src/data/references.ts';
import { formatProblems, problemsFromIssues } from '../../src/lib/contentErrors.ts';
import { documentMetaSchema, documentTextSchema } from '../../src/schemas/document.ts';
import { glossaryTermSchema, organisationSchema, regionSchema, topicSchema } from '../../src/schemas/reference.ts';

const FIXTURE = path.resolve('tests/fixtures/content/base');
const SAMPLE = path.join(FIXTURE, 'documents/sample');

/** References as content.config.ts checks them (an id must name a file of the fixture), without Astro's reference(). */
const refs = Object.fromEntries(
  Object.entries({ region: 'regions', organisation: 'organisations', topic: 'topics', document: 'documents' }).map(([field, collection]) => [
    field,
    existingId(FIXTURE, collection).transform((id) => ({ collection, id })),
  ]),
);
const documentMeta = documentMetaSchema(refs);

/** The data Astro's loader hands the schema: YAML as js-yaml reads it (an unquoted date is a Date), the frontmatter of an MDX file. */
const dataOf = (file, text) => parseYaml(file.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text, { customTags: ['timestamp'] });

/** What the build prints for a file's schema issues, or '' when it has none. */
async function reported(file, text, schema) {
  const result = await schema.safeParseAsync(dataOf(file, text));
  return result.success ? '' : formatProblems(problemsFromIssues(file, text, result.error.issues));
}

const sample = (name) => readFileSync(path.join(SAMPLE, name), 'utf8');

/** Schema mistakes, each in a copy of the sample document's file named after the case. */
const schemaCases = [
  { name: 'region', file: 'meta.yaml', edit: (s) => s.replace('regions: [beijing]', 'regions: [peking]'), expect: /documents\/region\/meta\.yaml:4 regions\.0: "peking" does not exist/ },
  { name: 'date-format', file: 'meta.yaml', edit: (s) => s.replace('updated: 2026-11-23', 'updated: 23/11/2026'), expect: /documents\/date-format\/meta\.yaml:11 updated: write dates as YYYY-MM-DD/ },
  {
    name: 'negative-count',
    file: 'meta.yaml',
    edit: (s) => `${s}figures:\n  - { id: beds, label: { zh: 床位, en: Beds }, value: -10, unit: { zh: 张, en: beds } }\n`,
    expect: /documents\/negative-count\/meta\.yaml:13 figures\.0\.value: figures count things or give shares, so they are never negative/,
  },
  {
    name: 'chart-units',
    file: 'meta.yaml',
    edit: (s) =>
      `${s}figures:\n` +
      `  - { id: beds, label: { zh: 床位, en: Beds }, value: 10, unit: { zh: 张, en: beds }, chart: capacity }\n` +
      `  - { id: staff, label: { zh: 人员, en: Staff }, value: 5, unit: { zh: 名, en: staff }, chart: capacity }\n`,
    expect: /documents\/chart-units\/meta\.yaml:14 figures\.1\.chart: figure "staff" is counted in "名 \/ staff" but chart "capacity"/,
  },
  { name: 'fact-in-text', file: 'en.mdx', edit: (s) => s.replace('title: Sample en', 'title: Sample en\nkind: plan'), expect: /documents\/fact-in-text\/en\.mdx Unrecognized key: "kind"/ },
  {
    name: 'event-type', // an event type that is not in the list (docs/authoring.md, "Timeline events")
    file: 'meta.yaml',
    edit: (s) => `${s}events:\n  - { date: 2024, type: other, anchor: s1, label: { zh: 事件, en: Event } }\n`,
    expect: /documents\/event-type\/meta\.yaml:13 events\.0\.type: /,
  },
  {
    name: 'section-topic', // a section tagged with a topic that does not exist
    file: 'meta.yaml',
    edit: (s) => `${s}sectionTopics:\n  s1: [talnet]\n`,
    expect: /documents\/section-topic\/meta\.yaml:13 sectionTopics\.s1\.0: "talnet" does not exist/,
  },
  {
    name: 'reports-on', // a target that claims to report on a target
    file: 'meta.yaml',
    edit: (s) => `${s}figures:\n  - { id: beds, label: { zh: 床位, en: Beds }, value: 10, role: target, year: 2027, reportsOn: { document: sample, figure: beds } }\n`,
    expect: /documents\/reports-on\/meta\.yaml:13 figures\.0\.reportsOn: .*only a result/,
  },
];

describe('each schema mistake is reported with its file, line and field', () => {
  for (const c of schemaCases)
    test(c.name, async () => {
      const file = `documents/${c.name}/${c.file}`;
      assert.match(await reported(file, c.edit(sample(c.file)), c.file.endsWith('.mdx') ? documentTextSchema : documentMeta), c.expect);
    });
});

test('every entry of the unbroken fixture passes its schema', async () => {
  const schemas = { regions: regionSchema, organisations: organisationSchema, topics: topicSchema, glossary: glossaryTermSchema };
  const files = [
    ...Object.keys(schemas).flatMap((folder) => readdirSync(path.join(FIXTURE, folder)).map((f) => [`${folder}/${f}`, schemas[folder]])),
    ['documents/sample/meta.yaml', documentMeta],
    ...['zh.mdx', 'en.mdx'].map((f) => [`documents/sample/${f}`, documentTextSchema]),
  ];
  for (const [file, schema] of files) assert.equal(await reported(file, readFileSync(path.join(FIXTURE, file), 'utf8'), schema), '', file);
});
