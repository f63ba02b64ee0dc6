import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeSite } from './site.ts';
import { sampleSite } from './testSite.ts';

test('describeSite lists the extensions and the folders that hold each', () => {
	const site = sampleSite();
	assert.deepEqual(site.extensions, [
		'.bib',
		'.css',
		'.csv',
		'.html',
		'.js',
		'.json',
		'.pagefind',
		'.pf_fragment',
		'.pf_meta',
		'.ris',
		'.svg',
		'.zip',
	]);
	assert.deepEqual(site.foldersOf['.ris'], ['data/en/', 'data/zh/']);
	assert.deepEqual(site.immutable, {
		folders: ['_astro/', '_search/en/3f9a0c1d2e/', 'pagefind/fragment/'],
		files: ['pagefind/pagefind.en_1fc15865483.pf_meta', 'pagefind/wasm.unknown.pagefind'],
	});
});

test('a kind of file without a known type fails the build, saying where to add it', () => {
	assert.throws(
		() =>
			describeSite(['en/index.html', 'en/notes.docx'], { base: '/', langs: ['en'], redirects: [] }),
		/en\/notes\.docx: no media type for "\.docx": add it to src\/deploy\/contentTypes\.ts/
	);
	assert.throws(
		() => describeSite(['LICENSE'], { base: '/', langs: ['en'], redirects: [] }),
		/no media type for "files without an extension"/
	);
});
