import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP_HEADER } from './csp.ts';
import { nginxServerBlock } from './nginx.ts';
import { sampleSite } from './testSite.ts';

const PLACE = { listen: '127.0.0.1:8080', root: '/srv/www' };

test('the server block names its place, types every kind of file and sends the headers on every response', () => {
	const conf = nginxServerBlock(sampleSite(), PLACE);
	assert.match(conf, /^ {4}listen 127\.0\.0\.1:8080;$/m);
	assert.match(conf, /^ {4}root \/srv\/www;$/m);
	for (const [type, ext] of [
		['application/x-research-info-systems', 'ris'],
		['application/x-bibtex', 'bib'],
		['application/zip', 'zip'],
		['text/csv', 'csv'],
	])
		assert.match(conf, new RegExp(`^ {8}${type} ${ext};$`, 'm'));
	assert.match(conf, /^ {4}add_header Content-Security-Policy "([^"]+)" always;$/m);
	assert.equal(/add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1], CSP_HEADER);
	assert.match(conf, /^ {4}error_page 404 \/404\.html;$/m);
	assert.match(conf, /^ {4}absolute_redirect off;$/m);
	assert.match(conf, /^ {4}gzip_static on;$/m);
});

test('moved pages get a 301 at every spelling of the old address, under the base', () => {
	const conf = nginxServerBlock(sampleSite('/kb/'), PLACE);
	for (const from of ['/kb/en/faqs/', '/kb/en/faqs', '/kb/en/faqs/index.html'])
		assert.ok(conf.includes(`location = ${from} { return 301 /kb/en/faq/$is_args$args; }`), from);
	assert.match(conf, /^ {4}error_page 404 \/kb\/404\.html;$/m);
});

test('the hashed-files location matches hashed files and nothing else', () => {
	const conf = nginxServerBlock(sampleSite('/kb/'), PLACE);
	const pattern = /^ {4}location ~ (\S+) \{$/m.exec(conf)?.[1];
	assert.ok(pattern);
	const re = new RegExp(pattern); // this pattern's syntax means the same to nginx (PCRE) and JavaScript
	for (const p of [
		'/kb/_astro/toc.CLjH40u8.js',
		'/kb/_search/en/3f9a0c1d2e/w/0.json',
		'/kb/pagefind/fragment/en_0a1b2c.pf_fragment',
		'/kb/pagefind/pagefind.en_1fc15865483.pf_meta',
	])
		assert.ok(re.test(p), p);
	for (const p of [
		'/kb/en/',
		'/kb/_search/en/index.json',
		'/kb/pagefind/pagefind-entry.json',
		'/kb/pagefind/pagefind.js',
		'/_astro/toc.CLjH40u8.js',
		'/kb/pagefind/pagefind.en_1fc15865483.pf_meta.br',
	])
		assert.ok(!re.test(p), p);
});
