import { t } from '../i18n/index.ts';
import type { DocumentCitation } from '../lib/citation.ts';
import type { LocalizedDocument } from './documents.ts';
import { refName } from './reference.ts';

/**
 * The citation facts of a document in its language: title, authors and date. A document is cited to
 * its issuers, else to the parties that signed it (an agreement), else to its source's publisher,
 * with its primary date. An FAQ entry is this site's own explanation, not an official text: it is
 * cited to the site, with the date it was last updated, so no office is credited with our words.
 */
export async function documentCitation(doc: LocalizedDocument): Promise<DocumentCitation> {
	const { lang, meta } = doc;
	const title = doc.text.data.title;
	if (doc.kind === 'faq')
		return { lang, title, authors: [t(lang, 'site.name')], date: meta.updated };
	const bodies =
		meta.issuers.length > 0
			? meta.issuers
			: meta.parties.length > 0
				? meta.parties
				: [meta.source.publisher];
	return {
		lang,
		title,
		authors: await Promise.all(bodies.map((b) => refName(b, lang))),
		date: doc.date,
	};
}
