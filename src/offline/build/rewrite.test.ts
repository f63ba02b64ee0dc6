import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyVitePreloadMap, offlineHref, rewriteCssUrls, rewriteHtml } from './rewrite.ts';

const noScripts = (src: string): string => assert.fail(`no module script expected, got ${src}`);

test('offlineHref: relative, naming a file, keeping ?query and #anchor', () => {
	const cases: [ref: string, from: string, base: string, expected: string][] = [
		['/zh/plans/x/', 'zh/index.html', '/', 'plans/x/index.html'],
		['/en/plans/x/#s1-2', 'zh/plans/x/index.html', '/', '../../../en/plans/x/index.html#s1-2'],
		[
			'/zh/search/?q=中医&kind=plan',
			'zh/about/index.html',
			'/',
			'../search/index.html?q=%E4%B8%AD%E5%8C%BB&kind=plan',
		],
		['/kb/en/', 'index.html', '/kb/', 'en/index.html'],
		['/kb/', 'zh/plans/x/index.html', '/kb/', '../../../index.html'],
		['/kb/_astro/site.css', 'zh/plans/x/index.html', '/kb/', '../../../_astro/site.css'],
		['/favicon.svg', '404.html', '/', 'favicon.svg'],
		['../', 'zh/plans/index.html', '/', '../index.html'],
		['?q=x', 'zh/search/index.html', '/', 'index.html?q=x'],
		['/zh/plans/x/', 'zh/plans/x/index.html', '/', 'index.html'],
		// unchanged: same-page anchors, other schemes, other hosts, paths outside the base
		['#s1', 'zh/plans/x/index.html', '/', '#s1'],
		['mailto:a@b.cn', 'zh/index.html', '/', 'mailto:a@b.cn'],
		['https://kb.example.org/zh/', 'zh/index.html', '/', 'https://kb.example.org/zh/'],
		['//cdn.io/a.js', 'zh/index.html', '/', '//cdn.io/a.js'],
		['data:image/png;base64,AA', 'zh/index.html', '/', 'data:image/png;base64,AA'],
		['/other/', 'zh/index.html', '/kb/', '/other/'],
		['', 'zh/index.html', '/', ''],
	];
	for (const [ref, from, base, expected] of cases)
		assert.equal(offlineHref(ref, from, base), expected, `${ref} from ${from}`);
});

test('rewriteCssUrls: url() and @import relative to the stylesheet; data: and other hosts unchanged', () => {
	const css = `@import "/kb/_astro/print.css";a{background:url(/kb/i.svg)}b{background:url('data:image/svg+xml,x')}c{background:url("https://x.io/a.png")}`;
	assert.equal(
		rewriteCssUrls(css, '_astro/site.css', '/kb/'),
		`@import "print.css";a{background:url(../i.svg)}b{background:url('data:image/svg+xml,x')}c{background:url("https://x.io/a.png")}`
	);
});

const page = (head: string, body: string) =>
	`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

test('rewriteHtml: links, assets, forms, srcset, styles, data-href', () => {
	const html = page(
		'<link rel="stylesheet" href="/_astro/site.css"><link rel="alternate" hreflang="zh-CN" href="/zh/plans/x/"><link rel="canonical" href="https://kb.example.org/en/plans/x/">',
		'<a href="/en/">home</a><a href="#s1">here</a><form action="/en/search/" method="get"></form><img alt="" src="/i/a.png" srcset="/i/a.png 1x, /i/a2.png 2x"><div style="background:url(/i/b.png)"></div><style>p{background:url(/i/c.png)}</style><h2 id="s1">One</h2><div data-href="/zh/plans/x/"></div><div data-href="https://kb.example.org/zh/plans/x/"></div>'
	);
	assert.equal(
		rewriteHtml(html, 'en/plans/x/index.html', { base: '/', classicScript: noScripts }),
		page(
			'<link rel="stylesheet" href="../../../_astro/site.css"><link rel="alternate" hreflang="zh-CN" href="../../../zh/plans/x/index.html"><link rel="canonical" href="https://kb.example.org/en/plans/x/">',
			'<a href="../../index.html">home</a><a href="#s1">here</a><form action="../../search/index.html" method="get"></form><img alt="" src="../../../i/a.png" srcset="../../../i/a.png 1x, ../../../i/a2.png 2x"><div style="background:url(../../../i/b.png)"></div><style>p{background:url(../../../i/c.png)}</style><h2 id="s1">One</h2><div data-href="../../../zh/plans/x/index.html"></div><div data-href="https://kb.example.org/zh/plans/x/"></div>'
		)
	);
});

test('rewriteHtml: module scripts become the deferred classic scripts named for them; module preloads go; inline modules stay', () => {
	const html = page(
		'<link rel="modulepreload" href="/_astro/chunk.js"><script type="module" src="/_astro/a.js"></script>',
		'<script type="module">customElements.define("x-y", class extends HTMLElement {})</script>'
	);
	const asked: string[] = [];
	const classicScript = (src: string) => (asked.push(src), `_offline/${src.split('/').at(-1)}`);
	assert.equal(
		rewriteHtml(html, 'zh/index.html', { base: '/', classicScript }),
		page(
			'<script src="../_offline/a.js" defer=""></script>',
			'<script type="module">customElements.define("x-y", class extends HTMLElement {})</script>'
		)
	);
	assert.deepEqual(asked, ['/_astro/a.js']);
});

test('rewriteHtml: elementAttributes set attributes on every element of a tag', () => {
	const options = {
		base: '/',
		classicScript: noScripts,
		elementAttributes: { 'site-search': { 'data-index-transport': 'script' } },
	};
	assert.equal(
		rewriteHtml(
			page('<title>t</title>', '<site-search data-lang="zh"></site-search><p>x</p>'),
			'zh/search/index.html',
			options
		),
		page(
			'<title>t</title>',
			'<site-search data-lang="zh" data-index-transport="script"></site-search><p>x</p>'
		)
	);
});

test('rewriteHtml: data-offline="omit" removes, data-offline="show" reveals', () => {
	const html = page(
		'',
		'<p data-offline="omit"><a href="/downloads/x.zip">Download</a></p><p data-offline="show" hidden>You are reading the offline edition.</p>'
	);
	assert.equal(
		rewriteHtml(html, 'en/about/index.html', { base: '/', classicScript: noScripts }),
		page('', '<p>You are reading the offline edition.</p>')
	);
});

test('emptyVitePreloadMap empties the preload list and leaves other code alone', () => {
	const chunk =
		'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/highlight.js","_astro/text.js"])))=>i.map(i=>d[i]);\nimport{t as e}from"./preload-helper.js";e(()=>import(`./highlight.js`),__vite__mapDeps([0,1]));';
	assert.equal(
		emptyVitePreloadMap(chunk),
		'const __vite__mapDeps=()=>[];\nimport{t as e}from"./preload-helper.js";e(()=>import(`./highlight.js`),__vite__mapDeps([0,1]));'
	);
	assert.equal(emptyVitePreloadMap('var a=1;'), 'var a=1;');
	// A map written in a form it does not know fails the build rather than leaving fetches to the site's root.
	assert.throws(
		() => emptyVitePreloadMap('const __vite__mapDeps=(i)=>i.map(j=>["_astro/a.js"][j]);'),
		/__vite__mapDeps in a form/
	);
});
