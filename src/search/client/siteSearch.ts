import { formatDate } from '../../lib/format.ts';
import { indexFolder } from '../indexFormat.ts';
import {
	facetCounts,
	SEARCH_FILTERS,
	filterAndSort,
	filterMatches,
	matchOrder,
	sortFirst,
	type SearchFilter,
	type FacetCounts,
	type Match,
} from '../results.ts';
import { hasHan, parseQuery, type Query, type Segment } from '../text.ts';
import { MAX_QUERY_LENGTH, readState, writeState, type SearchState } from '../urlState.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Hit, SearchBackend } from './backend.ts';
import type { Transport } from './transport.ts';

/** Labels in the page's language, rendered by the search page (src/pages/[lang]/search/index.astro). */
interface Labels {
	facet: Record<SearchFilter, string>;
	values: Partial<Record<SearchFilter, Record<string, string>>>;
	page: string;
	results: string;
	resultsAll: string;
	none: string;
	searching: string;
	failed: string;
	sections: string;
	noWords: string;
	tooLong: string;
}

/** Results shown at first and added by each "show more". */
const PAGE = 10;
/** Where the filters stand beside the results (the search page's stylesheet uses the same width). */
const WIDE = '(min-width: 52rem)';
/** Typing waits this long for the next key before searching. */
const DEBOUNCE_MS = 120;

