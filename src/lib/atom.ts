/**
 * A small typed Atom 1.0 writer (RFC 4287) for the site's feeds. Only the elements the feeds use;
 * every text and attribute goes through xmlEscape, so the output is always well-formed.
 */
import { xmlAttrs, xmlEscape } from './xml.ts';

export interface AtomLink {
	href: string;
	/** `alternate` (the page), `self` (the feed itself) or `related`. */
	rel?: 'alternate' | 'self' | 'related';
	/** Media type of the target, e.g. `text/html`. */
	type?: string;
	/** Language of the target, e.g. `zh-CN`. */
	hreflang?: string;
	title?: string;
}

export interface AtomPerson {
	name: string;
	uri?: string;
}

export interface AtomCategory {
	term: string;
	label?: string;
}

export interface AtomEntry {
	/** A permanent IRI, e.g. `urn:uuid:…`; never changes when the entry does. */
	id: string;
	title: string;
	/** Last meaningful change: `YYYY-MM-DD` or a full RFC 3339 date-time. */
	updated: string;
	/** The entry's pages; the first `alternate` is the one readers open. */
	links: AtomLink[];
	summary?: string;
	categories?: AtomCategory[];
	/** Only when they differ from the feed's authors (entries inherit them, RFC 4287 §4.2.1). */
	authors?: AtomPerson[];
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** `xml:lang` of the feed's text, e.g. `zh-CN`. */
	lang: string;
	/** Defaults to the newest entry's `updated` (required by RFC 4287, so an empty feed must give it). */
	updated?: string;
	links: AtomLink[];
	/** The feed's authors; RFC 4287 needs at least one here or on every entry. */
	authors: [AtomPerson, ...AtomPerson[]];
	entries: AtomEntry[];
}

/**
 * An RFC 3339 date-time for Atom: a bare date is taken as midnight UTC.
 * @example atomDate('2024-05-08') // '2024-05-08T00:00:00Z'
 */
export function atomDate(date: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(date))
		return date;
	throw new Error(`atomDate: "${date}" is neither YYYY-MM-DD nor an RFC 3339 date-time`);
}

const element = (
	indent: string,
	name: string,
	text: string,
	attributes: Record<string, string | undefined> = {}
) => `${indent}<${name}${xmlAttrs(attributes)}>${xmlEscape(text)}</${name}>`;
const link = (indent: string, l: AtomLink) =>
	`${indent}<link${xmlAttrs({ rel: l.rel ?? 'alternate', type: l.type, hreflang: l.hreflang, title: l.title, href: l.href })}/>`;
const person = (indent: string, tag: 'author', p: AtomPerson) =>
	[
		`${indent}<${tag}>`,
		element(`${indent}  `, 'name', p.name),
		...(p.uri ? [element(`${indent}  `, 'uri', p.uri)] : []),
		`${indent}</${tag}>`,
	].join('\n');

/** The newest of some dates, as Atom writes them (dates compare as instants, not as strings). */
function newest(dates: string[]): string | undefined {
	return dates.map(atomDate).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/**
 * An Atom 1.0 document.
 * @example atomFeed({ id: 'urn:uuid:…', title: 'News', lang: 'en', links: [{ rel: 'self', href: '/en/feed.xml' }], authors: [{ name: 'Site' }], entries: [], updated: '2026-11-23' })
 */
export function atomFeed(feed: AtomFeed): string {
	const updated = feed.updated
		? atomDate(feed.updated)
		: newest(feed.entries.map((e) => e.updated));
	if (!updated)
		throw new Error(`atomFeed "${feed.title}": an empty feed needs an explicit updated date`);
	const entry = (e: AtomEntry) =>
		[
			'  <entry>',
			element('    ', 'id', e.id),
			element('    ', 'title', e.title),
			element('    ', 'updated', atomDate(e.updated)),
			...e.links.map((l) => link('    ', l)),
			...(e.authors ?? []).map((p) => person('    ', 'author', p)),
			...(e.categories ?? []).map(
				(c) => `    <category${xmlAttrs({ term: c.term, label: c.label })}/>`
			),
			...(e.summary ? [element('    ', 'summary', e.summary, { type: 'text' })] : []),
			'  </entry>',
		].join('\n');
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
		element('  ', 'id', feed.id),
		element('  ', 'title', feed.title),
		...(feed.subtitle ? [element('  ', 'subtitle', feed.subtitle)] : []),
		element('  ', 'updated', updated),
		...feed.links.map((l) => link('  ', l)),
		...feed.authors.map((p) => person('  ', 'author', p)),
		...feed.entries.map(entry),
		'</feed>',
		'',
	].join('\n');
}
