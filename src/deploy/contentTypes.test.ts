import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentType, extensionOf } from './contentTypes.ts';

test('contentType gives every published kind its type, text with its charset', () => {
	const cases: [string, string | undefined][] = [
		['en/index.html', 'text/html; charset=utf-8'],
		['data/en/plan.ris', 'application/x-research-info-systems; charset=utf-8'],
		['data/en/plan.bib', 'application/x-bibtex; charset=utf-8'],
		['data/figures.csv', 'text/csv; charset=utf-8'],
		['en/feed.xml', 'application/xml; charset=utf-8'],
		['x.wasm', 'application/wasm'],
		['downloads/edition.zip', 'application/zip'],
		['en/pagefind/pagefind.und_1fc15865483.pf_meta', 'application/octet-stream'],
		['en/pagefind/facts.json.gz', 'application/gzip'],
		['README', undefined],
		['notes.docx', undefined],
	];
	for (const [file, want] of cases) assert.equal(contentType(file), want, file);
});

test('extensionOf reads the last extension of the name only', () => {
	assert.equal(extensionOf('a.dir/file'), '');
	assert.equal(extensionOf('x/Y.HTML'), '.html');
	assert.equal(extensionOf('x/facts.json.gz'), '.gz');
});
