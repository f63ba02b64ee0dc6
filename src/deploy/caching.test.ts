import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IMMUTABLE_PATHS, immutablePaths } from './caching.ts';

const FILES = [
	'_astro/index.B1tAdj73.css',
	'en/index.html',
	'_search/en/index.json',
	'_search/en/3f9a0c1d2e/w/0.json',
	'_search/en/3f9a0c1d2e/r/12.json',
	'_search/zh/77aa01bc3d/facts.json',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.js',
	'pagefind/pagefind.en_1fc15865483.pf_meta',
	'pagefind/fragment/en_0a1b2c.pf_fragment',
	'pagefind/index/en_3d4e5f.pf_index',
	'pagefind/wasm.en.pagefind',
];

test("immutablePaths fills in the languages and keeps only the build's folders and files", () => {
	assert.deepEqual(immutablePaths(IMMUTABLE_PATHS, ['zh', 'en'], FILES), {
		folders: [
			'_astro/',
			'_search/zh/77aa01bc3d/',
			'_search/en/3f9a0c1d2e/',
			'pagefind/fragment/',
			'pagefind/index/',
		],
		files: ['pagefind/pagefind.en_1fc15865483.pf_meta', 'pagefind/wasm.en.pagefind'],
	});
});

test('a file pattern matches within one name only, and names nothing that is not hashed', () => {
	const { files } = immutablePaths(
		['{lang}/pagefind/*.pf_meta', 'x/*.js'],
		['en'],
		['en/pagefind/deeper/a.pf_meta', 'en/pagefind/pagefind.js', 'x/a.js', 'x/y/b.js']
	);
	assert.deepEqual(files, ['x/a.js']);
});

test('a new search index under another per-language folder is one line of the list', () => {
	const { folders } = immutablePaths(
		['{lang}/search-index/'],
		['zh', 'en'],
		['zh/search-index/a1b2.bin', 'en/search-index/c3d4.bin']
	);
	assert.deepEqual(folders, ['zh/search-index/', 'en/search-index/']);
});

test('a folder rule with a `*` names each real folder it matches, and not the files beside them', () => {
	const { folders, files } = immutablePaths(
		['_search/{lang}/*/'],
		['zh', 'en'],
		[
			'_search/zh/index.json',
			'_search/zh/a1b2/w/0.json',
			'_search/zh/a1b2/facts.json',
			'_search/en/c3d4/r/9.json',
		]
	);
	assert.deepEqual(folders, ['_search/zh/a1b2/', '_search/en/c3d4/']);
	assert.deepEqual(files, []);
});
