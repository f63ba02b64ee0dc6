import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import { failContent } from './failContent.ts';
import type { Kind } from '../schemas/document.ts';
import { primaryDate } from '../lib/documentDate.ts';

export type DocumentMeta = CollectionEntry<'documents'>;
export type DocumentText = CollectionEntry<'texts'>;

/** One document in one language: its shared facts and this language's text. */
export interface LocalizedDocument {
  id: string;
  lang: Lang;
  kind: Kind;
  meta: DocumentMeta['data'];
  text: DocumentText;
  /** The date lists sort by: signed, else issued, held, published. */
  date: string;
}

/** Every document in a language, newest first. A missing language file fails loudly (the content tests report it too). */
export async function getDocuments(lang: Lang): Promise<LocalizedDocument[]> {
  const metas = await getCollection('documents');
  const docs = await Promise.all(metas.map((meta) => getDocument(meta.id, lang, meta)));
  return docs.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** One document in a language. */
export async function getDocument(id: string, lang: Lang, meta?: DocumentMeta): Promise<LocalizedDocument> {
  const entry = meta ?? (await getEntry('documents', id));
  const text = await getEntry('texts', `${id}/${lang}`);
  if (!entry || !text) failContent({ file: `content/documents/${id}/${entry ? `${lang}.mdx` : 'meta.yaml'}`, message: 'is missing: every document has meta.yaml, zh.mdx and en.mdx' });
  return { id, lang, kind: entry.data.kind, meta: entry.data, text, date: primaryDate(entry.data.dates)! };
}
