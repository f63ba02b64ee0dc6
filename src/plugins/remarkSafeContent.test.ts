import { compile } from '@mdx-js/mdx';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkSafeContent, urlProblem } from './remarkSafeContent.ts';

const FILE = '/site/content/documents/sample/en.mdx';
const PAGE = `---\ntitle: Sample\n---\n\n## One \\{#s1}\n\n`;

/** Compiles an entry body (after a frontmatter and a heading, so it starts on line 7) as the build does; the error's message and line, or undefined. */
async function check(body: string, path = FILE) {
	try {
		await compile(new VFile({ path, value: PAGE + body }), {
			remarkPlugins: [remarkGfm, remarkSafeContent],
		});
		return undefined;
	} catch (error) {
		const e = error as { reason?: string; message: string; line?: number };
		return { message: e.reason ?? e.message, line: e.line };
	}
}

test('an entry of Markdown, our components and plain text markup builds', async () => {
	const fine = [
		'Text with **emphasis**, a [section](#s1), a [relative page](../other/) and `https://example.org/as-text`.',
		'A figure <Fig id="beds" />, a <Term id="medical-consortium">term</Term>, a <DocLink doc="x" anchor="s2">link</DocLink>.',
		'<FigureTable role="target" />',
		'Plain markup: <abbr title="Traditional Chinese medicine">TCM</abbr>, H<sub>2</sub>O, <span class="x">span</span>.',
		"{/* an editor's comment */}",
		'| a | b |\n| - | - |\n| 1 | 2 |',
		'![chart](../chart.svg)',
	];
	for (const body of fine) assert.equal(await check(body), undefined, body);
});

