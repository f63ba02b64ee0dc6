// The Nu HTML Checker (vnu.jar, the W3C's conformance checker) over one page of each kind and special
// case (tests/lib/routes.mjs) of the default build and of its offline edition (whose pages our
// rewriter changes), in one Java run. It parses as browsers do and checks the result against the HTML
// standard, so it reports what html-validate (tests/dist/html-validate.test.mjs, which checks every
// page with our own rules on a lenient parse) does not, such as a tag after </html>. Errors fail the
// test; its warnings are advice (see docs/metadata.md). Java comes from Debian's package (npm test
// installs it).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { JAVA_PATH } from '../../scripts/ensure-debian.mjs';
import { nuErrors } from '../lib/html-validity.mjs';
import { routeFamilies } from '../lib/routes.mjs';
import { DIST, DIST_OFFLINE } from '../lib/site.mjs';

test('one page of each kind conforms to the HTML standard, on the web and offline (Nu HTML Checker, errors)', { skip: !existsSync(JAVA_PATH) && 'Java is not installed (npm test installs it)' }, (t) => {
  const files = routeFamilies(DIST).representatives.map((r) => r.file);
  const { errors, status, stderr } = nuErrors(
    files.flatMap((f) => [path.join(DIST, f), path.join(DIST_OFFLINE, f)]),
    path.dirname(DIST),
  );
  t.diagnostic(`${files.length} pages, each in dist/ and in the offline edition`);
  assert.deepEqual(errors, []);
  assert.ok(status === 0, `vnu exited ${status}: ${stderr}`);
});
