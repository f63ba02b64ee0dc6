// The route families that the browser tests and the Nu checker take one page of each from
// (tests/lib/routes.mjs): every built page belongs to one, every page template of src/pages/ has pages,
// and every special case is on some page, so no template or component escapes them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routeFamilies } from '../lib/routes.mjs';

const { families, representatives, unmatched, unbuilt, missingFeatures } = routeFamilies();

test('every built page belongs to a route family of src/pages/', () => assert.deepEqual(unmatched, []));

test('every page route of src/pages/ has pages in the build', () => assert.deepEqual(unbuilt, []));

test('each special case has a page in each language', () => assert.deepEqual(missingFeatures, []));

test('every family has a page that stands for it', (t) => {
  const standing = new Set(representatives.map((r) => r.why.split(',')[0]));
  assert.deepEqual([...families.keys()].filter((family) => !standing.has(family)), []);
  t.diagnostic(`${families.size} families, ${representatives.length} pages stand for them`);
});
