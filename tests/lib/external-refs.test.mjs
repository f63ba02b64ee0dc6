// The external-reference scanner: what it reports and, as importantly, what it must not report.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	externalRefsInCss,
	externalRefsInHtml,
	externalRefsInJs,
	externalRefsInJson,
	externalRefsInXml,
	siteOrigins,
} from './external-refs.mjs';
import { externalRefsInFolder } from './other-hosts.mjs';
import { temporaryFolders } from './temp-folder.mjs';

const folder = temporaryFolders('external-refs-');
const urls = (refs) => refs.map((r) => `${r.where} ${r.url}`);
const site = { allowOrigins: ['https://kb.example.org'] };

describe('HTML', () => {
	const cases = [
		[
			'web font stylesheet',
			'<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto">',
			['<link href> https://fonts.googleapis.com/css2?family=Noto'],
		],
		[
			'protocol-relative script',
			'<script src="//cdn.jsdelivr.net/x.js"></script>',
			['<script src> //cdn.jsdelivr.net/x.js'],
		],
		[
			'image srcset',
			'<img alt="" src="/a.png" srcset="/a.png 1x, https://img.cdn.net/a@2x.png 2x">',
			['<img srcset> https://img.cdn.net/a@2x.png'],
		],
		[
			'link to another site',
			'<a href="http://www.gov.cn/">gov</a>',
			['<a href> http://www.gov.cn/'],
		],
		[
			'form posting elsewhere',
			'<form action="https://forms.io/f"></form>',
			['<form action> https://forms.io/f'],
		],
		[
			'meta refresh',
			'<meta http-equiv="refresh" content="0; url=https://elsewhere.net/">',
			['<meta content> https://elsewhere.net/'],
		],
		[
			'preconnect',
			'<link rel="preconnect" href="https://analytics.io">',
			['<link href> https://analytics.io'],
		],
		[
			'style attribute',
			'<div style="background: url(https://img.io/bg.png)"></div>',
			['<div style> https://img.io/bg.png'],
		],
		[
			'style element @import',
			'<style>@import url("https://fonts.io/a.css");</style>',
			['<style> https://fonts.io/a.css'],
		],
		[
			'inline script fetch',
			'<script>fetch("https://api.io/x")</script>',
			['<script> https://api.io/x'],
		],
		[
			'JSON in a data attribute',
			`<site-search data-bundles='{"zh":"https://cdn.io/zh/"}'></site-search>`,
			['<site-search data-bundles> https://cdn.io/zh/'],
		],
		[
			'websocket',
			'<script>new WebSocket("wss://live.io/s")</script>',
			['<script> wss://live.io/s'],
		],
		[
			'a file on schema.org is no term',
			'<script type="application/ld+json">{"@context":"https://schema.org","url":"https://schema.org/docs/x.js"}</script>',
			['<script type="application/ld+json"> https://schema.org/docs/x.js'],
		],
		[
			'JSON-LD value on another host',
			'<script type="application/ld+json">{"@context":"https://schema.org","url":"https://other.io/x"}</script>',
			['<script type="application/ld+json"> https://other.io/x'],
		],
		// Not requests:
		['URL written in page text', '<p>See https://www.gov.cn/zhengce/ for the original.</p>', []],
		[
			'site-relative links and assets',
			'<a href="/zh/plans/x/#s1">x</a><link rel="stylesheet" href="/_astro/a.css"><img alt="" src="../a.png">',
			[],
		],
		['SITE_URL origin (canonical)', '<link rel="canonical" href="https://kb.example.org/zh/">', []],
		[
			'inline SVG namespace',
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="#i"></use></svg>',
			[],
		],
		[
			'data: and mailto:',
			'<img alt="" src="data:image/png;base64,AAAA"><a href="mailto:x@y.cn">m</a>',
			[],
		],
		[
			'JSON-LD vocabulary (@context)',
			'<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Thing","url":"/zh/"}]}</script>',
			[],
		],
		[
			'JSON-LD enumeration value (a schema.org term)',
			'<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"legislationLegalForce":"https://schema.org/InForce"}]}</script>',
			[],
		],
		[
			'prose in a script string',
			'<script>console.error("failed, see https://pagefind.app/docs")</script>',
			[],
		],
	];
	for (const [name, html, expected] of cases)
		test(name, () => assert.deepEqual(urls(externalRefsInHtml(html, site)), expected));

	test('another origin on the same domain is still another host', () =>
		assert.deepEqual(
			urls(externalRefsInHtml('<link rel="icon" href="http://kb.example.org/favicon.svg">', site)),
			['<link href> http://kb.example.org/favicon.svg']
		));
});

