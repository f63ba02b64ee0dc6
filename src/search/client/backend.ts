import type { Match } from '../results.ts';
import type { Query, Segment } from '../text.ts';
import type { Lang } from '../../schemas/common.ts';

/**
 * The search engine behind the search UI. The UI (./siteSearch.ts) knows only this interface; the
 * site's index backend (./indexBackend.ts) implements it, on the web and offline alike. The matching
 * rules, filtering, facet counts and sorting are shared code in src/search/, so any engine behind this
 * interface gives the same results. Contract: docs/search.md.
 */
export interface SearchBackend {
	/** The language of the index this backend searches. */
	readonly lang: Lang;
	/** Starts loading what the first query needs (called when the reader focuses the search box). */
	warm(): void;
	/**
	 * The Traditional → Simplified map (characters and phrases) for what this index can match, for
	 * {@link parseQuery}. Called only when a query contains Han characters.
	 */
	simplifiedMap(): Promise<Readonly<Record<string, string>>>;
	/**
	 * Every indexed page whose text contains the query (`containsQuery` in src/search/text.ts),
	 * with its facts and a relevance score, in any order; for an empty query, every indexed page.
	 * It must never leave out a page that contains the query. It may include a page that does not
	 * (a cheap check on positions can be fooled by punctuation); {@link details} then returns null.
	 */
	match(query: Query): Promise<Match[]>;
	/**
	 * What the result list shows for one match, checked against the page's text: null when the
	 * text does not contain the query after all.
	 */
	details(match: Match, query: Query): Promise<Hit | null>;
}

/** One result as the UI lists it. All text is plain text (render with textContent). */
export interface Hit {
	id: string;
	/** Site path with the base, e.g. `/zh/plans/x/`. */
	url: string;
	title: string;
	/** The document kind (`plan`, …), or undefined for glossary and about pages. */
	kind?: string | undefined;
	date?: string | undefined;
	/** Around the first match; `mark` pieces are the matched text. */
	excerpt: Segment[];
	/** The sections (headings with an id) that contain matches, in page order. */
	sections: SectionHit[];
}

/** A section of a result page that contains the query. */
export interface SectionHit {
	/** The heading's id, e.g. `s1-2`. */
	anchor: string;
	/** The heading's text. */
	title: string;
	excerpt: Segment[];
}
