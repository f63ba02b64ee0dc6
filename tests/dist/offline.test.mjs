// The offline edition as files (docs/offline.md): every link relative, naming a file, and resolving,
// and leading where the web page's link leads; every page of the two languages reachable by links
// from the home pages, and styled by the files its
// web page loads; no reference to another host; no module script left; every page of the site in it;
// and the zip, also published with the site, holding exactly the folder. Chromium checks of one page
// of each kind are in tests/e2e/offline.test.mjs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { OFFLINE } from '../../src/offline/layout.ts';
import { externalRefsInFolder } from '../lib/other-hosts.mjs';
import { brokenLinks } from '../lib/links.mjs';
import { misdirectedLinks, unreachablePages, unstyledPages } from '../lib/offline-edition.mjs';
import { siteIndex } from '../lib/site-index.mjs';
import { DIST, DIST_OFFLINE, htmlFiles, OFFLINE_ZIP } from '../lib/site.mjs';

test('the offline edition holds every page of the site', () => {
  assert.ok(existsSync(DIST_OFFLINE), `${DIST_OFFLINE} is missing: astro build writes it`);
  assert.deepEqual(htmlFiles(DIST_OFFLINE), htmlFiles(DIST));
});

test('every link is relative, names a file and resolves, #anchors included', () => {
  assert.deepEqual(brokenLinks({ root: DIST_OFFLINE, offline: true }), []);
});

test("every page's links lead where its web page's links lead, link for link", () => {
  assert.deepEqual(misdirectedLinks(DIST_OFFLINE, DIST), []);
});

test('every page of the two languages is reachable by links alone from the home pages', () => {
  assert.deepEqual(unreachablePages(DIST_OFFLINE), []);
});

test('every page loads the stylesheets its web page loads', () => {
  assert.deepEqual(unstyledPages(DIST_OFFLINE, DIST), []);
});

test('nothing references another host', () => {
  assert.deepEqual(externalRefsInFolder(DIST_OFFLINE), []);
});

test('no page loads a module script (Chromium runs none from file://)', () => {
  const modules = [...siteIndex(DIST_OFFLINE).pages].filter(([, facts]) => facts.moduleScripts > 0).map(([file]) => file);
  assert.deepEqual(modules, []);
});

test('each file of the search index is a classic script handing the same data to the page', () => {
  for (const lang of ['zh', 'en']) {
    const folder = `_search/${lang}/`;
    const json = readdir(path.join(DIST, folder)).filter((f) => f.endsWith('.json'));
    assert.ok(json.includes('index.json'), `no ${folder}index.json`);
    assert.deepEqual(readdir(path.join(DIST_OFFLINE, folder)).sort(), json.map((f) => f.replace(/\.json$/, '.js')).sort());
    for (const file of json) {
      const script = readFileSync(path.join(DIST_OFFLINE, folder, file.replace(/\.json$/, '.js')), 'utf8');
      assert.equal(script, `siteSearchData(${JSON.stringify(folder + file)},${readFileSync(path.join(DIST, folder, file), 'utf8')});\n`, file);
    }
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
