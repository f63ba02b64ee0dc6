import { getEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';

type Named = 'regions' | 'organisations' | 'topics';

/** Name of a region, organisation or topic in a language; the schema already proved the id exists. */
export async function refName(ref: { collection: Named; id: string }, lang: Lang): Promise<string> {
  const entry = await getEntry(ref.collection, ref.id);
  if (!entry) throw new Error(`no ${ref.collection} entry "${ref.id}" (content/${ref.collection}/${ref.id}.yaml)`);
  return entry.data.name[lang];
}

/** A glossary term's data; a wrong id in `<Term id>` fails the build here. */
export async function glossaryTerm(id: string) {
  const entry = await getEntry('glossary', id);
  if (!entry) throw new Error(`<Term id="${id}">: no glossary entry content/glossary/${id}.yaml`);
  return entry.data;
}
