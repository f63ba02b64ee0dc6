/**
 * Filtering, facet counts and sorting of search matches: pure and shared by every backend, so the
 * online and offline searches list the same pages with the same counts. See docs/search.md.
 */

/** The filters a reader can choose; each is a `data-pagefind-filter` on document pages. */
export const SEARCH_FILTERS = ['kind', 'region', 'topic', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Orders of the result list: the backend's relevance order, or by date. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Chosen filter values: OR within a facet, AND across facets. */
export type Filters = Partial<Record<SearchFilter, readonly string[]>>;

/** What the index knows about a page besides its text (from its filters and meta). */
export interface PageFacts {
	/** Filter values; pages other than documents (glossary, about) have none. */
	facets: Partial<Record<SearchFilter, readonly string[]>>;
	/** `YYYY-MM-DD` (or shorter) date the page sorts by, when it has one. */
	date?: string | undefined;
}

/** A page that matches the query, as a backend reports it. */
export interface Match {
	/** The backend's id of the page (its number in the index). */
	id: string;
	facts: PageFacts;
	/** Higher is more relevant; used for the `relevance` sort. */
	score: number;
}

/** Per facet, how many matches have each value, counting with the other facets' filters applied. */
export type FacetCounts = Record<SearchFilter, Map<string, number>>;

/** Code-unit order: ISO dates and ids compare the same on every machine, whatever its locale. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a page has one of a facet's chosen values (any page does when none is chosen). */
const passesFacet = (
	facts: PageFacts,
	facet: SearchFilter,
	chosen: readonly string[] | undefined
) => !chosen?.length || chosen.some((v) => facts.facets[facet]?.includes(v));
const passes = (facts: PageFacts, filters: Filters) =>
	SEARCH_FILTERS.every((f) => passesFacet(facts, f, filters[f]));

/**
 * Facet counts over the matches. A facet's own selection does not narrow its counts, so the reader
 * sees how many results each further value of that facet would add.
 * @example facetCounts([{ id: 'a', score: 1, facts: { facets: { kind: ['plan'] } } }], {}).kind // Map { 'plan' => 1 }
 */
export function facetCounts(matches: readonly Match[], filters: Filters): FacetCounts {
	// Maps, not objects: a value named like an object's key (`constructor`) is a value like any other.
	const counts = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, new Map()])) as FacetCounts;
	const chosen = SEARCH_FILTERS.filter((f) => filters[f]?.length);
	// One pass: a match that passes every filter counts in every facet; one that fails one facet's filter, in that facet only.
	for (const m of matches) {
		const failed = chosen.filter((f) => !passesFacet(m.facts, f, filters[f]));
		if (failed.length > 1) continue;
		for (const f of failed.length ? failed : SEARCH_FILTERS)
			for (const v of m.facts.facets[f] ?? []) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
	}
	return counts;
}

/** The matches that pass the filters, in no particular order. */
export const filterMatches = (matches: readonly Match[], filters: Filters): Match[] =>
	matches.filter((m) => passes(m.facts, filters));

/** A sort's order. Ties (and `relevance` ties) fall back to newest first, then id, so the order is stable across backends. */
export function matchOrder(sort: Sort): (a: Match, b: Match) => number {
	const byDate = (a: Match, b: Match) => cmp(b.facts.date ?? '', a.facts.date ?? '');
	const byId = (a: Match, b: Match) => cmp(a.id, b.id);
	const order: Record<Sort, (a: Match, b: Match) => number> = {
		relevance: (a, b) => b.score - a.score || byDate(a, b) || byId(a, b),
		newest: (a, b) => byDate(a, b) || b.score - a.score || byId(a, b),
		// Undated pages (glossary, about) go last in both date orders.
		oldest: (a, b) =>
			cmp(a.facts.date ?? '~', b.facts.date ?? '~') || b.score - a.score || byId(a, b),
	};
	return order[sort];
}

/** The matches that pass the filters, in the chosen order ({@link matchOrder}). */
export const filterAndSort = (matches: readonly Match[], filters: Filters, sort: Sort): Match[] =>
	filterMatches(matches, filters).sort(matchOrder(sort));

/**
 * The items with the first `count` of them in order, and the rest after them in their own order: what a
 * list that shows a page of results at a time needs, in one pass instead of a sort of thousands.
 * Items must be distinct (objects, as matches are).
 * @example sortFirst([5, 1, 4, 2, 3], 2, (a, b) => a - b) // [1, 2, 5, 4, 3]
 */
export function sortFirst<T>(
	items: readonly T[],
	count: number,
	order: (a: T, b: T) => number
): T[] {
	const first: T[] = [];
	for (const item of items) {
		if (first.length === count && (!count || order(item, first[count - 1]!) >= 0)) continue;
		let at = first.length;
		while (at > 0 && order(item, first[at - 1]!) < 0) at--;
		first.splice(at, 0, item);
		if (first.length > count) first.pop();
	}
	const chosen = new Set(first);
	return [...first, ...items.filter((item) => !chosen.has(item))];
}
