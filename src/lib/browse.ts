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
  dates: { signed?: string | undefined; issued?: string | undefined; held?: string | undefined; published?: string | undefined };
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
        ].map((r) => r.id),
      );
    case 'years':
      return unique(Object.values(meta.dates).filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 4))).sort();
  }
}

/**
 * Groups documents by the keys of a facet. Only keys that some document is filed under appear,
 * so no browse page is ever empty; each group keeps the documents' order.
 */
export function groupByFacet<D extends { meta: BrowseMeta }>(docs: D[], facet: BrowseFacet): Map<string, D[]> {
  const groups = new Map<string, D[]>();
  for (const doc of docs) {
    for (const key of facetKeys(doc.meta, facet)) groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return groups;
}

/** What related documents are chosen from: id, date (ISO, for ties), declared `related`, regions and topics. */
export interface RelatableDoc {
  id: string;
  date: string;
  meta: { related: Ref[]; regions: Ref[]; topics: Ref[] };
}

/**
 * Documents related to `doc`: the ones it declares in `related` first, in their order, then the
 * others by how many regions and topics they share with it (most first, then newest, then id).
 * Documents sharing nothing are left out. The list stops at `limit` unless more are declared.
 * @example relatedDocuments(a, [a, b, c], 5) // [declared…, then by shared regions and topics]
 */
export function relatedDocuments<D extends RelatableDoc>(doc: D, all: D[], limit = 5): D[] {
  const byId = new Map(all.map((d) => [d.id, d]));
  const declared = doc.meta.related.map((r) => byId.get(r.id)).filter((d): d is D => d !== undefined && d.id !== doc.id);
  const taken = new Set([doc.id, ...declared.map((d) => d.id)]);
  const mine = new Set([...doc.meta.regions.map((r) => `r:${r.id}`), ...doc.meta.topics.map((t) => `t:${t.id}`)]);
  const shared = (d: D) => [...d.meta.regions.map((r) => `r:${r.id}`), ...d.meta.topics.map((t) => `t:${t.id}`)].filter((k) => mine.has(k)).length;
  const others = all
    .filter((d) => !taken.has(d.id))
    .map((d) => ({ d, score: shared(d) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.d.date.localeCompare(a.d.date) || a.d.id.localeCompare(b.d.id))
    .map((x) => x.d);
  return [...declared, ...others].slice(0, Math.max(limit, declared.length));
}
