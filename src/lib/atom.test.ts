import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childNamed, childrenNamed, parseXml } from '../../tests/lib/xml.ts';
import { atomDate, atomFeed, type AtomFeed } from './atom.ts';
import { xmlAttrs, xmlEscape } from './xml.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
	id: 'urn:uuid:00000000-0000-5000-8000-000000000000',
	title: '区域合作 & <协议>',
	lang: 'zh-CN',
	links: [{ rel: 'self', href: 'https://example.org/zh/feed.xml', type: 'application/atom+xml' }],
	authors: [{ name: 'Site "A"' }],
	entries: [
		{
			id: 'urn:uuid:1',
			title: 'Older',
			updated: '2024-05-08',
			links: [{ href: 'https://example.org/zh/plans/a/', type: 'text/html' }],
		},
		{
			id: 'urn:uuid:2',
			title: 'Newer <b>',
			updated: '2026-11-23',
			summary: 'x < y & z',
			categories: [{ term: 'plan', label: '方案' }],
			links: [{ href: '/zh/plans/b/?a=1&b=2' }],
		},
	],
	...over,
});

test('xmlEscape escapes markup and drops characters XML 1.0 forbids', () => {
	const cases: [string, string][] = [
		['A & B <"c">', 'A &amp; B &lt;&quot;c&quot;&gt;'],
		['中医药〔2024〕10号', '中医药〔2024〕10号'],
		['bell\u0007 tab\t nl\n', 'bell tab\t nl\n'],
		['lone \uD800 surrogate, pair 😀', 'lone  surrogate, pair 😀'],
		["it's", "it's"],
	];
	for (const [input, expected] of cases)
		assert.equal(xmlEscape(input), expected, JSON.stringify(input));
	assert.equal(
		xmlAttrs({ rel: 'self', type: undefined, title: 'a "b" & c' }),
		' rel="self" title="a &quot;b&quot; &amp; c"'
	);
});

test('atomDate accepts dates and RFC 3339 date-times, rejects anything else', () => {
	assert.equal(atomDate('2024-05-08'), '2024-05-08T00:00:00Z');
	assert.equal(atomDate('2024-05-08T10:00:00+08:00'), '2024-05-08T10:00:00+08:00');
	for (const bad of ['2024-05', '8 May 2024', '2024-05-08 10:00'])
		assert.throws(() => atomDate(bad), /neither/);
});

test('atomFeed writes well-formed Atom with every required element, text round-tripping', () => {
	const root = parseXml(atomFeed(feed()));
	assert.equal(root.local, 'feed');
	assert.equal(root.uri, ATOM);
	assert.equal(root.attrs['xml:lang'], 'zh-CN');
	assert.equal(childNamed(root, 'title', ATOM)?.text, '区域合作 & <协议>');
	assert.equal(
		childNamed(root, 'updated', ATOM)?.text,
		'2026-11-23T00:00:00Z',
		'feed updated defaults to the newest entry'
	);
	assert.equal(childNamed(childNamed(root, 'author', ATOM)!, 'name')?.text, 'Site "A"');
	assert.equal(childNamed(root, 'link')?.attrs.rel, 'self');
	const entries = childrenNamed(root, 'entry', ATOM);
	assert.equal(entries.length, 2);
	for (const e of entries)
		for (const name of ['id', 'title', 'updated', 'link'])
			assert.ok(childNamed(e, name, ATOM), `entry lacks <${name}>`);
	const [, newer] = entries;
	assert.equal(childNamed(newer!, 'title')?.text, 'Newer <b>');
	assert.equal(childNamed(newer!, 'summary')?.text, 'x < y & z');
	assert.equal(childNamed(newer!, 'link')?.attrs.href, '/zh/plans/b/?a=1&b=2');
	assert.equal(childNamed(newer!, 'link')?.attrs.rel, 'alternate');
	assert.deepEqual(childNamed(newer!, 'category')?.attrs, { term: 'plan', label: '方案' });
});

test('atomFeed: an explicit updated wins; an empty feed needs one', () => {
	assert.equal(
		childNamed(parseXml(atomFeed(feed({ updated: '2027-01-01' }))), 'updated')?.text,
		'2027-01-01T00:00:00Z'
	);
	assert.equal(
		childNamed(parseXml(atomFeed(feed({ entries: [], updated: '2026-01-01' }))), 'updated')?.text,
		'2026-01-01T00:00:00Z'
	);
	assert.throws(() => atomFeed(feed({ entries: [] })), /empty feed/);
});

test('atomFeed compares updated dates as instants, not strings', () => {
	const entries = [
		{ id: 'urn:a', title: 'a', updated: '2026-01-01T01:00:00+08:00', links: [] },
		{ id: 'urn:b', title: 'b', updated: '2025-12-31T20:00:00Z', links: [] },
	];
	assert.equal(
		childNamed(parseXml(atomFeed(feed({ entries }))), 'updated')?.text,
		'2025-12-31T20:00:00Z'
	);
});
