/** The parts of an entry that "who works with whom" reads. */
export interface ConnectingDoc {
	id: string;
	/** Region ids the entry names, at any level (province, city, district). */
	regions: string[];
}

/** Who works with whom: top-level regions and the documents that connect each pair. */
export interface Collaboration {
	/** Top-level regions (no parent) named by some document, most documents first, then by id. */
	regions: string[];
	/** Documents naming both regions of a pair (or places inside them), keyed by `pairKey`. */
	pairs: Map<string, string[]>;
	/** Documents that name one top-level region only. */
	alone: Map<string, string[]>;
}

/**
 * The key of an unordered pair of regions.
 * @example pairKey('tianjin', 'beijing') // 'beijing|tianjin'
 */
export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');

/**
 * The top-level region a region belongs to, following `parent` links (`hengshui` → `hebei`).
 * A cycle or a dangling parent stops at the last region reached.
 */
export function topRegion(id: string, parents: ReadonlyMap<string, string | undefined>): string {
	const seen = new Set<string>();
	let current = id;
	for (
		let up = parents.get(current);
		up && parents.has(up) && !seen.has(up);
		up = parents.get(current)
	) {
		seen.add(current);
		current = up;
	}
	return current;
}

/**
 * Rolls each document's regions up to top-level regions and counts, for every pair of them, the
 * documents that connect the pair (a document naming Hengshui and Beijing connects Hebei and Beijing).
 */
export function collaboration(
	docs: ConnectingDoc[],
	parents: ReadonlyMap<string, string | undefined>
): Collaboration {
	const pairs = new Map<string, string[]>();
	const alone = new Map<string, string[]>();
	const count = new Map<string, number>();
	const add = (map: Map<string, string[]>, key: string, id: string) => {
		const ids = map.get(key);
		if (ids) ids.push(id);
		else map.set(key, [id]);
	};
	for (const doc of docs) {
		const tops = [...new Set(doc.regions.map((r) => topRegion(r, parents)))];
		tops.forEach((t) => count.set(t, (count.get(t) ?? 0) + 1));
		if (tops.length === 1) add(alone, tops[0]!, doc.id);
		tops.forEach((a, i) => tops.slice(i + 1).forEach((b) => add(pairs, pairKey(a, b), doc.id)));
	}
	const regions = [...count.keys()].sort(
		(a, b) => count.get(b)! - count.get(a)! || a.localeCompare(b)
	);
	return { regions, pairs, alone };
}
