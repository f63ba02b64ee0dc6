import { getEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import { perBuild } from './perBuild.ts';

type Named = 'regions' | 'organisations' | 'topics';

// Looked up once per entry and build: every document page names a dozen regions, topics and bodies.
const names = perBuild(undefined, async (collection: Named, id: string) => {
	const entry = await getEntry(collection, id);
	if (!entry) throw new Error(`no ${collection} entry "${id}" (content/${collection}/${id}.yaml)`);
	return entry.data.name;
});

/** Name of a region, organisation or topic in a language; the schema already proved the id exists. */
export async function refName(ref: { collection: Named; id: string }, lang: Lang): Promise<string> {
	return (await names(ref.collection, ref.id))[lang];
}

/** A glossary term's data, or undefined when there is none; looked up once per id and build (every `<Term>` asks). */
export const glossaryTerm = perBuild(
	undefined,
	async (id: string) => (await getEntry('glossary', id))?.data
);
