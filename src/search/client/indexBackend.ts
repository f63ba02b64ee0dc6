import type { Lang } from '../../schemas/common.ts';
import {
	chunksOf,
	decodePages,
	decodePositions,
	factsOf,
	INDEX_FILES,
	PREFIX_LENGTH,
	type Chunk,
	type ChunkFamily,
	type FactColumns,
	type Manifest,
	type PageRecord,
} from '../indexFormat.ts';
import { lookups, runStarts, type Lookup } from '../indexTokens.ts';
import type { Match, PageFacts } from '../results.ts';
import { excerpt, findMatches, fold, hasHan, sectionHits, type Query } from '../text.ts';
import type { LoadFile } from './transport.ts';
import type { Hit, SearchBackend } from './backend.ts';

/** How many decoded look-ups are kept: a query's look-ups and those of the last few keystrokes. */
const DECODED_KEPT = 12;

/**
 * The search backend over the site's own index (src/search/indexFormat.ts, docs/search.md), the same
 * on the web and offline: only the way files are read differs (./transport.ts).
 *
 * A query of one short word still being typed (`医`, `me`) reads the prefix table; a query that needs
 * one look-up reads that term's pages and counts; a longer query reads each look-up's positions and
 * keeps the pages where they sit at the query's offsets. Files are cached, so the next keystroke reads
 * only what it adds; every result is checked against its page's text before it is shown.
 *
 * The next keystroke also reuses the work of the last ones: decoded look-ups, pages' facts and folded
 * texts are kept, and a query that extends the last one (`医联体` → `医联体建`) is looked for only in
 * the pages that matched that one, since a page containing the longer text contains the shorter.
 */
export class IndexBackend implements SearchBackend {
	readonly lang: Lang;
	readonly #load: LoadFile;
	readonly #pageUrl: (path: string) => string;
	#manifest?: Promise<Manifest>;
	/** The manifest's `root`, once it has loaded. */
	#root?: string;
	#facts?: Promise<FactColumns>;
	readonly #files = new Map<string, Promise<unknown>>();
	/** The last few look-ups, decoded: the next keystroke repeats all but one of them. */
	readonly #decoded = new Map<string, Promise<unknown>>();
	readonly #pageFacts: PageFacts[] = [];
	/** Records' texts folded for matching (a result stays among the first ten for many keystrokes). */
	readonly #folded = new WeakMap<PageRecord, string>();
	/** The last match: a query that extends its text can only match among its pages. */
	#last?: { text: string; pages: ReadonlyMap<number, number> };

	/**
	 * @param load reads a file of this language's index folder
	 * @param pageUrl a result's URL from its path inside the site (`zh/plans/x/`)
	 */
	constructor(lang: Lang, load: LoadFile, pageUrl: (path: string) => string) {
		this.lang = lang;
		this.#load = load;
		this.#pageUrl = pageUrl;
	}

