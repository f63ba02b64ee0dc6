// A broken entry must fail the build with a message that names the file and the field, and print
// nothing but that message (src/data/failContent.ts): no hint of Astro's about browser APIs, no stack
// inside node_modules. One fixture holds a copy of the sample document per mistake; one `astro sync`
// must report every mistake at once (src/data/checkedLoader.ts), each at its file and line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const FIXTURE = path.resolve('tests/fixtures/content/base');
const roots = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of the fixture (with `prepare` applied to its folder), synced: output and exit code. */
function sync(prepare = () => {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  prepare(root);
  const run = spawnSync('npx', ['astro', 'sync'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * Each mistake, made in a copy of documents/sample/ named after the case (or in the file given from
 * the fixture's root); `edit` returns the new text, or null to delete the file.
 */
const cases = [
  { name: 'kind', file: 'meta.yaml', edit: (s) => s.replace('kind: plan', 'kind: treaty'), expect: /documents\/kind\/meta\.yaml:1 kind: Invalid option/ },
  { name: 'region', file: 'meta.yaml', edit: (s) => s.replace('regions: [beijing]', 'regions: [peking]'), expect: /documents\/region\/meta\.yaml:4 regions\.0: "peking" does not exist/ },
  { name: 'date-format', file: 'meta.yaml', edit: (s) => s.replace('updated: 2026-11-23', 'updated: 23/11/2026'), expect: /documents\/date-format\/meta\.yaml:11 updated: write dates as YYYY-MM-DD/ },
  {
    name: 'date-unquoted', // YAML turns it into a Date of 2 March before any schema sees it
    file: 'meta.yaml',
    edit: (s) => s.replace('dates: { issued: 2024-05-08 }', 'dates: { issued: 2023-02-30 }'),
    expect: /documents\/date-unquoted\/meta\.yaml:2 issued: "2023-02-30" is not a date on the calendar \(February 2023 has 28 days\)/,
  },
  {
    name: 'date-quoted',
    file: 'meta.yaml',
    edit: (s) => s.replace('date: 2024-05-08', 'date: "2023-13-45"'),
    expect: /documents\/date-quoted\/meta\.yaml:9 date: "2023-13-45" is not a date on the calendar \(there is no month 13\)/,
  },
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
  { name: 'missing-en', file: 'en.mdx', edit: () => null, expect: /documents\/missing-en\/en\.mdx is missing: every document has zh\.mdx and en\.mdx beside its meta\.yaml/ },
  { name: 'fact-in-text', file: 'en.mdx', edit: (s) => s.replace('title: Sample en', 'title: Sample en\nkind: plan'), expect: /documents\/fact-in-text\/en\.mdx Unrecognized key: "kind"/ },
  {
    name: 'unreadable YAML',
    file: '../../regions/broken.yaml',
    edit: () => 'name: { zh: 北京, en: [Beijing }\nlevel: municipality\n',
    expect: /regions\/broken\.yaml:1 cannot be read: /,
  },
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

describe('one sync of a fixture with a mistake per entry', () => {
  let run;
  before(() => {
    run = sync((root) => {
      for (const c of cases) {
        const dir = path.join(root, 'documents', c.name.replace(/\W+/g, '-'));
        if (!c.file.startsWith('../')) cpSync(path.join(root, 'documents/sample'), dir, { recursive: true });
        const target = path.resolve(dir, c.file);
        const text = c.edit(c.file.startsWith('../') ? '' : readFileSync(target, 'utf8'));
        if (text === null) unlinkSync(target);
        else writeFileSync(target, text);
      }
    });
  });

  test('fails, printing only our messages', () => {
    assert.notEqual(run.status, 0, 'astro sync should have failed');
    assert.match(run.output, /content errors: fix the entry and build again/);
    assert.doesNotMatch(run.output, /Hint:|client:only|Stack trace|node_modules/, 'only our message is printed');
  });
  for (const c of cases) test(`reports ${c.name}, naming the file, line and field`, () => assert.match(run.output, c.expect));
});

test('the unbroken fixture syncs', () => {
  const ok = sync();
  assert.equal(ok.status, 0, ok.output);
});
