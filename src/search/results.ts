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

const passes = (facts: PageFacts, filters: Filters, skip?: SearchFilter) =>
  SEARCH_FILTERS.every((f) => {
    const chosen = filters[f];
    return f === skip || !chosen?.length || chosen.some((v) => facts.facets[f]?.includes(v));
  });

/**
 * Facet counts over the matches. A facet's own selection does not narrow its counts, so the reader
 * sees how many results each further value of that facet would add.
 * @example facetCounts([{ id: 'a', score: 1, facts: { facets: { kind: ['plan'] } } }], {}).kind // Map { 'plan' => 1 }
 */
export function facetCounts(matches: readonly Match[], filters: Filters): FacetCounts {
  // Maps, not objects: a value named like an object's key (`constructor`) is a value like any other.
  const counts = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, new Map()])) as FacetCounts;
  for (const f of SEARCH_FILTERS) {
    for (const m of matches) {
      if (!passes(m.facts, filters, f)) continue;
      for (const v of m.facts.facets[f] ?? []) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The matches that pass the filters, in the chosen order. Ties (and `relevance` ties) fall back to
 * newest first, then id, so the order is stable across backends.
 */
export function filterAndSort(matches: readonly Match[], filters: Filters, sort: Sort): Match[] {
  const byDate = (a: Match, b: Match) => cmp(b.facts.date ?? '', a.facts.date ?? '');
  const byId = (a: Match, b: Match) => cmp(a.id, b.id);
  const order: Record<Sort, (a: Match, b: Match) => number> = {
    relevance: (a, b) => b.score - a.score || byDate(a, b) || byId(a, b),
    newest: (a, b) => byDate(a, b) || b.score - a.score || byId(a, b),
    // Undated pages (glossary, about) go last in both date orders.
    oldest: (a, b) => cmp(a.facts.date ?? '~', b.facts.date ?? '~') || b.score - a.score || byId(a, b),
  };
  return matches.filter((m) => passes(m.facts, filters)).sort(order[sort]);
}
