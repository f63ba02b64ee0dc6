// The content checks wired into Astro, in the three runs of it that the tests make (each case of the
// checks is tested without Astro: tests/content/schema-errors.test.mjs, src/plugins/remarkSafeContent.test.ts).
// One `astro sync` of a fixture with the mistakes only the loader sees (unreadable YAML, a missing
// language file, dates not on the calendar, read from the file's text) and one schema mistake must
// report every one at once, each at its file and line, and nothing about the unbroken entry beside
// them. Then two builds with mistakes that only the build sees: MDX that does not compile or is
// refused, and a component that names something meta.yaml does not have. Each run fails, naming file
// and line, and prints only our message (src/data/failContent.ts). The runs share this file because
// Astro writes its generated modules into the project's .astro/: two runs at once would mix their
// content.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const FIXTURE = path.resolve('tests/fixtures/content/base');
// Astro's own command, without npx finding it each time.
const ASTRO = path.resolve('node_modules/.bin/astro');
const roots = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Copies the fixture, lets `edit` change it, builds it into a folder of its own; output and exit code. */
function buildWith(edit) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  edit(path.join(root, 'documents/sample'));
  const run = spawnSync(ASTRO, ['build'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: path.join(root, 'dist') } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * The mistakes of the one sync, each in a copy of documents/sample/ named after the case (or in the
 * file given from the fixture's root); `edit` returns the new text, or null to delete the file.
 */
const syncCases = [
  { name: 'kind', file: 'meta.yaml', edit: (s) => s.replace('kind: plan', 'kind: treaty'), expect: /documents\/kind\/meta\.yaml:1 kind: Invalid option/ },
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
  { name: 'missing-en', file: 'en.mdx', edit: () => null, expect: /documents\/missing-en\/en\.mdx is missing: every document has zh\.mdx and en\.mdx beside its meta\.yaml/ },
  {
    name: 'unreadable YAML',
    file: '../../regions/broken.yaml',
    edit: () => 'name: { zh: 北京, en: [Beijing }\nlevel: municipality\n',
    expect: /regions\/broken\.yaml:1 cannot be read: /,
  },
];

describe('one astro sync of a fixture with a mistake per entry', () => {
  let run;
  before(() => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    roots.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    for (const c of syncCases) {
      const dir = path.join(root, 'documents', c.name.replace(/\W+/g, '-'));
      if (!c.file.startsWith('../')) cpSync(path.join(root, 'documents/sample'), dir, { recursive: true });
      const target = path.resolve(dir, c.file);
      const text = c.edit(c.file.startsWith('../') ? '' : readFileSync(target, 'utf8'));
      if (text === null) unlinkSync(target);
      else writeFileSync(target, text);
    }
    const sync = spawnSync(ASTRO, ['sync'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root } });
    run = { status: sync.status, output: `${sync.stdout}\n${sync.stderr}` };
  });

  test('fails, printing only our messages, one per mistake and none for the unbroken entry', () => {
    assert.notEqual(run.status, 0, 'astro sync should have failed');
    assert.match(run.output, new RegExp(`${syncCases.length} content errors: fix the entry and build again`));
    assert.doesNotMatch(run.output, /Hint:|client:only|Stack trace|node_modules/, 'only our message is printed');
    assert.doesNotMatch(run.output, /documents\/sample\//, 'the unbroken entry is reported');
  });
  for (const c of syncCases) test(`reports ${c.name}, naming the file, line and field`, () => assert.match(run.output, c.expect));
});

const clean = (output) => assert.doesNotMatch(output, /Hint:|client:only|Stack trace|node_modules|Could not parse expression with acorn/, 'only our message is printed');

test('an unescaped {#id} and a <script> in entries fail the build, each with its file, line and what to do', () => {
  const { status, output } = buildWith((dir) => {
    const zh = path.join(dir, 'zh.mdx');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('## One \\{#s1}', '## One {#s1}'));
    appendFileSync(path.join(dir, 'en.mdx'), '\n<script>alert(1)</script>\n');
  });
  assert.notEqual(status, 0);
  assert.match(output, /documents\/sample\/zh\.mdx:6 write \\\{#s1\} instead of \{#s1\}/);
  assert.match(output, /documents\/sample\/en\.mdx:10 <script> is not allowed in an entry/);
  clean(output);
});

test('a <Fig> id that meta.yaml does not have fails the build, naming the file and the id', () => {
  const { status, output } = buildWith((dir) => appendFileSync(path.join(dir, 'en.mdx'), '\nThere are <Fig id="no-such-figure" /> beds.\n'));
  assert.notEqual(status, 0);
  assert.match(output, /documents\/sample\/en\.mdx <Fig id="no-such-figure">: meta\.yaml has no figure with that id/);
  clean(output);
});