describe('CSS, JS, JSON, XML', () => {
	const cases = [
		[
			'css url()',
			externalRefsInCss,
			'@font-face{src:url(https://fonts.gstatic.com/a.woff2)}',
			['css https://fonts.gstatic.com/a.woff2'],
		],
		['css @import string', externalRefsInCss, '@import "//cdn.io/a.css";', ['css //cdn.io/a.css']],
		[
			'css image-set',
			externalRefsInCss,
			'a{background:image-set("https://i.io/a.png" 1x)}',
			['css https://i.io/a.png'],
		],
		[
			'css data: URI with an SVG namespace inside',
			externalRefsInCss,
			`a{background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E")}`,
			[],
		],
		[
			'js dynamic import from a CDN',
			externalRefsInJs,
			'await import(`https://esm.sh/x`)',
			['js https://esm.sh/x'],
		],
		[
			'js CSS in a string',
			externalRefsInJs,
			'el.style.background="url(https://i.io/a.png)"',
			['js https://i.io/a.png'],
		],
		[
			'js SVG namespace',
			externalRefsInJs,
			'document.createElementNS("http://www.w3.org/2000/svg","svg")',
			[],
		],
		[
			'js dummy base for URL parsing',
			externalRefsInJs,
			'new URL(`https://example.com${path}`)',
			[],
		],
		[
			'js comment and credit line',
			externalRefsInJs,
			'/* https://markjs.io/ */ var t="Pablo <https://github.com/p>"',
			[],
		],
		[
			'json URL value',
			externalRefsInJson,
			'{"a":{"icon":"https://cdn.io/i.png"}}',
			['json https://cdn.io/i.png'],
		],
		['json text mentioning a URL', externalRefsInJson, '{"text":"see https://cdn.io/i.png"}', []],
		[
			'json schema dialect id (known to validators, never fetched)',
			externalRefsInJson,
			'{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"https://cdn.io/s.json"}',
			['json https://cdn.io/s.json'],
		],
		[
			'xml feed link to SITE_URL',
			externalRefsInXml,
			'<rss xmlns:atom="http://www.w3.org/2005/Atom"><link>https://kb.example.org/en/</link></rss>',
			[],
		],
		[
			'xml sitemap entry elsewhere',
			externalRefsInXml,
			'<urlset><url><loc>https://other.io/x</loc></url></urlset>',
			['<loc> https://other.io/x'],
		],
		[
			'xml stylesheet instruction',
			externalRefsInXml,
			'<?xml-stylesheet href="https://cdn.io/feed.xsl" type="text/xsl"?><rss></rss>',
			['<?xml-stylesheet href> https://cdn.io/feed.xsl'],
		],
	];
	for (const [name, scan, input, expected] of cases)
		test(name, () => assert.deepEqual(urls(scan(input, site)), expected));
});

describe('a built folder', () => {
	test('reports each file and reference, and skips Pagefind UIs that no page loads', () => {
		const root = folder({
			'zh/index.html':
				'<link rel="stylesheet" href="https://fonts.googleapis.com/css"><p>https://mention.only/</p>',
			'_astro/site.css': 'body{font-family:system-ui}',
			'_astro/a.js': 'fetch("//stats.io/hit")',
			'zh/pagefind/pagefind-ui.js': 'new URL(c,"https://p")',
			'zh/pagefind/facts.json': '{"a":{"facets":{}}}',
			'en/index.html': '<link rel="canonical" href="https://kb.example.org/en/">',
			'data/x.json': '{"homepage":"https:\\/\\/x.io\\/","path":"/zh/"}',
		});
		assert.deepEqual(externalRefsInFolder(root, site), [
			'_astro/a.js: js //stats.io/hit',
			'data/x.json: json https://x.io/',
			'zh/index.html: <link href> https://fonts.googleapis.com/css',
		]);
	});

	test('SITE_URL gives the one allowed origin', () => {
		assert.deepEqual(siteOrigins('https://kb.example.org/sub/'), ['https://kb.example.org']);
		assert.deepEqual(siteOrigins(''), []);
	});
});
