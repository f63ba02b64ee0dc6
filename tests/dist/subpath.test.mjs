// The site under a sub-path (docs/design.md §6): the build with BASE_PATH=/kb/ (and SITE_URL) that `npm test` makes into
// its own folder has every link inside /kb/ and resolving, and references no other host.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { externalRefsInFolder } from '../lib/other-hosts.mjs';
import { brokenLinks } from '../lib/links.mjs';
import { htmlFiles, SUBPATH } from '../lib/site.mjs';

test('the sub-path build exists', () => {
  assert.ok(existsSync(SUBPATH.root), `${SUBPATH.root} is missing: npm test builds it (BASE_PATH=${SUBPATH.base} OUT_DIR=${SUBPATH.root} astro build)`);
  assert.ok(htmlFiles(SUBPATH.root).length > 0);
});

test(`under ${SUBPATH.base} every internal link and #anchor stays inside the base and resolves`, () => {
  assert.deepEqual(brokenLinks(SUBPATH), []);
});

test(`under ${SUBPATH.base} nothing references another host than SITE_URL's`, () => {
  assert.deepEqual(externalRefsInFolder(SUBPATH.root, { allowOrigins: [SUBPATH.site] }), []);
});
