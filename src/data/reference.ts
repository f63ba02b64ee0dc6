import { getEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';

type Named = 'regions' | 'organisations' | 'topics';

/** Name of a region, organisation or topic in a language; the schema already proved the id exists. */
export async function refName(ref: { collection: Named; id: string }, lang: Lang): Promise<string> {
  const entry = await getEntry(ref.collection, ref.id);
  if (!entry) throw new Error(`no ${ref.collection} entry "${ref.id}" (content/${ref.collection}/${ref.id}.yaml)`);
  return entry.data.name[lang];
}