test('every way of smuggling code or another host into an entry fails, naming the line', async () => {
	// [body, expected message, line] — bodies start on line 7 of the file.
	const bad: [string, RegExp, number?][] = [
		[
			'<script>alert(1)</script>',
			/<script> is not allowed in an entry: entries hold text, never code/,
		],
		['<script src="/x.js"></script>', /<script> is not allowed/],
		[
			'Text <img src="x.png" onerror="alert(1)" />',
			/<img onerror>: event-handler attributes run code/,
		],
		['<p onClick="alert(1)">x</p>', /<p onClick>: event-handler attributes/],
		['<span ONMOUSEOVER="alert(1)">x</span>', /<span ONMOUSEOVER>: event-handler/],
		[
			'[click](javascript:alert(1))',
			/link "javascript:alert\(1\)": javascript: addresses run code/,
		],
		['[click](JaVaScRiPt:alert(1))', /javascript: addresses run code/],
		['[click](&#106;avascript:alert(1))', /javascript: addresses run code/], // a character reference
		['[click](java&#9;script:alert(1))', /javascript: addresses run code/], // a tab inside the scheme
		[
			'<a href=" javascript:alert(1)">x</a>',
			/<a href=" javascript:alert\(1\)">: javascript: addresses run code/,
		],
		['<a href="&#x6A;avascript:alert(1)">x</a>', /javascript: addresses run code/],
		['<a href="vbscript:msgbox(1)">x</a>', /vbscript: addresses run code/],
		[
			'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
			/data: addresses smuggle a whole file/,
		],
		['![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', /image "data:image\/svg\+xml/],
		[
			'<iframe src="https://evil.example/"></iframe>',
			/<iframe> is not allowed in an entry: it embeds another page/,
		],
		['<object data="/x.swf"></object>', /<object> is not allowed/],
		['<embed src="/x.swf" />', /<embed> is not allowed/],
		['<frame src="/x" />', /<frame> is not allowed/],
		[
			'<style>{"body{display:none}"}</style>',
			/<style> is not allowed in an entry: styles come from the site's stylesheet/,
		],
		['<link rel="stylesheet" href="https://evil.example/x.css" />', /<link> is not allowed/],
		['<meta httpEquiv="refresh" content="0;url=javascript:alert(1)" />', /<meta> is not allowed/],
		['<base href="https://evil.example/" />', /<base> is not allowed/],
		['<svg><a href="javascript:alert(1)">x</a></svg>', /<svg> is not allowed/],
		['<form action="https://evil.example/"><input /></form>', /<form> is not allowed/],
		['<h2 id="x">Heading</h2>', /<h2> is not allowed in an entry: write headings in Markdown/],
		[
			'[source](https://evil.example/page)',
			/link "https:\/\/evil\.example\/page": evil\.example is another host/,
		],
		['[x](//evil.example/page)', /evil\.example is another host/],
		['[x](https:evil.example)', /evil\.example is another host/],
		['<a href="/\\evil.example/">x</a>', /evil\.example is another host/],
		[
			'Visit https://evil.example/ now.',
			/link "https:\/\/evil\.example\/": evil\.example is another host/,
		], // a GFM autolink
		['Visit www.evil.example now.', /evil\.example is another host/],
		[
			'![tracker](https://evil.example/pixel.png)',
			/image "https:\/\/evil\.example\/pixel\.png": evil\.example is another host/,
		],
		[
			'<img src="https://evil.example/pixel.png" />',
			/<img src="https:\/\/evil\.example\/pixel\.png">: evil\.example is another host/,
		],
		[
			'<img srcset="/a.png 1x, https://evil.example/b.png 2x" />',
			/<img srcset="https:\/\/evil\.example\/b\.png">/,
		],
		[
			'See [the source][src].\n\n[src]: https://evil.example/',
			/link "https:\/\/evil\.example\/": evil\.example is another host/,
			9,
		],
		['<a href="mailto:someone@example.org">mail</a>', /mailto: addresses are not allowed/],
		['<a href="file:///etc/passwd">x</a>', /file: addresses are not allowed/],
		['<div set:html="<script>alert(1)</script>" />', /<div set:html>: raw HTML is not allowed/],
		['<div dangerouslySetInnerHTML="x" />', /raw HTML is not allowed/],
		['<span style="display:none">x</span>', /<span style>: styles come from the site's stylesheet/],
		[
			'<a href={"javascript:alert(1)"}>x</a>',
			/<a href=\{"javascript:alert\(1\)"\}>: attribute values are written as text/,
		],
		['<Fig id={figures[0]} />', /<Fig id=\{figures\[0\]\}>: attribute values are written as text/],
		['<span {...props}>x</span>', /<span \{\.\.\.props\}>: write each attribute out/],
		[
			'{alert(1)}',
			/\{alert\(1\)\} is JavaScript in MDX and not allowed in an entry: write \\\{ for a literal brace/,
		],
		['Text {1 + 1} text', /is JavaScript in MDX/],
		[
			'import X from "https://evil.example/x.js"',
			/import and export are JavaScript and not allowed in an entry/,
		],
		['export const x = 1', /import and export are JavaScript/],
	];
	for (const [body, want, line = 7] of bad) {
		const got = await check(body);
		assert.ok(got, `should fail: ${body}`);
		assert.match(got.message, want, body);
		assert.equal(got.line, line, `line of: ${body}`);
	}
});

test('files that are not entries are left alone', async () => {
	assert.equal(await check('<script>x</script>', '/site/src/pages/page.mdx'), undefined);
});

test('urlProblem reads addresses as a browser does', () => {
	const cases: [string, string | undefined][] = [
		['#s1', undefined],
		['../faq/', undefined],
		['/zh/plans/x/#s2', undefined],
		['?q=x', undefined],
		['\tjavascript:alert(1)', 'javascript: addresses run code'],
		['java\nscript:alert(1)', 'javascript: addresses run code'],
		['https://[::1', 'is not an address a browser can follow'],
	];
	for (const [url, want] of cases) assert.equal(urlProblem(url), want, JSON.stringify(url));
});
