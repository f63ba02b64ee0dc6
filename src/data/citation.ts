import type { DocumentCitation } from '../lib/citation.ts';
import type { LocalizedDocument } from './documents.ts';
import { refName } from './reference.ts';

/** The citation facts of a document in its language: title, issuer (first issuer, else the source's publisher) and primary date. */
export async function documentCitation(doc: LocalizedDocument): Promise<DocumentCitation> {
  const issuer = doc.meta.issuers[0] ?? doc.meta.source.publisher;
  return { lang: doc.lang, title: doc.text.data.title, issuer: await refName(issuer, doc.lang), date: doc.date };
}
