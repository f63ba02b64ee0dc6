import type { Kind } from '../schemas/document.ts';
import type { BrowseFacet } from './browse.ts';
import { LANGS, type Lang } from '../schemas/common.ts';

/** URL segment of each kind's list: `/{lang}/{segment}/{id}/`. */
export const KIND_SEGMENT: Record<Kind, string> = {
	agreement: 'agreements',
	plan: 'plans',
	notice: 'notices',
	briefing: 'briefings',
	faq: 'faq',
};

/** The kind a list segment stands for, or undefined. */
export function kindFromSegment(segment: string): Kind | undefined {
	return (Object.entries(KIND_SEGMENT) as [Kind, string][]).find(([, s]) => s === segment)?.[0];
}

/**
 * Joins the site base (`/` or `/kb/`) and a path inside the site, keeping one slash between them.
 * @example joinBase('/kb/', 'zh/plans/x/') // '/kb/zh/plans/x/'
 */
export function joinBase(base: string, path: string): string {
	return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** Path (without base) of a page inside a language: `zh/plans/x/`. */
export function langPath(lang: Lang, ...segments: string[]): string {
	return [lang, ...segments.filter(Boolean)].join('/') + '/';
}

/**
 * Path of a document inside a language (what BaseLayout's `path` takes).
 * @example kindPath('plan', 'banan') // 'plans/banan/'
 */
export function kindPath(kind: Kind, id: string): string {
	return `${KIND_SEGMENT[kind]}/${id}/`;
}

/**
 * Path of a document's parallel reading (both languages side by side) inside a language.
 * @example parallelPath('plan', 'banan') // 'plans/banan/parallel/'
 */
export function parallelPath(kind: Kind, id: string): string {
	return `${kindPath(kind, id)}parallel/`;
}

/**
 * Path of a document page, optionally at a section.
 * @example docPath('en', 'plan', 'banan', 's3-1') // 'en/plans/banan/#s3-1'
 */
export function docPath(lang: Lang, kind: Kind, id: string, anchor?: string): string {
	return `${lang}/${kindPath(kind, id)}${anchor ? `#${anchor}` : ''}`;
}

/** The language a site path belongs to, or undefined outside /zh/ and /en/. */
export function langOfPath(path: string, base: string): Lang | undefined {
	const root = base.replace(/\/?$/, '/');
	const first = (path.startsWith(root) ? path.slice(root.length) : path).split('/')[0];
	return LANGS.find((l) => l === first);
}

/**
 * Path of a browse page inside a language, or of its index without a key.
 * @example browsePath('zh', 'regions', 'hebei') // 'zh/regions/hebei/'
 * @example browsePath('en', 'years') // 'en/years/'
 */
export function browsePath(lang: Lang, facet: BrowseFacet, key?: string): string {
	return langPath(lang, facet, key ?? '');
}

/** `getStaticPaths()` result for a page that exists once per language. */
export function langStaticPaths() {
	return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Path (without base) of a language's Atom feed of new and updated documents. */
export function feedPath(lang: Lang): string {
	return `${lang}/feed.xml`;
}

/**
 * A path's public address: absolute on the public origin when the build has one (SITE_URL),
 * otherwise root-relative, so a build without SITE_URL names no host at all.
 * @example publicUrl('/kb/', 'zh/', new URL('https://example.org')) // 'https://example.org/kb/zh/'
 * @example publicUrl('/kb/', 'zh/', undefined) // '/kb/zh/'
 */
export function publicUrl(base: string, path: string, origin: URL | undefined): string {
	const rooted = joinBase(base, path);
	return origin ? new URL(rooted, origin).href : rooted;
}

/**
 * The relative path from one file of a folder to another (both given from the folder's root).
 * @example relativePath('zh/plans/x/index.html', 'zh/about/index.html') // '../../about/index.html'
 */
export function relativePath(fromFile: string, toFile: string): string {
	const from = fromFile.split('/').slice(0, -1);
	const to = toFile.split('/');
	let common = 0;
	while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
	return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/**
 * Path of the targets page inside a language, optionally at a row or a year's group.
 * @example targetsPath('en', 'due-2027') // 'en/targets/#due-2027'
 */
export function targetsPath(lang: Lang, anchor?: string): string {
	return `${langPath(lang, 'targets')}${anchor ? `#${anchor}` : ''}`;
}

/**
 * Path of a topic's compare view: its documents side by side.
 * @example comparePath('zh', 'talent') // 'zh/topics/talent/compare/'
 */
export function comparePath(lang: Lang, topic: string): string {
	return langPath(lang, 'topics', topic, 'compare');
}
