// The offline edition as files (docs/offline.md): every link relative, naming a file, and resolving;
// no reference to another host; no module script left; every page of the site in it; and the zip,
// also published with the site, holding exactly the folder. Chromium checks are in tests/e2e/offline.test.mjs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { OFFLINE } from '../../src/offline/layout.ts';
import { externalRefsInFolder } from '../lib/external-refs.mjs';
import { brokenLinks } from '../lib/links.mjs';
import { DIST, DIST_OFFLINE, htmlFiles, OFFLINE_ZIP } from '../lib/site.mjs';

test('the offline edition holds every page of the site', () => {
  assert.ok(existsSync(DIST_OFFLINE), `${DIST_OFFLINE} is missing: astro build writes it`);
  assert.deepEqual(htmlFiles(DIST_OFFLINE), htmlFiles(DIST));
});

test('every link is relative, names a file and resolves, #anchors included', () => {
  assert.deepEqual(brokenLinks({ root: DIST_OFFLINE, offline: true }), []);
});

test('nothing references another host', () => {
  assert.deepEqual(externalRefsInFolder(DIST_OFFLINE), []);
});

test('no page loads a module script (Chromium runs none from file://)', () => {
  const modules = htmlFiles(DIST_OFFLINE).filter((f) => /<script[^>]*type="module"[^>]*\ssrc=/.test(readFileSync(path.join(DIST_OFFLINE, f), 'utf8')));
  assert.deepEqual(modules, []);
});

test('each language has its offline search index', () => {
  for (const lang of ['zh', 'en']) {
    const script = readFileSync(path.join(DIST_OFFLINE, OFFLINE.scripts, OFFLINE.searchIndexFile(lang)), 'utf8');
    assert.match(script, new RegExp(`^\\(self\\.siteSearchIndex=self\\.siteSearchIndex\\|\\|\\{\\}\\)\\["${lang}"\\]=\\{`));
  }
});

test('the zip holds exactly the folder, under one top folder, and is published with the site', () => {
  const zip = readFileSync(OFFLINE_ZIP);
  const entries = unzipSync(zip);
  const files = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const expected = readdir(DIST_OFFLINE);
  assert.deepEqual(files.sort(), expected.map((f) => `${OFFLINE.zipFolder}/${f}`).sort());
  for (const name of files) assert.ok(Buffer.from(entries[name]).equals(readFileSync(path.join(DIST_OFFLINE, name.slice(OFFLINE.zipFolder.length + 1)))), name);
  assert.ok(readFileSync(path.join(DIST, OFFLINE.download)).equals(zip), `${OFFLINE.download} differs from ${OFFLINE_ZIP}`);
});

/** Every file under a folder, posix paths. */
function readdir(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}
