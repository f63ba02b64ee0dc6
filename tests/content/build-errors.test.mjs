// Mistakes that only the build sees (src/plugins/remarkSafeContent.test.ts tests each case of the
// checker; these two builds prove the wiring): MDX that does not compile or is refused, and a component
// that names something meta.yaml does not have. The build fails, naming file and line, and prints
// only our message (src/data/failContent.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const FIXTURE = path.resolve('tests/fixtures/content/base');
const roots = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Copies the fixture, lets `edit` change it, builds it into a folder of its own; output and exit code. */
function buildWith(edit) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  edit(path.join(root, 'documents/sample'));
  const run = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: path.join(root, 'dist') } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

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
