// The offline edition's static checks on tiny folders: reachability by links and search forms from the
// home pages, and stylesheets against the web build's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { misdirectedLinks, unreachablePages, unstyledPages } from './offline-edition.mjs';
import { temporaryFolders } from './temp-folder.mjs';

const folder = temporaryFolders('offline-');
const page = (head, body = '') =>
	`<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

test('pages reached by links and search forms from the home pages, and those no chain reaches', () => {
	const root = folder({
		'zh/index.html': page(
			'',
			'<a href="../en/index.html">en</a><form action="search/index.html"></form>'
		),
		'en/index.html': page(
			'',
			'<a href="plans/x/index.html#s1">x</a><link rel="alternate" href="feed/index.html">'
		),
		'en/plans/x/index.html': page(''),
		'zh/search/index.html': page(''),
		'en/feed/index.html': page(''),
		'en/orphan/index.html': page(''),
	});
	assert.deepEqual(unreachablePages(root), ['en/feed/index.html', 'en/orphan/index.html']);
});

test('stylesheets: the same files as the web page loads, else the page is reported', () => {
	const web = folder({
		'en/index.html': page('<link rel="stylesheet" href="/_astro/a.css">'),
		'en/x/index.html': page(
			'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">'
		),
		'404.html': page('<link rel="stylesheet" href="/_astro/a.css">'),
	});
	const offline = folder({
		'en/index.html': page('<link rel="stylesheet" href="../_astro/a.css">'),
		'en/x/index.html': page('<link rel="stylesheet" href="../../_astro/a.css">'),
		'404.html': page(''),
	});
	assert.deepEqual(unstyledPages(offline, web), [
		'404.html: offline (none) / web _astro/a.css',
		'en/x/index.html: offline _astro/a.css / web _astro/a.css _astro/b.css',
	]);
});

test('rewritten links: each offline link leads where its web link leads, link for link; what the edition leaves out is not paired', () => {
	const web = folder({
		'en/plans/x/index.html': page(
			'<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js"><script type="module" src="/_astro/m.js"></script>',
			'<a href="/en/plans/y/?q=1#s2">y</a><a href="#top">top</a><a href="https://gov.cn/">gov</a><p data-offline="omit"><a href="/download.zip">zip</a></p><form action="/en/search/"></form><a href="../">up</a>'
		),
	});
	const offline = folder({
		'en/plans/x/index.html': page(
			'<link rel="stylesheet" href="../../../_astro/a.css"><script src="../../../_offline/m.js" defer></script>',
			'<a href="../y/index.html?q=1#s2">y</a><a href="#top">top</a><a href="https://gov.cn/">gov</a><form action="../../search/index.html"></form><a href="../index.html">up</a>'
		),
	});
	assert.deepEqual(misdirectedLinks(offline, web), []);
	const wrong = folder({
		'en/plans/x/index.html': page(
			'<link rel="stylesheet" href="../../../_astro/a.css">',
			'<a href="../y/index.html#s2">y</a><a href="#top">top</a><a href="https://gov.cn/">gov</a><form action="../../search/index.html"></form><a href="../../index.html">up</a>'
		),
	});
	assert.deepEqual(misdirectedLinks(wrong, web), [
		'en/plans/x/index.html: web <a href="/en/plans/y/?q=1#s2"> / offline <a href="../y/index.html#s2">',
		'en/plans/x/index.html: web <a href="../"> / offline <a href="../../index.html">',
	]);
});
