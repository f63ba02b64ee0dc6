import type { Lang } from '../schemas/common.ts';
import type { PageFacts, SearchFilter } from './results.ts';
import type { SectionStart } from './text.ts';

/**
 * The files of a language's search index (docs/search.md, "The index"): written by
 * src/search/build/searchIndex.ts, read by src/search/client/indexBackend.ts over HTTP, and by the
 * same backend from the offline edition's classic scripts (src/offline/). Browser-safe.
 *
 * `_search/{lang}/index.json` is the only file whose name does not change with its content; it names
 * the others. Pages are numbered 0…pages−1; every list of pages below is in that numbering.
 */

/** The index folder of a language, inside the site: `_search/zh/` (beside Vite's `_astro/`). */
export const indexFolder = (lang: Lang) => `_search/${lang}/`;

/**
 * The index's files, inside the index folder. Every file but the manifest sits in a folder named by a
 * hash of the whole index (`Manifest.root`), so all of them can be cached for good.
 */
export const INDEX_FILES = {
	manifest: 'index.json',
	positions: (chunk: number) => `w/${chunk}.json`,
	pageLists: (chunk: number) => `p/${chunk}.json`,
	prefixes: (chunk: number) => `x/${chunk}.json`,
	record: (page: number) => `r/${page}.json`,
	facts: 'facts.json',
	t2s: 't2s.json',
} as const;

/** The three families of chunk files: each chunk holds the entries of a run of keys in code-unit order. */
export type ChunkFamily = 'positions' | 'pageLists' | 'prefixes';

/** One chunk file: its keys in order and, for each, its list (encoding per family, below). */
export interface Chunk {
	keys: string[];
	lists: number[][];
}

export interface Manifest {
	version: 1;
	lang: Lang;
	/** How many pages are indexed. */
	pages: number;
	/** The folder (inside the index folder) of every other file: a hash of the index, e.g. `3f9a0c1d/`. */
	root: string;
	/**
	 * For each family, the first key of each chunk, so the chunk of a key (or the chunks of a prefix) is
	 * found by a binary search ({@link chunksOf}):
	 * - `positions`: term → positions in every page ({@link encodePositions}), for a query of several look-ups;
	 * - `pageLists`: term → pages and counts ({@link encodePages}), for a query of one look-up;
	 * - `prefixes`: a short prefix (a Han character; one or two letters or digits, {@link PREFIX_LENGTH}) →
	 *   pages and counts of the terms it begins, for a one-word query still being typed.
	 */
	chunks: Record<ChunkFamily, string[]>;
}

/** What a result shows of a page, and the text its matches are checked against. */
export interface PageRecord {
	/** Path inside the site (no base), e.g. `zh/plans/x/`. */
	url: string;
	title: string;
	kind?: string | undefined;
	date?: string | undefined;
	/** The indexed text (src/search/build/indexPage.ts). */
	text: string;
	sections: SectionStart[];
}

/**
 * Every page's facts as columns, which compress far better than one object per page: for each filter,
 * its values and, per page, the indexes of the page's values; the dates per page ('' for none).
 */
export interface FactColumns {
	dates: string[];
	filters: Partial<Record<SearchFilter, { values: string[]; of: number[][] }>>;
}

/** The longest prefix kept in the prefix table, by script (see `Manifest.prefixes`). */
export const PREFIX_LENGTH = { han: 1, other: 2 } as const;

/**
 * Pages and positions in one list: per page, the gap from the previous page number, the number of
 * positions, the first position and the gaps between the next ones. Small numbers keep the JSON short.
 * @example encodePositions([[2, [5, 9]], [7, [1]]]) // [2, 2, 5, 4, 5, 1, 1]
 */
export function encodePositions(
	pages: readonly (readonly [number, readonly number[]])[]
): number[] {
	const out: number[] = [];
	let last = 0;
	for (const [page, positions] of pages) {
		out.push(page - last, positions.length);
		positions.forEach((p, i) => out.push(i ? p - positions[i - 1]! : p));
		last = page;
	}
	return out;
}

/** The inverse of {@link encodePositions}. */
export function decodePositions(list: readonly number[]): Map<number, number[]> {
	const out = new Map<number, number[]>();
	let page = 0;
	for (let i = 0; i < list.length;) {
		page += list[i++]!;
		const n = list[i++]!;
		const positions: number[] = [];
		for (let k = 0, p = 0; k < n; k++) positions.push((p += list[i++]!));
		out.set(page, positions);
	}
	return out;
}

/**
 * Pages and counts: per page, the gap from the previous page number and a count.
 * @example encodePages([[2, 3], [7, 1]]) // [2, 3, 5, 1]
 */
export function encodePages(pages: readonly (readonly [number, number])[]): number[] {
	let last = 0;
	return pages.flatMap(([page, count]) => {
		const gap = page - last;
		last = page;
		return [gap, count];
	});
}

/** The inverse of {@link encodePages}. */
export function decodePages(list: readonly number[]): Map<number, number> {
	const out = new Map<number, number>();
	for (let i = 0, page = 0; i < list.length; i += 2) out.set((page += list[i]!), list[i + 1]!);
	return out;
}

/**
 * The chunks of a family that may hold `key` (one chunk), or every key starting with it when `prefix`:
 * the last chunk whose first key is ≤ `key`, and the following ones whose first key starts with it.
 * @example chunksOf(['a', 'd', 'm'], 'e', false) // [1]
 * @example chunksOf(['a', 'c', 'de', 'm'], 'd', true) // [1, 2]
 */
export function chunksOf(first: readonly string[], key: string, prefix: boolean): number[] {
	if (!first.length) return [];
	let lo = 0;
	for (let hi = first.length - 1; lo < hi;) {
		const mid = (lo + hi + 1) >> 1;
		if (first[mid]! <= key) lo = mid;
		else hi = mid - 1;
	}
	let end = lo + 1;
	while (prefix && end < first.length && first[end]!.startsWith(key)) end++;
	return Array.from({ length: end - lo }, (_, i) => lo + i);
}

/** The lists of a chunk's keys equal to `key`, or starting with it when `prefix`. */
export function listsOf(chunk: Chunk, key: string, prefix: boolean): number[][] {
	return chunk.keys.flatMap((k, i) =>
		k === key || (prefix && k.startsWith(key)) ? [chunk.lists[i]!] : []
	);
}

/** Page n's facts from the columns. */
export function factsOf(columns: FactColumns, page: number): PageFacts {
	const facets: PageFacts['facets'] = {};
	for (const [name, column] of Object.entries(columns.filters) as [
		SearchFilter,
		{ values: string[]; of: number[][] },
	][]) {
		const of = column.of[page];
		if (of?.length) facets[name] = of.map((v) => column.values[v]!);
	}
	return { facets, date: columns.dates[page] || undefined };
}
