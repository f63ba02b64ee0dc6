import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeAttribute, scanHtml } from './htmlScan.ts';

test('scanHtml: tags with decoded attributes and source offsets, raw script text, implied ends, SVG self-closing', () => {
	const html =
		'<p class="a&amp;b">x &lt; y<br><script>if (a<b) "</p>"</script><svg><use href="#i"/><text>t</text></svg></p>';
	const events: string[] = [];
	scanHtml(html, {
		startTag: (t) =>
			events.push(
				`<${t.name}${t.attrs.map((a) => ` ${a.name}=${a.value}`).join('')}>@${html.slice(t.start, t.end)}`
			),
		endTag: (name, start, end, implied) =>
			events.push(`</${name}>${implied ? ' implied' : `@${html.slice(start, end)}`}`),
		text: (text) => events.push(`"${text}"`),
	});
	assert.deepEqual(
		events.join(' '),
		[
			// Text comes in pieces around character references.
			'<p class=a&b>@<p class="a&amp;b">',
			'"x "',
			'"<"',
			'" y"',
			'<br>@<br>',
			'</br> implied',
			'<script>@<script>',
			'"if (a<b) "</p>""',
			'</script>@</script>',
			'<svg>@<svg>',
			'<use href=#i>@<use href="#i"/>',
			'</use> implied',
			'<text>@<text>',
			'"t"',
			'</text>@</text>',
			'</svg>@</svg>',
			'</p>@</p>',
		].join(' ')
	);
});

test('escapeAttribute escapes what a double-quoted attribute cannot hold as it is', () => {
	assert.equal(escapeAttribute('a "b" & c\u00a0d'), 'a &quot;b&quot; &amp; c&nbsp;d');
});
