import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress, withoutCopies } from './precompress.ts';

const root = mkdtempSync(path.join(tmpdir(), 'precompress-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('precompress writes gzip and Brotli copies of text files that shrink, and they hold the file', async () => {
	const page = Buffer.from(`<!doctype html><p>${'重复的文字 repeated text. '.repeat(200)}</p>`);
	mkdirSync(path.join(root, 'en'));
	writeFileSync(path.join(root, 'en/index.html'), page);
	writeFileSync(path.join(root, 'small.txt'), 'tiny');
	writeFileSync(path.join(root, 'edition.zip'), Buffer.alloc(4096, 7));
	const totals = await precompress(root, ['en/index.html', 'small.txt', 'edition.zip']);
	assert.equal(totals.files, 1);
	assert.deepEqual(readdirSync(root, { recursive: true }).map(String).sort(), [
		'edition.zip',
		'en',
		'en/index.html',
		'en/index.html.br',
		'en/index.html.gz',
		'small.txt',
	]);
	assert.deepEqual(gunzipSync(readFileSync(path.join(root, 'en/index.html.gz'))), page);
	assert.deepEqual(brotliDecompressSync(readFileSync(path.join(root, 'en/index.html.br'))), page);
});

test('withoutCopies drops the copies, not files that are compressed in their own right', () => {
	assert.deepEqual(
		withoutCopies(['a.html', 'a.html.gz', 'a.html.br', 'en/pagefind/facts.json.gz']),
		['a.html', 'en/pagefind/facts.json.gz']
	);
});
