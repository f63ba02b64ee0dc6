import { htmlLang, t } from '../i18n/index.ts';
import { docPath, langPath } from '../lib/paths.ts';
import type { DocumentFacts } from '../lib/structuredData.ts';
import { LANGS } from '../schemas/common.ts';
import { publicHref } from '../site.config.ts';
import { getDocument, type LocalizedDocument } from './documents.ts';
import { refName } from './reference.ts';

/** The facts a document page's JSON-LD states, in the page's language (src/lib/structuredData.ts shapes them). */
export async function documentFacts(doc: LocalizedDocument): Promise<DocumentFacts> {
	const { lang, meta } = doc;
	const other = LANGS.find((l) => l !== lang)!;
	const names = (refs: { collection: 'regions' | 'organisations' | 'topics'; id: string }[]) =>
		Promise.all(refs.map((r) => refName(r, lang)));
	const basedOn = await Promise.all(
		meta.basedOn.map(async (b) => {
			const target = await getDocument(b.document.id, lang);
			return publicHref(docPath(lang, target.kind, target.id, b.anchor));
		})
	);
	return {
		kind: doc.kind,
		url: publicHref(docPath(lang, doc.kind, doc.id)),
		lang: htmlLang[lang],
		title: doc.text.data.title,
		shortTitle: doc.text.data.shortTitle,
		summary: doc.text.data.summary,
		kindName: t(lang, `kind.${doc.kind}`),
		docNumber: meta.docNumber,
		dates: meta.dates,
		period: meta.period,
		status: meta.status,
		regions: await names(meta.regions),
		topics: await names(meta.topics),
		issuers: await names(meta.issuers),
		parties: await names(meta.parties),
		updated: meta.updated,
		source: {
			title: meta.source.title,
			publisher: await refName(meta.source.publisher, lang),
			date: meta.source.date,
		},
		// The Chinese page restates the Chinese source; the English page is the site's translation of it.
		counterpart: {
			url: publicHref(docPath(other, doc.kind, doc.id)),
			lang: htmlLang[other],
			original: other === 'zh',
		},
		basedOn,
		site: { name: t(lang, 'site.name'), url: publicHref(langPath(lang)) },
	};
}
