import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import type { Kind } from '../schemas/document.ts';
import { relatedLists } from '../lib/browse.ts';
import { primaryDate } from '../lib/documentDate.ts';
import { failContent } from './failContent.ts';
import { perBuild } from './perBuild.ts';

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

/** What lists and links call a document: its short title, or its title when it has none. */
export function shortTitle(doc: Pick<LocalizedDocument, 'text'>): string {
	return doc.text.data.shortTitle ?? doc.text.data.title;
}

/** Every document of a language, newest first, and the same documents by id: built once per build. */
const documentIndex = perBuild(
	(lang: Lang) => `documents index (${lang})`,
	async (lang: Lang) => {
		const metas = await getCollection('documents');
		const docs = await Promise.all(metas.map((meta) => localize(meta, lang)));
		docs.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
		return { docs, byId: new Map(docs.map((d) => [d.id, d])) };
	}
);

/** A document's facts with its text in a language. A missing language file fails loudly (the content tests report it too). */
async function localize(meta: DocumentMeta, lang: Lang): Promise<LocalizedDocument> {
	const text = await getEntry('texts', `${meta.id}/${lang}`);
	if (!text)
		failContent({
			file: `content/documents/${meta.id}/${lang}.mdx`,
			message: 'is missing: every document has meta.yaml, zh.mdx and en.mdx',
		});
	return {
		id: meta.id,
		lang,
		kind: meta.data.kind,
		meta: meta.data,
		text,
		date: primaryDate(meta.data.dates)!,
	};
}

/** Every document in a language, newest first; shared by every page, so copy it before sorting it another way. */
export async function getDocuments(lang: Lang): Promise<readonly LocalizedDocument[]> {
	return (await documentIndex(lang)).docs;
}

/** One document in a language, or undefined when there is none. */
export async function findDocument(id: string, lang: Lang): Promise<LocalizedDocument | undefined> {
	return (await documentIndex(lang)).byId.get(id);
}

/** One document in a language. */
export async function getDocument(id: string, lang: Lang): Promise<LocalizedDocument> {
	const doc = await findDocument(id, lang);
	if (!doc)
		failContent({
			file: `content/documents/${id}/meta.yaml`,
			message: 'is missing: every document has meta.yaml, zh.mdx and en.mdx',
		});
	return doc;
}

/** The related documents of each document of a language (src/lib/browse.ts relatedLists), worked out once per build. */
export const relatedDocuments = perBuild(
	(lang: Lang) => `related documents (${lang})`,
	async (lang: Lang) => relatedLists(await getDocuments(lang))
);

const renderedTexts = perBuild(undefined, async (id: string, lang: Lang) =>
	render((await getDocument(id, lang)).text)
);
/**
 * A document's text rendered: its Content component and headings. Once per text and build: the
 * document page, its parallel reading, the open data, the timeline and the pages that name its
 * sections all need it, and Astro's render() does its work again on every call.
 */
export function renderText(doc: LocalizedDocument): ReturnType<typeof render> {
	return renderedTexts(doc.id, doc.lang);
}
