import { getEntry } from 'astro:content';
import { t } from '../i18n/index.ts';
import { groupByFacet, type BrowseFacet } from '../lib/browse.ts';
import type { Lang } from '../schemas/common.ts';
import { getDocuments, type LocalizedDocument } from './documents.ts';
import { perBuild } from './perBuild.ts';

/** One browse page: a region, topic, organisation or year, and the documents filed under it (newest first). */
export interface BrowseEntry {
	facet: BrowseFacet;
	key: string;
	name: string;
	/** A topic's description; for other facets nothing. */
	description?: string | undefined;
	docs: LocalizedDocument[];
}

/** Display name of a key: the reference entry's name, or the year as each language writes it. */
export async function facetName(facet: BrowseFacet, key: string, lang: Lang): Promise<string> {
	if (facet === 'years') return t(lang, 'browse.year', { year: key });
	const entry = await getEntry(facet, key);
	if (!entry) throw new Error(`no ${facet} entry "${key}" (content/${facet}/${key}.yaml)`);
	return entry.data.name[lang];
}

/**
 * Every key of a facet that some document is filed under, with its documents; years newest
 * first, names in the language's order (pinyin for Chinese). Keys no document uses get no page.
 * Built once per build: the home page, the indexes and every browse page share it.
 */
export const getBrowseEntries: (facet: BrowseFacet, lang: Lang) => Promise<readonly BrowseEntry[]> =
	perBuild(
		(facet, lang) => `browse entries (${facet}, ${lang})`,
		async (facet: BrowseFacet, lang: Lang) => {
			const groups = groupByFacet(await getDocuments(lang), facet);
			const entries = await Promise.all(
				[...groups].map(async ([key, docs]) => {
					const topic = facet === 'topics' ? await getEntry('topics', key) : undefined;
					return {
						facet,
						key,
						name: await facetName(facet, key, lang),
						description: topic?.data.description[lang],
						docs,
					};
				})
			);
			const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en');
			return entries.sort((a, b) =>
				facet === 'years' ? b.key.localeCompare(a.key) : collator.compare(a.name, b.name)
			);
		}
	);
