/**
 * schema.org structured data (JSON-LD) for document, FAQ and glossary pages and breadcrumbs; see
 * docs/metadata.md for the choice of types. Pure builders over plain facts: the pages gather the
 * facts, these shape them. URLs are whatever the page passes: absolute with SITE_URL, root-relative
 * without it (JSON-LD resolves relative IRIs against the page).
 */
import { primaryDate, type DocumentDates } from './documentDate.ts';

/** A JSON-LD node: plain JSON with `@type`/`@id`. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

/** A page or place in a trail: its name and public URL (the current page may have none). */
export interface Crumb {
	name: string;
	url?: string | undefined;
}

/** A document page's facts, as the page knows them in its language. */
export interface DocumentFacts {
	kind: 'agreement' | 'plan' | 'notice' | 'briefing' | 'faq';
	/** The page's public URL. */
	url: string;
	/** BCP 47 language of the page, e.g. `zh-CN`. */
	lang: string;
	title: string;
	shortTitle?: string | undefined;
	summary: string;
	/** Name of the document's kind in the page's language, e.g. 实施方案 / Plan. */
	kindName: string;
	docNumber?: string | undefined;
	dates: DocumentDates;
	period?: { start: number; end: number } | undefined;
	status: 'in-force' | 'in-progress' | 'reported' | 'reference';
	/** Region names in the page's language. */
	regions: string[];
	topics: string[];
	/** Issuing bodies, then parties that signed (names in the page's language). */
	issuers: string[];
	parties: string[];
	/** Last meaningful change to the site's text. */
	updated: string;
	/** The official source the page restates. */
	source: { title: string; publisher: string; date: string };
	/** The same document in the site's other language: the original when this page is the translation. */
	counterpart: { url: string; lang: string; original: boolean };
	/** For FAQ entries: the document sections the answer draws on (public URLs with #anchor). */
	basedOn: string[];
	site: { name: string; url: string };
}

/** The `@id` of the work a page presents (the page URL names the page itself). */
export const workId = (pageUrl: string) => `${pageUrl}#work`;

const KIND_TYPE = {
	agreement: 'Legislation',
	plan: 'Legislation',
	notice: 'Legislation',
	briefing: 'Report',
	faq: 'FAQPage',
} as const;
const orgs = (names: string[]) => names.map((name): JsonLd => ({ '@type': 'Organization', name }));
const places = (names: string[]) =>
	names.map((name): JsonLd => ({ '@type': 'AdministrativeArea', name }));
/** Drops undefined values and empty lists, so every property present says something. */
const compact = (node: Record<string, JsonLdValue | undefined>): JsonLd =>
	Object.fromEntries(
		Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
	) as JsonLd;

/**
 * The main entity of a document page: `Legislation` for agreements, plans and notices, `Report` for
 * briefings, `FAQPage` for FAQ entries; each linked to its counterpart in the other language with
 * `translationOfWork` / `workTranslation`.
 */
export function documentJsonLd(f: DocumentFacts): JsonLd {
	const type = KIND_TYPE[f.kind];
	const issued = primaryDate(f.dates);
	const common = {
		'@type': type,
		'@id': workId(f.url),
		url: f.url,
		name: f.title,
		alternateName: f.shortTitle,
		description: f.summary,
		inLanguage: f.lang,
		dateModified: f.updated,
		// A list, one keyword per topic: joined, a reader splitting at "," would see one Chinese keyword.
		keywords: f.topics,
		spatialCoverage: places(f.regions),
		isPartOf: { '@type': 'WebSite', name: f.site.name, url: f.site.url },
		[f.counterpart.original ? 'translationOfWork' : 'workTranslation']: {
			'@id': workId(f.counterpart.url),
			inLanguage: f.counterpart.lang,
		},
	};
	if (type === 'FAQPage')
		return compact({
			...common,
			mainEntity: {
				'@type': 'Question',
				name: f.title,
				acceptedAnswer: { '@type': 'Answer', text: f.summary, url: f.url },
			},
			isBasedOn: f.basedOn.map((url): JsonLd => ({ '@id': url })),
		});
	const source = compact({
		'@type': 'CreativeWork',
		name: f.source.title,
		inLanguage: 'zh-CN',
		datePublished: f.source.date,
		publisher: { '@type': 'Organization', name: f.source.publisher },
	});
	if (type === 'Report')
		return compact({
			...common,
			datePublished: issued,
			reportNumber: f.docNumber,
			author: orgs(f.issuers),
			isBasedOn: source,
			genre: f.kindName,
		});
	return compact({
		...common,
		legislationType: f.kindName,
		legislationIdentifier: f.docNumber,
		legislationDate: issued,
		datePublished: f.dates.published ?? issued,
		legislationJurisdiction: places(f.regions),
		legislationPassedBy: orgs([...f.issuers, ...f.parties.filter((p) => !f.issuers.includes(p))]),
		// An enumeration member is named by its URL (a bare "InForce" would be text).
		legislationLegalForce: f.status === 'in-force' ? 'https://schema.org/InForce' : undefined,
		temporalCoverage: f.period ? `${f.period.start}/${f.period.end}` : undefined,
		isBasedOn: source,
	});
}

/** A `BreadcrumbList` from home to the current page (whose `item` may be left out, as search engines allow). */
export function breadcrumbJsonLd(trail: Crumb[]): JsonLd {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((c, i) =>
			compact({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })
		),
	};
}

/** One glossary term. */
export interface TermFacts {
	id: string;
	term: string;
	/** The term in the other language, pinyin and aliases. */
	alternateNames: string[];
	definition: string;
}

/** The glossary page as a `DefinedTermSet`; each term's URL is the page's `#id` anchor. */
export function glossaryJsonLd(g: {
	url: string;
	lang: string;
	name: string;
	description: string;
	terms: TermFacts[];
}): JsonLd {
	const setId = `${g.url}#terms`;
	return compact({
		'@type': 'DefinedTermSet',
		'@id': setId,
		url: g.url,
		name: g.name,
		description: g.description,
		inLanguage: g.lang,
		hasDefinedTerm: g.terms.map((term) =>
			compact({
				'@type': 'DefinedTerm',
				'@id': `${g.url}#${term.id}`,
				url: `${g.url}#${term.id}`,
				termCode: term.id,
				name: term.term,
				alternateName: term.alternateNames,
				description: term.definition,
				inDefinedTermSet: { '@id': setId },
			})
		),
	});
}

/**
 * The text of a `<script type="application/ld+json">`: one `@graph` under the schema.org context,
 * with `<` escaped so no value can close the script element.
 * @example jsonLdScript([{ '@type': 'Thing', name: '</script>' }]) // '{"@context":"https://schema.org","@graph":[{"@type":"Thing","name":"\\u003c/script>"}]}'
 */
export function jsonLdScript(nodes: JsonLd[]): string {
	return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(
		/</g,
		'\\u003c'
	);
}
