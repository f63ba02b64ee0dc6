import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childNamed, childrenNamed, parseXml } from '../../tests/lib/xml.ts';
import { headFacts, hreflangProblems, robotsTxt, sitemapEntries, sitemapXml } from './sitemap.ts';

const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

const page = (head: string) =>
	`<!doctype html><html><head>${head}</head><body><link rel="canonical" href="https://body.invalid/"></body></html>`;
const zhHead = [
	'<link rel="canonical" href="https://x.org/kb/zh/plans/a/">',
	'<link rel="alternate" hreflang="zh-CN" href="https://x.org/kb/zh/plans/a/">',
	'<link rel="alternate" hreflang="en" href="https://x.org/kb/en/plans/a/">',
	'<link rel="alternate" hreflang="x-default" href="https://x.org/kb/">',
	'<link rel="alternate" type="application/atom+xml" hreflang="zh-CN" href="/kb/zh/feed.xml">',
	'<meta property="article:modified_time" content="2026-11-23">',
].join('');

test('headFacts reads canonical, HTML alternates (not feeds), noindex and modified time from the head only', () => {
	const cases: [string, string, ReturnType<typeof headFacts>][] = [
		[
			'document page',
			page(zhHead),
			{
				canonical: 'https://x.org/kb/zh/plans/a/',
				alternates: [
					{ hreflang: 'zh-CN', href: 'https://x.org/kb/zh/plans/a/' },
					{ hreflang: 'en', href: 'https://x.org/kb/en/plans/a/' },
					{ hreflang: 'x-default', href: 'https://x.org/kb/' },
				],
				noindex: false,
				modified: '2026-11-23',
			},
		],
		[
			'noindex, any case and list',
			page('<meta name="Robots" content="NOINDEX, follow">'),
			{ alternates: [], noindex: true },
		],
		['nothing', page('<title>x</title>'), { alternates: [], noindex: false }],
		[
			'a head closed in capitals',
			page(zhHead.slice(0, 58)).replace('</head>', '</HEAD >'),
			{ canonical: 'https://x.org/kb/zh/plans/a/', alternates: [], noindex: false },
		],
		[
			'a page whose head is never closed',
			`<html><head>${zhHead.slice(0, 58)}<body><p>x</p>`,
			{ canonical: 'https://x.org/kb/zh/plans/a/', alternates: [], noindex: false },
		],
	];
	for (const [name, html, expected] of cases) assert.deepEqual(headFacts(html), expected, name);
});

test('sitemapEntries keeps indexable pages at their canonical URL, sorted; rejects a page with neither canonical nor noindex', () => {
	const langs = [
		'<link rel="alternate" hreflang="zh-CN" href="https://x.org/kb/zh/plans/a/">',
		'<link rel="alternate" hreflang="en" href="https://x.org/kb/en/plans/a/">',
	];
	const entries = sitemapEntries([
		[
			'zh/plans/a/index.html',
			page(
				[
					'<link rel="canonical" href="https://x.org/kb/zh/plans/a/">',
					...langs,
					'<meta property="article:modified_time" content="2026-11-23">',
				].join('')
			),
		],
		[
			'en/plans/a/index.html',
			page(
				['<link rel="canonical" href="https://x.org/kb/en/plans/a/">', ...langs.reverse()].join('')
			),
		],
		['404.html', page('<meta name="robots" content="noindex">')],
		['index.html', page('<link rel="canonical" href="https://x.org/kb/">')],
	]);
	assert.deepEqual(
		entries.map((e) => [e.loc, e.lastmod, e.alternates.length]),
		[
			['https://x.org/kb/', undefined, 0],
			['https://x.org/kb/en/plans/a/', undefined, 2],
			['https://x.org/kb/zh/plans/a/', '2026-11-23', 2],
		]
	);
	// The page names the root as x-default, but the root does not name it back.
	assert.throws(
		() =>
			sitemapEntries([
				['zh/plans/a/index.html', page(zhHead)],
				['index.html', page('<link rel="canonical" href="https://x.org/kb/">')],
			]),
		/not reciprocal/
	);
	assert.throws(
		() => sitemapEntries([['zh/x/index.html', page('<title>x</title>')]]),
		/zh\/x\/index\.html has no <link rel="canonical">/
	);
	assert.throws(
		() => sitemapEntries([['zh/x/index.html', page('<link rel="canonical" href="/zh/x/">')]]),
		/not absolute/
	);
});

