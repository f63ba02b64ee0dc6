// What the whole-site checks keep of a page, and the published addresses read from it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedAddresses } from './published.mjs';
import { pageFacts } from './site-index.mjs';
import { temporaryFolders } from './temp-folder.mjs';

const folder = temporaryFolders('published-');

const PAGE =
	'<!doctype html><html lang="en"><head><title> A &amp; B </title><link rel="alternate" hreflang="zh-CN" href="/zh/x/"><meta name="robots" content="noindex">' +
	'<link rel="stylesheet" href="/a.css"><script type="module" src="/m.js"></script></head><body>' +
	'<h2 id="s1" class="section-heading"><a href="#s1">One</a></h2><p id="p1"><a href="#s1">up</a></p><dfn id="t"><a id="self" href="#self">t</a></dfn>' +
	'<div data-href="/en/x/"></div><form action="/en/search/"></form></body></html>';

test('pageFacts keeps ids, URL-bearing attributes, self-linked ids and the head facts', () => {
	const facts = pageFacts(PAGE);
	assert.deepEqual([...facts.ids], ['s1', 'p1', 't', 'self']);
	assert.deepEqual(facts.selfLinked, ['s1', 'self']);
	assert.deepEqual(
		facts.refs.map((r) => `${r.tag} ${r.attr} ${r.value}`),
		[
			'link href /zh/x/',
			'link href /a.css',
			'script src /m.js',
			'a href #s1',
			'a href #s1',
			'a href #self',
			'div data-href /en/x/',
			'form action /en/search/',
		]
	);
	assert.deepEqual(
		[facts.lang, facts.title, facts.hreflangs, facts.noindex, facts.moduleScripts],
		['en', ' A & B ', ['zh-CN'], true, 1]
	);
});

test('published addresses: every page, self-linked ids, and anchors other pages link to', () => {
	const page = (body) =>
		`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
	const root = folder({
		'en/x/index.html': page(
			'<h2 id="s1"><a href="#s1">One</a></h2><p id="term">t</p><p id="quiet">q</p>'
		),
		'en/index.html': page(
			'<a href="/en/x/#term">term</a><a href="x/#missing">no such id</a><a href="#main">skip</a>'
		),
	});
	assert.deepEqual(publishedAddresses(root), ['/en/', '/en/x/', '/en/x/#s1', '/en/x/#term']);
});
