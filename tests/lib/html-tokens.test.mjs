// The tokenizer of the whole-site checks against parse5 (a tree builder that follows the HTML standard):
// the same elements with the same attributes, on the markup built pages hold and on the edge cases.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'parse5';
import { startTags, tokens, walkTags } from './html-tokens.mjs';
import { walk } from './site.mjs';

/** The written elements of a page as parse5 reads them: name and attributes, in order (SVG's camelCase names lowered). */
const byParse5 = (html) =>
	[...walk(parse(html, { sourceCodeLocationInfo: true }))]
		.filter((n) => n.tagName && n.sourceCodeLocation?.startTag)
		.map((n) => [
			n.tagName,
			Object.fromEntries(n.attrs.map((a) => [a.name.toLowerCase(), a.value])),
		]);
const byTokens = (html) => startTags(html).map((t) => [t.name, t.attrs]);

const cases = {
	'a page':
		'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>标题 &amp; 副题</title><link rel="stylesheet" href="/_astro/a.css"></head><body><main id="main"><a href="/zh/plans/x/?q=a&amp;b=c#s1">x</a></main></body></html>',
	'quoting: single, none, > inside a value, = without a value': `<a href='/x?a=1' title="a > b" data-x=plain hidden class=>y</a><p id=last>`,
	'character references': '<a title="&lt;&quot;&#39;&#x4e2d;&hellip;&nbsp;&copy;">x</a>',
	'a repeated attribute keeps the first': '<a href="/first" href="/second">x</a>',
	'upper case names': '<A HREF="/x" Data-Href="/y">x</A>',
	'script, style, textarea and title hold text, not tags':
		'<script>if (a<b) document.write("<a href=\'/no\'>")</script><style>a::after{content:"<b id=x>"}</style><textarea><i id="no"></i></textarea><title><em id="no"></em></title><p id="yes"></p>',
	'comments, CDATA and doctype':
		'<!-- <a href="/no"> --><!DOCTYPE html><svg><![CDATA[<a href="/no">]]></svg><a href="/yes">y</a>',
	'SVG, self-closing':
		'<svg viewBox="0 0 1 1" aria-hidden="true"><path d="M0 0h1"/><use href="#i" /></svg><a href="/after">x</a>',
	'a slash in an unquoted value': '<a href=/x/>x</a>',
	'template content': '<template id="t"><a href="/in-template">x</a></template>',
};
for (const [name, html] of Object.entries(cases))
	test(name, () => assert.deepEqual(byTokens(html), byParse5(html)));

test('raw text is kept: the code of a script, the rules of a style (as written), a title (decoded)', () => {
	const [script, style, title] = startTags(
		'<script>a<b&amp;</script><style>a{b:c}</style><title>x &amp; y</title>'
	);
	assert.deepEqual([script.text, style.text, title.text], ['a<b&amp;', 'a{b:c}', 'x & y']);
});

test('end tags are reported with their names; self-closing is recognised only by a slash of its own', () => {
	assert.deepEqual(
		tokens('<p>x</P><path d="M0"/><a href=/x/>').map((t) =>
			t.close ? `/${t.name}` : `${t.name}${t.selfClosing ? '/' : ''}`
		),
		['p', '/p', 'path/', 'a']
	);
});

test('walkTags gives each start tag the elements it sits in', () => {
	const seen = [];
	walkTags(
		'<h2 id="s1"><a href="#s1">One</a></h2><p><img alt="" src="x.png"><br><a href="#s1">back</a></p><svg><path d="M0"/><title>t</title></svg>',
		(tag, open) => seen.push(`${open.map((o) => o.name).join('>')}|${tag.name}`)
	);
	assert.deepEqual(seen, [
		'|h2',
		'h2|a',
		'|p',
		'p|img',
		'p|br',
		'p|a',
		'|svg',
		'svg|path',
		'svg|title',
	]);
});