	#file<T>(file: string): Promise<T> {
		let found = this.#files.get(file);
		if (!found) this.#files.set(file, (found = this.#load(file)));
		return found as Promise<T>;
	}

	#rooted<T>(file: string): Promise<T> {
		// Once the manifest is in, a file is requested at once rather than a task later: the UI asks for a
		// page of results' records and counts the facets while they load.
		if (this.#root !== undefined) return this.#file<T>(`${this.#root}${file}`);
		return this.#manifestFile().then((m) => this.#file<T>(`${(this.#root = m.root)}${file}`));
	}

	#manifestFile(): Promise<Manifest> {
		return (this.#manifest ??= this.#file<Manifest>(INDEX_FILES.manifest));
	}

	warm(): void {
		this.#facts ??= this.#rooted<FactColumns>(INDEX_FILES.facts);
	}

	simplifiedMap(): Promise<Readonly<Record<string, string>>> {
		return this.#rooted(INDEX_FILES.t2s);
	}

	/** A decoded look-up, kept among the last {@link DECODED_KEPT}. */
	#decode<T>(key: string, decode: () => Promise<T>): Promise<T> {
		let found = this.#decoded.get(key) as Promise<T> | undefined;
		this.#decoded.delete(key);
		found ??= decode();
		this.#decoded.set(key, found);
		if (this.#decoded.size > DECODED_KEPT) this.#decoded.delete(this.#decoded.keys().next().value!);
		return found;
	}

	/** The lists of one family for a key, or for every key starting with it. */
	async #lists(family: ChunkFamily, key: string, prefix: boolean): Promise<number[][]> {
		const manifest = await this.#manifestFile();
		const chunks = await Promise.all(
			chunksOf(manifest.chunks[family], key, prefix).map((i) =>
				this.#rooted<Chunk>(INDEX_FILES[family](i))
			)
		);
		return chunks.flatMap((chunk) =>
			chunk.keys.flatMap((k, i) =>
				k === key || (prefix && k.startsWith(key)) ? [chunk.lists[i]!] : []
			)
		);
	}

	/** Pages and counts of a one-look-up query: the prefix table for a short word, else the term's page lists. */
	async #counts(query: Query, only: Lookup): Promise<Map<number, number>> {
		const token = query.tokens[0]!;
		const short =
			query.tokens.length === 1 &&
			[...token.text].length <= (hasHan(token.text) ? PREFIX_LENGTH.han : PREFIX_LENGTH.other);
		const [family, key, prefix] = short
			? (['prefixes', token.text, false] as const)
			: (['pageLists', only.term, only.prefix] as const);
		return this.#decode(`${family} ${prefix ? '*' : ''}${key}`, async () => {
			const out = new Map<number, number>();
			for (const list of await this.#lists(family, key, prefix))
				for (const [page, count] of decodePages(list)) out.set(page, (out.get(page) ?? 0) + count);
			return out;
		});
	}

	/** A look-up's positions in every page that has it, in order. */
	#positions(l: Lookup): Promise<Map<number, number[]>> {
		return this.#decode(`positions ${l.prefix ? '*' : ''}${l.term}`, async () => {
			const lists = (await this.#lists('positions', l.term, l.prefix)).map(decodePositions);
			if (lists.length === 1) return lists[0]!;
			// Several terms start with a prefix: their positions merged per page.
			const byPage = new Map<number, number[]>();
			for (const list of lists)
				for (const [page, at] of list) byPage.set(page, [...(byPage.get(page) ?? []), ...at]);
			for (const at of byPage.values()) at.sort((a, b) => a - b);
			return byPage;
		});
	}

	/** Pages where every look-up sits at its offset, with how many times; only among `within` when given. */
	async #runs(
		list: readonly Lookup[],
		within?: ReadonlyMap<number, number>
	): Promise<Map<number, number>> {
		const found = await Promise.all(list.map((l) => this.#positions(l)));
		const rarest = [...found, ...(within ? [within] : [])].reduce<ReadonlyMap<number, unknown>>(
			(a, b) => (b.size < a.size ? b : a),
			found[0]!
		);
		const out = new Map<number, number>();
		for (const page of rarest.keys()) {
			if (!found.every((f) => f.has(page)) || (within && !within.has(page))) continue;
			const runs = runStarts(
				list,
				found.map((f) => f.get(page)!)
			).length;
			if (runs) out.set(page, runs);
		}
		return out;
	}

	async match(query: Query): Promise<Match[]> {
		this.warm();
		const [manifest, facts] = await Promise.all([this.#manifestFile(), this.#facts!]);
		const list = query.text ? lookups(query) : [];
		const last = this.#last;
		const within = last && query.text.startsWith(last.text) ? last.pages : undefined;
		const scores = !query.text
			? new Map(Array.from({ length: manifest.pages }, (_, page) => [page, 0]))
			: list.length === 1
				? await this.#counts(query, list[0]!)
				: await this.#runs(list, within);
		if (query.text) this.#last = { text: query.text, pages: scores };
		return [...scores].map(([page, score]) => ({
			id: String(page),
			facts: (this.#pageFacts[page] ??= factsOf(facts, page)),
			score,
		}));
	}

	async details(match: Match, query: Query): Promise<Hit | null> {
		const record = await this.#rooted<PageRecord>(INDEX_FILES.record(Number(match.id)));
		let folded = this.#folded.get(record);
		if (query.text && folded === undefined) this.#folded.set(record, (folded = fold(record.text)));
		const matches = findMatches(record.text, query, folded);
		if (query.text && !matches.length) return null;
		return {
			id: match.id,
			url: this.#pageUrl(record.url),
			title: record.title,
			kind: record.kind,
			date: record.date,
			excerpt: excerpt(record.text, matches),
			sections: sectionHits(record.text, record.sections, matches),
		};
	}
}