const fill = (template: string, vars: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/**
 * <site-search>: the search page. Its state lives in the URL (src/search/urlState.ts); the
 * engine is a {@link SearchBackend}, created only when the reader starts searching (focus or typing
 * in the box, or a query in the URL), so the page loads no index before that.
 */
export class SiteSearch extends HTMLElement {
	/**
	 * The site's root, relative to this page (`data-root`, e.g. `../../`), so the same page finds the
	 * index under any base path and from the file system.
	 */
	readonly #root = new URL(this.dataset.root ?? './', location.href);
	/** `data-index-transport`: `script` in the offline edition (src/search/client/transport.ts). */
	readonly #transport = (this.dataset.indexTransport ?? 'fetch') as Transport;
	readonly #labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
	readonly #lang = (this.dataset.lang ?? 'en') as Lang;
	readonly #backends = new Map<Lang, Promise<SearchBackend>>();
	#state!: SearchState;
	/** Drops responses to searches that a newer one has replaced. */
	#searchId = 0;
	#typingTimer?: ReturnType<typeof setTimeout>;
	/** Whether the current history entry was made while typing (the next keystrokes replace it). */
	#typing = false;
	/** The results of the last search: `list` is in `order` up to `next`, in no order after it. */
	#shown:
		| {
				query: Query;
				list: Match[];
				order: (a: Match, b: Match) => number;
				next: number;
				backend: SearchBackend;
		  }
		| undefined;
	/** Whether the URL's query was longer than {@link MAX_QUERY_LENGTH} and was cut. */
	#truncated = false;

	#el<T extends Element>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	connectedCallback() {
		const form = this.#el<HTMLFormElement>('form');
		const input = this.#el<HTMLInputElement>('input[name="q"]');
		input.addEventListener(
			'focus',
			() => void this.#backend(this.#state.index).then((b) => b.warm()),
			{ once: true }
		);
		input.addEventListener('input', () => {
			// A Han query waits for the Traditional map (src/search/text.ts): load it during the typing pause.
			if (hasHan(input.value))
				void this.#backend(this.#state.index).then((b) => b.simplifiedMap().catch(() => undefined));
			clearTimeout(this.#typingTimer);
			this.#typingTimer = setTimeout(
				() => this.#commit({ q: input.value }, this.#typing ? 'replace' : 'push', true),
				DEBOUNCE_MS
			);
		});
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			clearTimeout(this.#typingTimer);
			this.#commit({ q: input.value }, this.#typing ? 'replace' : 'push');
		});
		// Filters sit outside the form (beside the results), so changes are heard on the whole element.
		this.addEventListener('change', (e) => {
			const target = e.target as HTMLInputElement | HTMLSelectElement;
			if (target.name === 'sort')
				this.#commit({ sort: readState(`?sort=${target.value}`, this.#lang).sort }, 'push');
			else if (target.name === 'index')
				this.#commit({ index: target.value as Lang, filters: {} }, 'push');
			else if ((SEARCH_FILTERS as readonly string[]).includes(target.name)) {
				const values = [
					...this.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]:checked`),
				].map((c) => c.value);
				this.#commit({ filters: { ...this.#state.filters, [target.name]: values } }, 'push');
			}
		});
		this.#el('.search-more').addEventListener('click', () => void this.#showMore());
		addEventListener('popstate', () => this.#apply(readState(location.search, this.#lang)));
		this.#apply(readState(location.search, this.#lang));
	}

	/** Changes the state, records it in the history, and searches. */
	#commit(change: Partial<SearchState>, how: 'push' | 'replace', typing = false) {
		const state = { ...this.#state, ...change };
		const url = `${location.pathname}${writeState(state, this.#lang)}`;
		if (how === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		this.#typing = typing;
		this.#apply(state);
	}

	/** Shows a state in the form and runs its search. */
	#apply(state: SearchState) {
		this.#state = state;
		this.#truncated =
			(new URLSearchParams(location.search).get('q')?.length ?? 0) > MAX_QUERY_LENGTH;
		const input = this.#el<HTMLInputElement>('input[name="q"]');
		if (input.value !== state.q) input.value = state.q;
		this.#el<HTMLSelectElement>('select[name="sort"]').value = state.sort;
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="index"]'))
			radio.checked = radio.value === state.index;
		void this.#search(state);
	}

	#backend(lang: Lang): Promise<SearchBackend> {
		let backend = this.#backends.get(lang);
		if (!backend) this.#backends.set(lang, (backend = this.#createBackend(lang)));
		return backend;
	}

	/** The engine for an index, loaded when the reader starts searching. */
	async #createBackend(lang: Lang): Promise<SearchBackend> {
		const [{ IndexBackend }, { fileLoader }] = await Promise.all([
			import('./indexBackend.ts'),
			import('./transport.ts'),
		]);
		const folder = indexFolder(lang);
		const offline = this.#transport === 'script';
		// Offline, a folder link must name its index.html: no server adds it.
		const pageUrl = (path: string) =>
			offline ? new URL(`${path}index.html`, this.#root).href : new URL(path, this.#root).pathname;
		return new IndexBackend(
			lang,
			fileLoader(this.#transport, new URL(folder, this.#root).href, folder),
			pageUrl
		);
	}

	async #search(state: SearchState) {
		const id = ++this.#searchId;
		const status = this.#el('.search-status');
		const list = this.#el('.search-results');
		const hasFilters = SEARCH_FILTERS.some((f) => state.filters[f]?.length);
		// A query of punctuation only (`(`, `.*`, `。`) has nothing to look for: say so rather than list every page.
		const noWords = state.q.trim() !== '' && !parseQuery(state.q).text;
		if (noWords || (!state.q.trim() && !hasFilters)) {
			list.replaceChildren();
			status.textContent = noWords ? fill(this.#labels.noWords, { q: state.q.trim() }) : '';
			this.#el<HTMLElement>('.search-facets').hidden = true;
			this.#el<HTMLElement>('.search-more').hidden = true;
			return;
		}
		list.setAttribute('aria-busy', 'true');
		// Visible in the browser's performance tools; bench/search-scale.mjs reads them.
		performance.mark(`site-search:${id}`);
		try {
			const backend = await this.#backend(state.index);
			const map = hasHan(state.q) ? await backend.simplifiedMap() : {};
			const query = parseQuery(state.q, map);
			const matches = await backend.match(query);
			if (id !== this.#searchId) return;
			this.#shown = {
				query,
				list: filterMatches(matches, state.filters),
				order: matchOrder(state.sort),
				next: 0,
				backend,
			};
			list.replaceChildren();
			const firstPage = this.#showMore(id);
			// Counted while the first results' records load.
			this.#renderFacets(facetCounts(matches, state.filters));
			await firstPage;
			if (id !== this.#searchId) return;
			const count = this.#shown.list.length;
			status.textContent = query.text
				? fill(count ? this.#labels.results : this.#labels.none, { count, q: state.q.trim() })
				: fill(this.#labels.resultsAll, { count });
			if (this.#truncated)
				status.textContent += ` ${fill(this.#labels.tooLong, { max: MAX_QUERY_LENGTH })}`;
			performance.measure('site-search', `site-search:${id}`);
		} catch (error) {
			if (id === this.#searchId) status.textContent = this.#labels.failed;
			throw error;
		} finally {
			if (id === this.#searchId) list.setAttribute('aria-busy', 'false');
		}
	}

	/** Adds the next page of results; a match whose text does not hold the query is dropped. */
	async #showMore(id = this.#searchId) {
		const shown = this.#shown;
		if (!shown) return;
		const list = this.#el('.search-results');
		const items: HTMLLIElement[] = [];
		while (items.length < PAGE && shown.next < shown.list.length) {
			// Only the results about to be shown are put in order: the list can hold thousands.
			shown.list = [
				...shown.list.slice(0, shown.next),
				...sortFirst(shown.list.slice(shown.next), PAGE - items.length, shown.order),
			];
			const batch = shown.list.slice(shown.next, shown.next + PAGE - items.length);
			const hits = await Promise.all(batch.map((m) => shown.backend.details(m, shown.query)));
			if (id !== this.#searchId) return;
			shown.next += batch.length;
			hits.forEach((hit, i) => {
				if (hit) items.push(this.#renderHit(hit));
				else {
					shown.list.splice(shown.list.indexOf(batch[i]!), 1);
					shown.next--;
				}
			});
		}
		list.append(...items);
		this.#el<HTMLElement>('.search-more').hidden = shown.next >= shown.list.length;
	}

	/** Every verified result URL for a query, in order (for the recall benchmark and tests). */
	async resultUrls(q: string, index: Lang = this.#lang): Promise<string[]> {
		const backend = await this.#backend(index);
		const query = parseQuery(q, hasHan(q) ? await backend.simplifiedMap() : {});
		const matches = filterAndSort(await backend.match(query), {}, 'relevance');
		const hits = await Promise.all(matches.map((m) => backend.details(m, query)));
		return hits.filter((h): h is Hit => h !== null).map((h) => h.url);
	}

	#renderHit(hit: Hit): HTMLLIElement {
		// The normalised query (Traditional already converted), for the target page's highlighter.
		const q = this.#shown?.query.text ?? '';
		const link = (anchor?: string) =>
			`${hit.url}${q ? `?highlight=${encodeURIComponent(q)}` : ''}${anchor ? `#${anchor}` : ''}`;
		const item = h('li', { class: 'search-hit' });
		const title = h('h2', {}, h('a', { href: link() }, hit.title));
		const kind = hit.kind ? this.#label('kind', hit.kind) : this.#labels.page;
		const meta = h(
			'p',
			{ class: 'search-hit__meta' },
			[kind, hit.date && formatDate(hit.date, this.#lang)].filter(Boolean).join(' · ')
		);
		item.append(title, meta, segments(hit.excerpt));
		if (hit.sections.length) {
			const sections = h('ul', {
				class: 'search-hit__sections',
				'aria-label': this.#labels.sections,
			});
			for (const s of hit.sections)
				sections.append(
					h('li', {}, h('a', { href: link(s.anchor) }, s.title), segments(s.excerpt))
				);
			item.append(sections);
		}
		return item;
	}

	/** A filter value's name in the page's language, else the value (never an inherited property: `constructor`). */
	#label(facet: SearchFilter, value: string): string {
		const names = this.#labels.values[facet];
		return names && Object.hasOwn(names, value) ? names[value]! : value;
	}

	#renderFacets(counts: FacetCounts) {
		const box = this.#el<HTMLElement>('.search-facets');
		box.replaceChildren(
			...SEARCH_FILTERS.map((facet) => {
				const chosen = this.#state.filters[facet] ?? [];
				const count = (v: string) => counts[facet].get(v) ?? 0;
				// A chosen value that no result has (a mistyped or old URL) is listed, checked, so it can be cleared.
				const values = [...counts[facet].keys(), ...chosen.filter((v) => !counts[facet].has(v))];
				values.sort((a, b) =>
					facet === 'year' ? b.localeCompare(a) : count(b) - count(a) || a.localeCompare(b)
				);
				const set = h(
					'fieldset',
					{ class: 'search-facet' },
					h('legend', {}, this.#labels.facet[facet])
				);
				for (const v of values) {
					const box = h('input', { type: 'checkbox', name: facet, value: v });
					box.checked = chosen.includes(v);
					set.append(h('label', {}, box, ` ${this.#label(facet, v)} (${count(v)})`));
				}
				return set;
			})
		);
		if (box.hidden) {
			// Shown open beside the results on a wide screen, or when filters are chosen; folded on a phone.
			const chosen = SEARCH_FILTERS.some((f) => this.#state.filters[f]?.length);
			this.#el<HTMLDetailsElement>('.search-filters').open = chosen || matchMedia(WIDE).matches;
		}
		box.hidden = false;
	}
}

/** A small element builder: attributes and children (strings become text, never HTML). */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	el.append(...children);
	return el;
}

/** An excerpt as a paragraph with the matched text in <mark>. */
function segments(parts: Segment[]): HTMLParagraphElement {
	return h(
		'p',
		{ class: 'search-hit__excerpt' },
		...parts.map((p) => (p.mark ? h('mark', {}, p.text) : p.text))
	);
}
