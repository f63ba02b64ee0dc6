/**
 * Browsing documents by region, topic, organisation and year: which keys a document is filed
 * under, and the documents each key gathers. Pure functions over plain data, so they are tested
 * without Astro (src/data/browse.ts binds them to the collections).
 */

/** The ways in, each with its URL segment: `/{lang}/{facet}/{key}/`. */
export const BROWSE_FACETS = ['regions', 'topics', 'organisations', 'years'] as const;
export type BrowseFacet = (typeof BROWSE_FACETS)[number];

type Ref = { id: string };

/** The fields of a document's meta.yaml that browsing reads (Astro's parsed references are `{ id }`). */
export interface BrowseMeta {
	dates: {
		signed?: string | undefined;
		issued?: string | undefined;
		held?: string | undefined;
		published?: string | undefined;
	};
	regions: Ref[];
	topics: Ref[];
	issuers: Ref[];
	parties: Ref[];
	signatories: { body: Ref }[];
	speakers: { body: Ref }[];
	tasks: { lead: Ref[]; partners: Ref[] }[];
	source: { publisher: Ref };
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The keys a document is filed under for one facet, in the order meta.yaml gives them.
 * Organisations are every body the entry names: issuers, parties, the bodies of signatories and
 * speakers, the units a plan's tasks assign, and the source's publisher. Years are those of the
 * document's own dates (signed, issued, held, published), not of its period or events: the
 * timeline shows those.
 * @example facetKeys({ ...meta, dates: { signed: '2023-11-07', published: '2024-01-02' } }, 'years') // ['2023', '2024']
 */
export function facetKeys(meta: BrowseMeta, facet: BrowseFacet): string[] {
	switch (facet) {
		case 'regions':
			return unique(meta.regions.map((r) => r.id));
		case 'topics':
			return unique(meta.topics.map((r) => r.id));
		case 'organisations':
			return unique(
				[
					...meta.issuers,
					...meta.parties,
					...meta.signatories.map((s) => s.body),
					...meta.speakers.map((s) => s.body),
					...meta.tasks.flatMap((t) => [...t.lead, ...t.partners]),
					meta.source.publisher,
				].map((r) => r.id)
			);
		case 'years':
			return unique(
				Object.values(meta.dates)
					.filter((d): d is string => Boolean(d))
					.map((d) => d.slice(0, 4))
			).sort();
	}
}

/**
 * Groups documents by the keys of a facet. Only keys that some document is filed under appear,
 * so no browse page is ever empty; each group keeps the documents' order.
 */
export function groupByFacet<D extends { meta: BrowseMeta }>(
	docs: readonly D[],
	facet: BrowseFacet
): Map<string, D[]> {
	const groups = new Map<string, D[]>();
	for (const doc of docs) {
		for (const key of facetKeys(doc.meta, facet)) {
			const group = groups.get(key);
			if (group) group.push(doc);
			else groups.set(key, [doc]);
		}
	}
	return groups;
}

/** What related documents are chosen from: id, date (ISO, for ties), declared `related`, regions and topics. */
export interface RelatableDoc {
	id: string;
	date: string;
	meta: { related: Ref[]; regions: Ref[]; topics: Ref[] };
}

/** A document's regions and topics, as one list of keys (a key listed twice counts twice). */
const keysOf = (d: RelatableDoc) => [
	...d.meta.regions.map((r) => `r:${r.id}`),
	...d.meta.topics.map((t) => `t:${t.id}`),
];
const signature = (keys: Iterable<string>) => [...keys].sort().join('\n');

/**
 * The related documents of every document in `all`, as a lookup: for a document, the ones it declares
 * in `related` first, in their order, then the others by how many regions and topics they share with
 * it (most first, then newest, then id). Documents sharing nothing are left out. The list stops at
 * `limit` unless more are declared.
 *
 * Built for a whole collection at once. Documents with the same regions and topics score alike against
 * any other, so they form one group, newest first; the `limit + 1` best others (enough once the document
 * itself and its declared ones are set aside) are found once per set of keys, by one pass over the
 * groups that mostly looks at each group's first document only. The time is linear in the number of
 * documents for a given vocabulary: it grows with the square of the number of distinct sets of keys.
 * @example relatedLists([a, b, c], 5)(a) // [declared…, then by shared regions and topics]
 */
export function relatedLists<D extends RelatableDoc>(
	all: readonly D[],
	limit = 5
): (doc: D) => D[] {
	const byId = new Map(all.map((d) => [d.id, d]));
	const ranked = [...all].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
	type Ranked = { d: D; rank: number };
	const groups = new Map<string, { keys: string[]; docs: Ranked[] }>();
	ranked.forEach((d, rank) => {
		const keys = keysOf(d);
		const sig = signature(keys);
		const group = groups.get(sig);
		if (group) group.docs.push({ d, rank });
		else groups.set(sig, { keys, docs: [{ d, rank }] });
	});
	const best = new Map<string, D[]>();
	const bestFor = (mine: ReadonlySet<string>): D[] => {
		const sig = signature(mine);
		const known = best.get(sig);
		if (known) return known;
		// The best `limit + 1` so far, best first: more keys shared, then earlier in `ranked`.
		const top: (Ranked & { score: number })[] = [];
		const beats = (a: Ranked & { score: number }, b: Ranked & { score: number }) =>
			a.score > b.score || (a.score === b.score && a.rank < b.rank);
		for (const { keys, docs } of groups.values()) {
			let score = 0;
			for (const k of keys) if (mine.has(k)) score++;
			if (score === 0) continue;
			for (const { d, rank } of docs) {
				const candidate = { d, rank, score };
				// A group's documents come in rank order: once one does not make the list, none after it will.
				if (top.length > limit && !beats(candidate, top[limit]!)) break;
				let at = top.length;
				while (at > 0 && beats(candidate, top[at - 1]!)) at--;
				top.splice(at, 0, candidate);
				if (top.length > limit + 1) top.pop();
			}
		}
		const found = top.map((c) => c.d);
		best.set(sig, found);
		return found;
	};
	return (doc) => {
		const declared = doc.meta.related
			.map((r) => byId.get(r.id))
			.filter((d): d is D => d !== undefined && d.id !== doc.id);
		const taken = new Set([doc.id, ...declared.map((d) => d.id)]);
		const others = bestFor(new Set(keysOf(doc))).filter((d) => !taken.has(d.id));
		return [...declared, ...others].slice(0, Math.max(limit, declared.length));
	};
}
