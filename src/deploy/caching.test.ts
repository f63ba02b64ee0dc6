import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IMMUTABLE_PATHS, immutablePaths } from './caching.ts';

const FILES = [
  '_astro/index.B1tAdj73.css',
  'en/index.html',
  'en/pagefind/pagefind-entry.json',
  'en/pagefind/pagefind.js',
  'en/pagefind/pagefind.und_1fc15865483.pf_meta',
  'en/pagefind/fragment/und_0a1b2c.pf_fragment',
  'en/pagefind/index/und_3d4e5f.pf_index',
  'zh/pagefind/pagefind.und_577b513ddee.pf_meta',
  'zh/pagefind/filter/und_9a8b.pf_filter',
];

test("immutablePaths fills in the languages and keeps only the build's folders and files", () => {
  assert.deepEqual(immutablePaths(IMMUTABLE_PATHS, ['zh', 'en'], FILES), {
    folders: ['_astro/', 'en/pagefind/fragment/', 'en/pagefind/index/', 'zh/pagefind/filter/'],
    files: ['en/pagefind/pagefind.und_1fc15865483.pf_meta', 'zh/pagefind/pagefind.und_577b513ddee.pf_meta'],
  });
});

test('a file pattern matches within one name only, and names nothing that is not hashed', () => {
  const { files } = immutablePaths(['{lang}/pagefind/*.pf_meta', 'x/*.js'], ['en'], ['en/pagefind/deeper/a.pf_meta', 'en/pagefind/pagefind.js', 'x/a.js', 'x/y/b.js']);
  assert.deepEqual(files, ['x/a.js']);
});

test('a new search index under another per-language folder is one line of the list', () => {
  const { folders } = immutablePaths(['{lang}/search-index/'], ['zh', 'en'], ['zh/search-index/a1b2.bin', 'en/search-index/c3d4.bin']);
  assert.deepEqual(folders, ['zh/search-index/', 'en/search-index/']);
});
