// The Nu HTML Checker (vnu.jar, the W3C's conformance checker) over every page of the default build
// and of its offline edition (whose pages our rewriter changes), in one Java run. It parses as browsers do and checks the result against the HTML standard, so it
// reports what html-validate (tests/dist/html-validate.test.mjs, which checks our own rules on a
// lenient parse) does not, such as a tag after </html>. Errors fail the test; its warnings are advice
// (see docs/metadata.md). Java comes from Debian's package (npm test installs it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';
import { JAVA_PATH } from '../../scripts/ensure-debian.mjs';
import { DIST, DIST_OFFLINE } from '../lib/site.mjs';

// One short run: the serial collector and the quick (C1) compiler halve its time on two cores.
const JVM = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

test('every built page conforms to the HTML standard (Nu HTML Checker, errors)', { skip: !existsSync(JAVA_PATH) && 'Java is not installed (npm test installs it)' }, () => {
  const run = spawnSync(JAVA_PATH, [...JVM, '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', DIST, DIST_OFFLINE], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // The report is one JSON line on stderr; the exit status is 1 whenever it holds an error.
  const line = run.stderr.split('\n').find((l) => l.startsWith('{'));
  assert.ok(line, `no report from vnu (exit ${run.status}): ${run.stderr}`);
  const { messages } = JSON.parse(line);
  const where = (m) => (m.url?.startsWith('file:') ? path.relative(path.dirname(DIST), fileURLToPath(m.url)) : (m.url ?? '?'));
  const errors = messages.map((m) => `${where(m)}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
  assert.deepEqual(errors, []);
  assert.ok(run.status === 0, `vnu exited ${run.status}: ${run.stderr}`);
});
