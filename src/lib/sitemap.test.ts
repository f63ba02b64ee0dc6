import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childNamed, childrenNamed, parseXml } from '../../tests/lib/xml.ts';
import { headFacts, robotsTxt, sitemapEntries, sitemapXml } from './sitemap.ts';

const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><link rel="canonical" href="https://body.invalid/"></body></html>`;
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
    ['document page', page(zhHead), {
      canonical: 'https://x.org/kb/zh/plans/a/',
      alternates: [
        { hreflang: 'zh-CN', href: 'https://x.org/kb/zh/plans/a/' },
        { hreflang: 'en', href: 'https://x.org/kb/en/plans/a/' },
        { hreflang: 'x-default', href: 'https://x.org/kb/' },
      ],
      noindex: false,
      modified: '2026-11-23',
    }],
    ['noindex, any case and list', page('<meta name="Robots" content="NOINDEX, follow">'), { alternates: [], noindex: true }],
    ['nothing', page('<title>x</title>'), { alternates: [], noindex: false }],
    ['a head closed in capitals', page(zhHead.slice(0, 58)).replace('</head>', '</HEAD >'), { canonical: 'https://x.org/kb/zh/plans/a/', alternates: [], noindex: false }],
    ['a page whose head is never closed', `<html><head>${zhHead.slice(0, 58)}<body><p>x</p>`, { canonical: 'https://x.org/kb/zh/plans/a/', alternates: [], noindex: false }],
  ];
  for (const [name, html, expected] of cases) assert.deepEqual(headFacts(html), expected, name);
});

test('sitemapEntries keeps indexable pages at their canonical URL, sorted; rejects a page with neither canonical nor noindex', () => {
  const entries = sitemapEntries([
    ['zh/plans/a/index.html', page(zhHead)],
    ['404.html', page('<meta name="robots" content="noindex">')],
    ['index.html', page('<link rel="canonical" href="https://x.org/kb/">')],
  ]);
  assert.deepEqual(entries.map((e) => [e.loc, e.lastmod, e.alternates.length]), [
    ['https://x.org/kb/', undefined, 0],
    ['https://x.org/kb/zh/plans/a/', '2026-11-23', 3],
  ]);
  assert.throws(() => sitemapEntries([['zh/x/index.html', page('<title>x</title>')]]), /zh\/x\/index\.html has no <link rel="canonical">/);
  assert.throws(() => sitemapEntries([['zh/x/index.html', page('<link rel="canonical" href="/zh/x/">')]]), /not absolute/);
});

test('sitemapXml is well-formed, namespaced, with escaped locs and xhtml:link alternates', () => {
  const xml = sitemapXml([
    { loc: 'https://x.org/zh/?a=1&b=2', alternates: [{ hreflang: 'en', href: 'https://x.org/en/?a=1&b=2' }] },
    { loc: 'https://x.org/zh/plans/a/', lastmod: '2026-11-23', alternates: [] },
  ]);
  const root = parseXml(xml);
  assert.equal(root.local, 'urlset');
  assert.equal(root.uri, SM);
  const urls = childrenNamed(root, 'url', SM);
  assert.deepEqual(urls.map((u) => childNamed(u, 'loc', SM)?.text), ['https://x.org/zh/?a=1&b=2', 'https://x.org/zh/plans/a/']);
  assert.deepEqual(childrenNamed(urls[0]!, 'link', XHTML).map((l) => l.attrs), [{ rel: 'alternate', hreflang: 'en', href: 'https://x.org/en/?a=1&b=2' }]);
  assert.equal(childNamed(urls[1]!, 'lastmod', SM)?.text, '2026-11-23');
});

test('robotsTxt names the sitemap only when there is one', () => {
  assert.equal(robotsTxt(), 'User-agent: *\nAllow: /\n');
  assert.equal(robotsTxt('https://x.org/kb/sitemap.xml'), 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/kb/sitemap.xml\n');
});
