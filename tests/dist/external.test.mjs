// docs/design.md §6: the built site references no other host — no web fonts, CDNs, analytics or external
// scripts. Scans every HTML, CSS, JS, JSON, SVG and XML file of dist/ (tests/lib/external-refs.mjs
// says precisely what counts). The browser tests check the same at run time (tests/lib/browser.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteOrigins } from '../lib/external-refs.mjs';
import { externalRefsInFolder } from '../lib/other-hosts.mjs';
import { DIST } from '../lib/site.mjs';

test('dist/ references no other host', () => {
  assert.deepEqual(externalRefsInFolder(DIST, { allowOrigins: siteOrigins() }), []);
});
