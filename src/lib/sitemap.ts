import { parse } from 'parse5';
import { attr, elementsOf } from './html.ts';
import { xmlAttrs, xmlEscape } from './xml.ts';

/**
 * The sitemap (sitemaps.org protocol, with Google's `xhtml:link` hreflang alternates) is written
 * from the built pages' own heads, so it can only say what the pages say: their canonical URL,
 * their language alternates, whether they ask not to be indexed, when a document last changed.
 */

export interface Alternate {
	/** `zh-CN`, `en` or `x-default`. */
	hreflang: string;
	href: string;
}

/** What a page's head says about it. */
export interface HeadFacts {
	canonical?: string | undefined;
	/** `<link rel="alternate" hreflang>` to HTML pages (feeds, which carry a `type`, are not alternates of the page). */
	alternates: Alternate[];
	/** `<meta name="robots" content="noindex">`. */
	noindex: boolean;
	/** `<meta property="article:modified_time">`, on document pages. */
	modified?: string | undefined;
}

export interface SitemapEntry {
	loc: string;
	lastmod?: string | undefined;
	alternates: Alternate[];
}

const tokens = (value: string | undefined) =>
	(value ?? '')
		.toLowerCase()
		.split(/[\s,]+/)
		.filter(Boolean);

/**
 * Reads the head of a built page.
 * @example headFacts('<link rel="canonical" href="https://x.org/zh/">').canonical // 'https://x.org/zh/'
 */
export function headFacts(html: string): HeadFacts {
	// Only the head is parsed: the body is most of a document page, and the sitemap reads every page.
	// Our pages escape `<` in text, attributes and JSON-LD, so the first `</head` ends the head.
	const end = html.search(/<\/head[\s>]/i);
	const head = [...elementsOf(parse(end < 0 ? html : html.slice(0, end)))].find(
		(el) => el.tagName === 'head'
	);
	const facts: HeadFacts = { alternates: [], noindex: false };
	for (const el of head ? elementsOf(head) : []) {
		const rel = tokens(attr(el, 'rel'));
		if (el.tagName === 'link' && rel.includes('canonical')) facts.canonical = attr(el, 'href');
		else if (
			el.tagName === 'link' &&
			rel.includes('alternate') &&
			attr(el, 'hreflang') &&
			!attr(el, 'type')
		)
			facts.alternates.push({ hreflang: attr(el, 'hreflang')!, href: attr(el, 'href')! });
		else if (
			el.tagName === 'meta' &&
			attr(el, 'name')?.toLowerCase() === 'robots' &&
			tokens(attr(el, 'content')).includes('noindex')
		)
			facts.noindex = true;
		else if (el.tagName === 'meta' && attr(el, 'property') === 'article:modified_time')
			facts.modified = attr(el, 'content');
	}
	return facts;
}

/**
 * Where hreflang sets are not reciprocal: search engines ignore an alternate whose page does not list
 * the same set back (x-default included), so each entry's alternates must be entries with that set.
 * @example hreflangProblems([{ loc: 'https://x.org/zh/a/', alternates: [{ hreflang: 'x-default', href: 'https://x.org/' }] }])
 * // ['https://x.org/zh/a/: its x-default alternate https://x.org/ is no indexable page', 'https://x.org/zh/a/: not among its own alternates']
 */
export function hreflangProblems(entries: SitemapEntry[]): string[] {
	const setOf = (alternates: Alternate[]) =>
		JSON.stringify(alternates.map((a) => [a.hreflang, a.href]).sort());
	const byLoc = new Map(entries.map((e) => [e.loc, setOf(e.alternates)]));
	return entries.flatMap((e) => {
		const problems = e.alternates.map((a) => {
			const back = byLoc.get(a.href);
			if (back === undefined)
				return `${e.loc}: its ${a.hreflang} alternate ${a.href} is no indexable page`;
			return back === byLoc.get(e.loc)
				? undefined
				: `${e.loc}: its ${a.hreflang} alternate ${a.href} lists other alternates`;
		});
		if (e.alternates.length && !e.alternates.some((a) => a.href === e.loc))
			problems.push(`${e.loc}: not among its own alternates`);
		return problems.filter((p): p is string => p !== undefined);
	});
}

/**
 * The sitemap entries of a build's pages: every page that does not ask for `noindex`, at its canonical
 * URL. A page with neither is a mistake (it would silently vanish from search engines), and so are
 * hreflang sets that are not reciprocal (search engines would ignore them): both throw.
 * @param pages `[file, html]` of every built page
 */
export function sitemapEntries(pages: Iterable<[file: string, html: string]>): SitemapEntry[] {
	const entries: SitemapEntry[] = [];
	for (const [file, html] of pages) {
		const facts = headFacts(html);
		if (facts.noindex) continue;
		if (!facts.canonical)
			throw new Error(
				`sitemap: ${file} has no <link rel="canonical"> and no <meta name="robots" content="noindex">: give it one of them`
			);
		if (!/^https?:\/\//.test(facts.canonical))
			throw new Error(
				`sitemap: ${file}'s canonical "${facts.canonical}" is not absolute (is SITE_URL set?)`
			);
		entries.push({ loc: facts.canonical, lastmod: facts.modified, alternates: facts.alternates });
	}
	const problems = hreflangProblems(entries);
	if (problems.length)
		throw new Error(
			`sitemap: hreflang alternates that are not reciprocal:\n${problems.join('\n')}`
		);
	return entries.sort((a, b) => a.loc.localeCompare(b.loc));
}

/** A sitemap document with hreflang alternates (`xhtml:link`). */
export function sitemapXml(entries: SitemapEntry[]): string {
	const url = (e: SitemapEntry) =>
		[
			'  <url>',
			`    <loc>${xmlEscape(e.loc)}</loc>`,
			...(e.lastmod ? [`    <lastmod>${xmlEscape(e.lastmod)}</lastmod>`] : []),
			...e.alternates.map(
				(a) =>
					`    <xhtml:link${xmlAttrs({ rel: 'alternate', hreflang: a.hreflang, href: a.href })}/>`
			),
			'  </url>',
		].join('\n');
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries.map(url),
		'</urlset>',
		'',
	].join('\n');
}

/**
 * robots.txt: everything may be crawled; the sitemap is named only when the build has a public
 * origin (the Sitemap line must be absolute).
 * @example robotsTxt('https://x.org/sitemap.xml') // 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n'
 */
export function robotsTxt(sitemapUrl?: string): string {
	return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
