import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getDocuments } from '../../data/documents.ts';
import { htmlLang, t } from '../../i18n/index.ts';
import { atomFeed } from '../../lib/atom.ts';
import { docPath, feedPath, langPath, langStaticPaths } from '../../lib/paths.ts';
import { uuidV5 } from '../../lib/uuid.ts';
import { LANGS } from '../../schemas/common.ts';
import { publicHref } from '../../site.config.ts';

export const getStaticPaths = langStaticPaths;

/**
 * `/{lang}/feed.xml`: an Atom feed of every document in one language, most recently updated first.
 * Ids are name-based UUIDs, so they survive a change of host; links are absolute with SITE_URL and
 * root-relative without it (Atom allows relative references, resolved against the feed's own URL).
 */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const { lang } = props;
	const other = LANGS.find((l) => l !== lang)!;
	const docs = [...(await getDocuments(lang))].sort(
		(a, b) =>
			b.meta.updated.localeCompare(a.meta.updated) ||
			b.date.localeCompare(a.date) ||
			a.id.localeCompare(b.id)
	);
	const xml = atomFeed({
		id: `urn:uuid:${uuidV5(`feed/${lang}`)}`,
		title: `${t(lang, 'site.name')} · ${t(lang, 'feed.title')}`,
		subtitle: t(lang, 'site.tagline'),
		lang: htmlLang[lang],
		links: [
			{ rel: 'self', type: 'application/atom+xml', href: publicHref(feedPath(lang)) },
			{
				rel: 'alternate',
				type: 'text/html',
				hreflang: htmlLang[lang],
				href: publicHref(langPath(lang)),
			},
		],
		authors: [{ name: t(lang, 'site.name'), uri: publicHref(langPath(lang)) }],
		entries: docs.map((doc) => ({
			id: `urn:uuid:${uuidV5(`${lang}/${doc.id}`)}`,
			title: doc.text.data.title,
			updated: doc.meta.updated,
			summary: doc.text.data.summary,
			categories: [{ term: doc.kind, label: t(lang, `kind.${doc.kind}`) }],
			links: [
				{
					rel: 'alternate',
					type: 'text/html',
					hreflang: htmlLang[lang],
					href: publicHref(docPath(lang, doc.kind, doc.id)),
				},
				{
					rel: 'alternate',
					type: 'text/html',
					hreflang: htmlLang[other],
					href: publicHref(docPath(other, doc.kind, doc.id)),
				},
			],
		})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
