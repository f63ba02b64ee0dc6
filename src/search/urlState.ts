import { LANGS, type Lang } from '../schemas/common.ts';
import { SEARCH_FILTERS, SORTS, type Filters, type Sort } from './results.ts';

/**
 * Everything a search page shows, read from and written to its URL
 * (`?q=…&kind=…&region=…&topic=…&year=…&sort=…&index=…`), so a search can be shared and the back
 * button steps through earlier searches. Pagefind keeps nothing in the URL (Pagefind issue #1164).
 */
export interface SearchState {
	q: string;
	filters: Filters;
	sort: Sort;
	/** The index searched; defaults to the page's language (an English reader may search Chinese). */
	index: Lang;
}

/**
 * The longest query searched, in characters (the search box's `maxlength`; a longer `?q=` is cut):
 * enough for any phrase a reader pastes, and short enough that a search never blocks the page
 * (a 100 KB query took seconds).
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * Reads the state from a query string; unknown values fall back to defaults, and `q` is cut to
 * {@link MAX_QUERY_LENGTH} characters.
 * @example readState('?q=中医&kind=plan&kind=faq', 'en') // { q: '中医', filters: { kind: ['plan', 'faq'] }, sort: 'relevance', index: 'en' }
 */
export function readState(search: string, pageLang: Lang): SearchState {
	const params = new URLSearchParams(search);
	const filters: Filters = {};
	for (const f of SEARCH_FILTERS) {
		const values = [...new Set(params.getAll(f).filter(Boolean))];
		if (values.length) filters[f] = values;
	}
	const sort = params.get('sort');
	const index = params.get('index');
	return {
		q: [...(params.get('q') ?? '')].slice(0, MAX_QUERY_LENGTH).join(''),
		filters,
		sort: SORTS.find((s) => s === sort) ?? 'relevance',
		index: LANGS.find((l) => l === index) ?? pageLang,
	};
}

/**
 * Writes the state as a query string (with `?`, or '' when empty), leaving out defaults so URLs stay short.
 * @example writeState({ q: 'x', filters: { year: ['2024'] }, sort: 'newest', index: 'zh' }, 'zh') // '?q=x&year=2024&sort=newest'
 */
export function writeState(state: SearchState, pageLang: Lang): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const f of SEARCH_FILTERS) for (const v of state.filters[f] ?? []) params.append(f, v);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	if (state.index !== pageLang) params.set('index', state.index);
	const out = params.toString();
	return out ? `?${out}` : '';
}