test('hreflangProblems: every page of a set lists the same set back, itself included', () => {
	const alt = (hreflang: string, href: string) => ({ hreflang, href });
	const zh = 'https://x.org/zh/a/';
	const en = 'https://x.org/en/a/';
	const root = 'https://x.org/';
	const pair = [alt('zh-CN', zh), alt('en', en)];
	const home = [
		alt('zh-CN', 'https://x.org/zh/'),
		alt('en', 'https://x.org/en/'),
		alt('x-default', root),
	];
	const cases: [string, { loc: string; alternates: ReturnType<typeof alt>[] }[], string[]][] = [
		[
			'a reciprocal pair',
			[
				{ loc: zh, alternates: pair },
				{ loc: en, alternates: [...pair].reverse() },
			],
			[],
		],
		[
			'home pages and the chooser as x-default',
			['https://x.org/zh/', 'https://x.org/en/', root].map((loc) => ({ loc, alternates: home })),
			[],
		],
		['a page without alternates', [{ loc: root, alternates: [] }], []],
		[
			'x-default to a chooser that lists other pages',
			[
				{ loc: zh, alternates: [...pair, alt('x-default', root)] },
				{ loc: en, alternates: [...pair, alt('x-default', root)] },
				{ loc: root, alternates: [] },
			],
			[
				`${zh}: its x-default alternate ${root} lists other alternates`,
				`${en}: its x-default alternate ${root} lists other alternates`,
			],
		],
		[
			'an alternate that is not indexed',
			[{ loc: zh, alternates: pair }],
			[`${zh}: its en alternate ${en} is no indexable page`],
		],
		[
			'a set without the page itself',
			[
				{ loc: zh, alternates: [alt('en', en)] },
				{ loc: en, alternates: [alt('en', en)] },
			],
			[`${zh}: not among its own alternates`],
		],
	];
	for (const [name, entries, expected] of cases)
		assert.deepEqual(hreflangProblems(entries), expected, name);
});

test('sitemapXml is well-formed, namespaced, with escaped locs and xhtml:link alternates', () => {
	const xml = sitemapXml([
		{
			loc: 'https://x.org/zh/?a=1&b=2',
			alternates: [{ hreflang: 'en', href: 'https://x.org/en/?a=1&b=2' }],
		},
		{ loc: 'https://x.org/zh/plans/a/', lastmod: '2026-11-23', alternates: [] },
	]);
	const root = parseXml(xml);
	assert.equal(root.local, 'urlset');
	assert.equal(root.uri, SM);
	const urls = childrenNamed(root, 'url', SM);
	assert.deepEqual(
		urls.map((u) => childNamed(u, 'loc', SM)?.text),
		['https://x.org/zh/?a=1&b=2', 'https://x.org/zh/plans/a/']
	);
	assert.deepEqual(
		childrenNamed(urls[0]!, 'link', XHTML).map((l) => l.attrs),
		[{ rel: 'alternate', hreflang: 'en', href: 'https://x.org/en/?a=1&b=2' }]
	);
	assert.equal(childNamed(urls[1]!, 'lastmod', SM)?.text, '2026-11-23');
});

test('robotsTxt names the sitemap only when there is one', () => {
	assert.equal(robotsTxt(), 'User-agent: *\nAllow: /\n');
	assert.equal(
		robotsTxt('https://x.org/kb/sitemap.xml'),
		'User-agent: *\nAllow: /\n\nSitemap: https://x.org/kb/sitemap.xml\n'
	);
});
