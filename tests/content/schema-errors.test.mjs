// A broken entry must fail the build with a message that names the file and the field.
// Each case copies a valid fixture, breaks one thing, and runs `astro sync` on it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const FIXTURE = path.resolve('tests/fixtures/content/base');
const roots = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Copies the fixture, applies `edit` to one file, runs astro sync, returns its output and exit code. */
function syncWith(file, edit) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const target = path.join(root, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  const run = spawnSync('npx', ['astro', 'sync'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const cases = [
  {
    name: 'an invalid kind',
    file: 'documents/sample/meta.yaml',
    edit: (s) => s.replace('kind: plan', 'kind: treaty'),
    expect: [/documents\/sample\/meta\.yaml/, /kind/],
  },
  {
    name: 'a region id that does not exist',
    file: 'documents/sample/meta.yaml',
    edit: (s) => s.replace('regions: [beijing]', 'regions: [peking]'),
    expect: [/documents\/sample\/meta\.yaml/, /regions/, /peking/],
  },
  {
    name: 'a badly written date',
    file: 'documents/sample/meta.yaml',
    edit: (s) => s.replace('updated: 2026-11-23', 'updated: 23/11/2026'),
    expect: [/documents\/sample\/meta\.yaml/, /updated/, /YYYY-MM-DD/],
  },
  {
    name: 'a fact repeated in a language file',
    file: 'documents/sample/en.mdx',
    edit: (s) => s.replace('title: Sample en', 'title: Sample en\nkind: plan'),
    expect: [/documents\/sample\/en\.mdx/, /kind/],
  },
  {
    name: 'a chart panel mixing units',
    file: 'documents/sample/meta.yaml',
    edit: (s) =>
      `${s}figures:\n` +
      `  - { id: beds, label: { zh: 床位, en: Beds }, value: 10, unit: { zh: 张, en: beds }, chart: capacity }\n` +
      `  - { id: staff, label: { zh: 人员, en: Staff }, value: 5, unit: { zh: 名, en: staff }, chart: capacity }\n`,
    expect: [/documents\/sample\/meta\.yaml/, /"staff"/, /chart "capacity"/],
  },
  {
    name: 'an event type that is not in the list (docs/authoring.md, "Timeline events")',
    file: 'documents/sample/meta.yaml',
    edit: (s) => `${s}events:\n  - { date: 2024, type: other, anchor: s1, label: { zh: 事件, en: Event } }\n`,
    expect: [/documents\/sample\/meta\.yaml/, /events/, /type/],
  },
  {
    // Both in one entry, so one `astro sync` checks both messages.
    name: 'a section tagged with a topic that does not exist, and a target that claims to report on a target',
    file: 'documents/sample/meta.yaml',
    edit: (s) =>
      `${s}sectionTopics:\n  s1: [talnet]\n` +
      `figures:\n  - { id: beds, label: { zh: 床位, en: Beds }, value: 10, role: target, year: 2027, reportsOn: { document: sample, figure: beds } }\n`,
    expect: [/documents\/sample\/meta\.yaml/, /sectionTopics/, /"talnet" does not exist/, /reportsOn/, /only a result/],
  },
];

test('the unbroken fixture syncs', () => {
  const ok = syncWith('documents/sample/zh.mdx', (s) => s);
  assert.equal(ok.status, 0, ok.output);
});

for (const c of cases) {
  test(`${c.name} fails the build, naming the file and the field`, () => {
    const { status, output } = syncWith(c.file, c.edit);
    assert.notEqual(status, 0, 'astro sync should have failed');
    for (const pattern of c.expect) assert.match(output, pattern);
  });
}
