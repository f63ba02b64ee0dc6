import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSections, bodyData, splitSections } from './parallel.ts';

const h = (level: number, id: string, text: string) =>
	`<h${level} id="${id}" class="section-heading"><a class="heading-link" href="#${id}">${text}</a></h${level}>`;

test('splitSections cuts at every h2–h4 section heading and keeps text before the first', () => {
	const cases: { name: string; html: string; want: [string | null, string][] }[] = [
		{
			name: 'intro, part and item',
			html: `<p>intro</p>${h(2, 's1', 'One')}<p>a</p>${h(3, 's1-1', 'One.one')}<ul><li>b</li></ul>`,
			want: [
				[null, '<p>intro</p>'],
				[
					's1',
					'<h2 class="section-heading"><a class="heading-link" href="#s1">One</a></h2><p>a</p>',
				],
				[
					's1-1',
					'<h3 class="section-heading"><a class="heading-link" href="#s1-1">One.one</a></h3><ul><li>b</li></ul>',
				],
			],
		},
		{
			name: 'no intro, whitespace only before',
			html: `\n${h(2, 'talent', 'Talent')}<p>x</p>`,
			want: [['talent', `${h(2, 'talent', 'Talent').replace(' id="talent"', '')}<p>x</p>`]],
		},
		{
			name: 'a heading that is not a section heading does not split',
			html: `<h2 id="x">Not a section</h2><p>y</p>`,
			want: [[null, '<h2 id="zh-x">Not a section</h2><p>y</p>']],
		},
		{ name: 'no headings at all', html: '<p>only text</p>', want: [[null, '<p>only text</p>']] },
		{ name: 'empty body', html: '', want: [] },
		{
			name: 'the body as DocumentBody renders it: a citation wrapper and nested sections',
			html: `<div class="document__text" data-citation="{}"><p>intro</p><section class="doc-section">${h(2, 's1', 'One')}<p>a</p><section class="doc-section">${h(3, 's1-1', 'One.one')}<p>b</p></section></section></div>`,
			want: [
				[null, '<p>intro</p>'],
				[
					's1',
					'<h2 class="section-heading"><a class="heading-link" href="#s1">One</a></h2><p>a</p>',
				],
				[
					's1-1',
					'<h3 class="section-heading"><a class="heading-link" href="#s1-1">One.one</a></h3><p>b</p>',
				],
			],
		},
	];
	for (const c of cases) {
		const got = splitSections(c.html, 'zh').map((s) => [s.anchor, s.html]);
		assert.deepEqual(got, c.want, c.name);
	}
});

test('splitSections prefixes other ids and the in-column links to them, and leaves other links alone', () => {
	const html = `${h(2, 's1', 'Tasks')}<table><tr id="task-t1"><th><a href="#s1">§</a> <a href="#task-t1">t1</a></th></tr></table><a href="/en/plans/x/#task-t1">elsewhere</a><a href="#nowhere">n</a>`;
	const [section] = splitSections(html, 'en');
	assert.equal(
		section!.html,
		'<h2 class="section-heading"><a class="heading-link" href="#s1">Tasks</a></h2><table><tbody><tr id="en-task-t1"><th><a href="#s1">§</a> <a href="#en-task-t1">t1</a></th></tr></tbody></table><a href="/en/plans/x/#task-t1">elsewhere</a><a href="#nowhere">n</a>'
	);
});

test('splitSections rewrites id references (aria-labelledby, for) along with the ids', () => {
	const html = `<figure><svg role="img" aria-labelledby="c-title c-desc"><title id="c-title">T</title><desc id="c-desc">D</desc></svg></figure><label for="q">Q</label><input id="q"><p aria-describedby="elsewhere">x</p>`;
	const [section] = splitSections(html, 'zh');
	assert.match(section!.html, /aria-labelledby="zh-c-title zh-c-desc"/);
	assert.match(section!.html, /<title id="zh-c-title">/);
	assert.match(section!.html, /for="zh-q"/);
	assert.match(section!.html, /aria-describedby="elsewhere"/);
});

test('alignSections pairs by anchor in the first order and keeps one-sided sections in place', () => {
	const s = (anchor: string | null, html: string) => ({ anchor, html });
	const cases: {
		name: string;
		first: ReturnType<typeof s>[];
		second: ReturnType<typeof s>[];
		want: [string | null, string?, string?][];
	}[] = [
		{
			name: 'same anchors',
			first: [s(null, 'zi'), s('s1', 'z1'), s('s2', 'z2')],
			second: [s(null, 'ei'), s('s1', 'e1'), s('s2', 'e2')],
			want: [
				[null, 'zi', 'ei'],
				['s1', 'z1', 'e1'],
				['s2', 'z2', 'e2'],
			],
		},
		{
			name: 'intro in one language only',
			first: [s('s1', 'z1')],
			second: [s(null, 'ei'), s('s1', 'e1')],
			want: [
				[null, undefined, 'ei'],
				['s1', 'z1', 'e1'],
			],
		},
		{
			name: 'a section missing from the first language goes after its predecessor',
			first: [s('s1', 'z1'), s('s3', 'z3')],
			second: [s('s1', 'e1'), s('s2', 'e2'), s('s3', 'e3')],
			want: [
				['s1', 'z1', 'e1'],
				['s2', undefined, 'e2'],
				['s3', 'z3', 'e3'],
			],
		},
	];
	for (const c of cases) {
		const got = alignSections(c.first, c.second).map((r) => [r.anchor, r.first, r.second]);
		assert.deepEqual(got, c.want, c.name);
	}
});

test('bodyData reads the data attributes (citation facts, page address) off the body wrapper, and only those', () => {
	assert.deepEqual(
		bodyData(
			'<div class="document__text" id="w" data-citation="{&quot;lang&quot;:&quot;zh&quot;}" data-href="/kb/zh/plans/x/"><p data-x="inner">x</p></div>'
		),
		{
			'data-citation': '{"lang":"zh"}',
			'data-href': '/kb/zh/plans/x/',
		}
	);
	assert.deepEqual(bodyData('<p data-x="no wrapper">x</p>'), {});
});
