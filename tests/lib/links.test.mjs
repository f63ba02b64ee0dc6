// The link checker on tiny built folders, broken ones included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brokenLinks } from './links.mjs';
import { temporaryFolders } from './temp-folder.mjs';

const folder = temporaryFolders('links-');

const page = (body) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const target = page('<h2 id="s1">One</h2>');

test('a site at the root: pages, anchors, assets', () => {
	const root = folder({
		'en/index.html': page(
			'<a href="/en/plans/x/#s1">ok</a><a href="/en/plans/y/">missing</a><a href="/en/plans/x/#s9">bad anchor</a><img alt="" src="/a.png"><a href="https://gov.cn/">external</a>'
		),
		'en/plans/x/index.html': target,
	});
	assert.deepEqual(brokenLinks({ root }), [
		'en/index.html: /en/plans/y/ (no such page or file)',
		'en/index.html: /en/plans/x/#s9 (no element with that id)',
		'en/index.html: /a.png (no such page or file)',
	]);
});

test('a sub-path build: a link that forgot the base is outside it', () => {
	const root = folder({
		'en/index.html': page(
			'<a href="/kb/en/plans/x/#s1">ok</a><a href="/en/plans/x/">no base</a><a href="../en/plans/x/">relative</a>'
		),
		'en/plans/x/index.html': target,
	});
	assert.deepEqual(brokenLinks({ root, base: '/kb/' }), [
		'en/index.html: /en/plans/x/ (outside the base path /kb/)',
	]);
});

test('data-href (where a document body lives) is followed, and absolute links on the build’s own origin are checked', () => {
	const root = folder({
		'en/index.html': page(
			'<div data-href="/kb/en/plans/x/">ok</div><div data-href="/kb/en/plans/y/">missing</div><a href="https://agreements.test/kb/en/plans/z/">own origin</a><a href="https://gov.cn/">external</a>'
		),
		'en/plans/x/index.html': target,
	});
	assert.deepEqual(brokenLinks({ root, base: '/kb/', site: 'https://agreements.test' }), [
		'en/index.html: /kb/en/plans/y/ (no such page or file)',
		'en/index.html: /kb/en/plans/z/ (no such page or file)',
	]);
});

test('the offline edition: relative links that name a file', () => {
	const root = folder({
		'en/index.html': page(
			'<a href="plans/x/index.html#s1">ok</a><a href="plans/x/">folder</a><a href="/en/plans/x/index.html">root-relative</a><a href="#top">same page</a><form action="search/index.html"></form>'
		),
		'en/plans/x/index.html': target,
		'en/search/index.html': page(''),
	});
	assert.deepEqual(brokenLinks({ root, offline: true }), [
		'en/index.html: plans/x/ (names a folder: from the file system that opens a listing, not the page)',
		'en/index.html: /en/plans/x/index.html (root-relative: breaks from the file system)',
		'en/index.html: #top (no element with that id)',
	]);
});
