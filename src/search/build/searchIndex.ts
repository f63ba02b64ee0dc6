import { createHash } from 'node:crypto';
import type { Lang } from '../../schemas/common.ts';
import {
	encodePages,
	encodePositions,
	INDEX_FILES,
	PREFIX_LENGTH,
	type Chunk,
	type ChunkFamily,
	type FactColumns,
	type Manifest,
	type PageRecord,
} from '../indexFormat.ts';
import { indexTerms } from '../indexTokens.ts';
import { SEARCH_FILTERS } from '../results.ts';
import { hasHan } from '../text.ts';
import type { IndexedPage } from './indexPage.ts';

/**
 * Writes a language's search index (src/search/indexFormat.ts, docs/search.md "The index") from the
 * pages as `indexPage` read them. Pure: it returns the files, the integration writes them. Every step
 * is one pass over the pages' terms, then one sort of the distinct keys, so the cost grows with the text.
 */

/** A page to index: its path inside the site and what `indexPage` read. */
export interface PageToIndex {
	url: string;
	page: IndexedPage;
}

/** About how many characters of JSON a chunk file holds; a key whose list is longer gets a chunk to itself. */
export const CHUNK_CHARS: Record<ChunkFamily, number> = {
	positions: 16_384,
	pageLists: 8_192,
	prefixes: 8_192,
};

/** The short prefixes a term begins (pairs begin none: a one-word query is a word, not a pair). */
function prefixesOf(term: string): string[] {
	if (term.includes(' ')) return [];
	const chars = [...term];
	const longest = hasHan(chars[0]!) ? PREFIX_LENGTH.han : PREFIX_LENGTH.other;
	return Array.from({ length: Math.min(longest, chars.length) }, (_, i) =>
		chars.slice(0, i + 1).join('')
	);
}

/** Keys in code-unit order (the order the client's binary search assumes) cut into chunks of about `size` characters. */
function chunked(lists: Map<string, number[]>, size: number): { first: string[]; chunks: Chunk[] } {
	const keys = [...lists.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const chunks: Chunk[] = [];
	let current: Chunk = { keys: [], lists: [] };
	let chars = 0;
	for (const key of keys) {
		const list = lists.get(key)!;
		const cost = key.length + 4 * list.length + 8;
		if (current.keys.length && chars + cost > size) {
			chunks.push(current);
			current = { keys: [], lists: [] };
			chars = 0;
		}
		current.keys.push(key);
		current.lists.push(list);
		chars += cost;
	}
	if (current.keys.length) chunks.push(current);
	return { first: chunks.map((c) => c.keys[0]!), chunks };
}

/** The facts of every page as columns. */
function factColumns(pages: readonly PageToIndex[]): FactColumns {
	const filters: FactColumns['filters'] = {};
	for (const name of SEARCH_FILTERS) {
		const values: string[] = [];
		const index = new Map<string, number>();
		const of = pages.map(({ page }) =>
			(page.facts.facets[name] ?? []).map((v) => {
				if (!index.has(v)) index.set(v, values.push(v) - 1);
				return index.get(v)!;
			})
		);
		if (values.length) filters[name] = { values, of };
	}
	return { dates: pages.map(({ page }) => page.facts.date ?? ''), filters };
}

/**
 * Every file of a language's index, by path inside its index folder (`_search/zh/`).
 * @param t2s the Traditional → Simplified map for this index (src/search/build/simplifiedMap.ts)
 */
export function searchIndexFiles(
	lang: Lang,
	pages: readonly PageToIndex[],
	t2s: Record<string, string>
): Map<string, string> {
	const positions = new Map<string, [number, number[]][]>();
	const prefixCounts = new Map<string, Map<number, number>>();
	pages.forEach(({ page }, n) => {
		for (const [term, at] of indexTerms(page.tokens)) {
			const list = positions.get(term);
			if (list) list.push([n, at]);
			else positions.set(term, [[n, at]]);
			for (const prefix of prefixesOf(term)) {
				const counts = prefixCounts.get(prefix) ?? prefixCounts.set(prefix, new Map()).get(prefix)!;
				counts.set(n, (counts.get(n) ?? 0) + at.length);
			}
		}
	});
	const families: Record<ChunkFamily, ReturnType<typeof chunked>> = {
		positions: chunked(
			new Map([...positions].map(([term, list]) => [term, encodePositions(list)])),
			CHUNK_CHARS.positions
		),
		pageLists: chunked(
			new Map(
				[...positions].map(([term, list]) => [
					term,
					encodePages(list.map(([n, at]) => [n, at.length])),
				])
			),
			CHUNK_CHARS.pageLists
		),
		prefixes: chunked(
			new Map([...prefixCounts].map(([prefix, counts]) => [prefix, encodePages([...counts])])),
			CHUNK_CHARS.prefixes
		),
	};

	const files = new Map<string, string>();
	for (const family of Object.keys(families) as ChunkFamily[])
		families[family].chunks.forEach((chunk, i) =>
			files.set(INDEX_FILES[family](i), JSON.stringify(chunk))
		);
	files.set(INDEX_FILES.facts, JSON.stringify(factColumns(pages)));
	files.set(INDEX_FILES.t2s, JSON.stringify(t2s));
	pages.forEach(({ url, page }, n) => {
		const record: PageRecord = {
			url,
			title: page.title,
			kind: page.kind,
			date: page.facts.date,
			text: page.text,
			sections: page.headings,
		};
		files.set(INDEX_FILES.record(n), JSON.stringify(record));
	});

	// One hash of every file names their folder, so each file can be cached for good.
	const hash = createHash('sha256');
	for (const [file, body] of files) hash.update(`${file}\n${body}\n`);
	const root = `${hash.digest('hex').slice(0, 10)}/`;
	const manifest: Manifest = {
		version: 1,
		lang,
		pages: pages.length,
		root,
		chunks: {
			positions: families.positions.first,
			pageLists: families.pageLists.first,
			prefixes: families.prefixes.first,
		},
	};
	return new Map([
		[INDEX_FILES.manifest, JSON.stringify(manifest)],
		...[...files].map(([file, body]) => [`${root}${file}`, body] as [string, string]),
	]);
}
