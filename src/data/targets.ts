import { getCollection, getEntry, render } from 'astro:content';
import { primaryDate } from '../lib/documentDate.ts';
import { headingNumber } from '../lib/sections.ts';
import { collectTargets, targetAnchor, type Target, type TargetFigure } from '../lib/targets.ts';
import type { Lang } from '../schemas/common.ts';
import type { Figure } from '../schemas/document.ts';
import { getDocument, type LocalizedDocument } from './documents.ts';

/** A key figure with its references written as ids, as the targets read them. */
export type PlainFigure = Omit<Figure, 'region' | 'topics' | 'reportsOn'> & TargetFigure;
export type TargetRow = Target<PlainFigure>;

/** A parsed figure with its references (`{ collection, id }`) as ids. */
export const plainFigure = (f: Figure): PlainFigure => ({
	...f,
	region: f.region?.id,
	topics: f.topics?.map((t) => t.id),
	reportsOn: f.reportsOn && { document: f.reportsOn.document.id, figure: f.reportsOn.figure },
});

let cached: Promise<TargetRow[]> | undefined;

/**
 * Every target of every document, with the results later documents report for it (collectTargets),
 * built once per build from the language-neutral meta.yaml files and shared by the targets page, its
 * chart, the home page and the open data. A `reportsOn` that points at no target of an earlier
 * document fails the build, naming the file and the figure.
 */
export function getTargets(): Promise<TargetRow[]> {
	return (cached ??= (async () => {
		const metas = await getCollection('documents');
		const docs = metas.map(({ id, data }) => ({
			id,
			kind: data.kind,
			date: primaryDate(data.dates)!,
			regions: data.regions.map((r) => r.id),
			topics: data.topics.map((t) => t.id),
			setBy: (data.issuers.length ? data.issuers : data.parties).map((o) => o.id),
			sectionTopics: Object.fromEntries(
				Object.entries(data.sectionTopics).map(([anchor, topics]) => [
					anchor,
					topics.map((t) => t.id),
				])
			),
			figures: data.figures.map(plainFigure),
		}));
		const { targets, problems } = collectTargets(docs);
		if (problems.length) throw new Error(problems.join('\n'));
		return targets;
	})());
}

/** A name with the id of its page. */
export interface Named {
	id: string;
	name: string;
}

/** A target as the targets page, its chart and the home page show it, in one language. */
export interface TargetView {
	row: TargetRow;
	/** Its row anchor on the targets page. */
	anchor: string;
	doc: LocalizedDocument;
	/** The section that sets it: its number and heading, as the document page prints them. */
	section?: { anchor: string; label: string } | undefined;
	setBy: Named[];
	region: Named;
	topics: Named[];
	/** The results later documents report for it (`row.results`), each with its document and section. */
	results: {
		result: TargetRow['results'][number];
		doc: LocalizedDocument;
		section?: { anchor: string; label: string } | undefined;
	}[];
}

const views = new Map<Lang, Promise<TargetView[]>>();

/** The targets in a language, with names, documents and sections looked up once per build. */
export function targetViews(lang: Lang): Promise<TargetView[]> {
	let list = views.get(lang);
	if (!list) {
		list = localize(lang);
		views.set(lang, list);
	}
	return list;
}

async function localize(lang: Lang): Promise<TargetView[]> {
	const rows = await getTargets();
	const docs = new Map<
		string,
		Promise<{ doc: LocalizedDocument; headings: Map<string, string> }>
	>();
	const docOf = (id: string) => {
		let found = docs.get(id);
		if (!found) {
			found = getDocument(id, lang).then(async (doc) => ({
				doc,
				headings: new Map((await render(doc.text)).headings.map((h) => [h.slug, h.text])),
			}));
			docs.set(id, found);
		}
		return found;
	};
	const sectionOf = (headings: Map<string, string>, anchor: string | undefined) =>
		anchor && headings.has(anchor)
			? {
					anchor,
					label: [headingNumber(anchor, lang), headings.get(anchor)].filter(Boolean).join(' '),
				}
			: undefined;
	const names = new Map<string, Promise<string>>();
	const nameOf = async (
		collection: 'regions' | 'organisations' | 'topics',
		id: string
	): Promise<Named> => {
		const key = `${collection}/${id}`;
		let name = names.get(key);
		if (!name) {
			name = lookUpName(collection, id, lang);
			names.set(key, name);
		}
		return { id, name: await name };
	};
	return Promise.all(
		rows.map(async (row) => {
			const { doc, headings } = await docOf(row.document);
			return {
				row,
				anchor: targetAnchor(row.document, row.figure.id),
				doc,
				section: sectionOf(headings, row.figure.anchor),
				setBy: await Promise.all(row.setBy.map((id) => nameOf('organisations', id))),
				region: await nameOf('regions', row.region),
				topics: await Promise.all(row.topics.map((id) => nameOf('topics', id))),
				results: await Promise.all(
					row.results.map(async (result) => {
						const reported = await docOf(result.document);
						return {
							result,
							doc: reported.doc,
							section: sectionOf(reported.headings, result.figure.anchor),
						};
					})
				),
			};
		})
	);
}

/** The name of a region, topic or organisation in a language; an organisation's short name where it has one, as the table is narrow. */
async function lookUpName(
	collection: 'regions' | 'organisations' | 'topics',
	id: string,
	lang: Lang
): Promise<string> {
	const entry = await getEntry(collection, id);
	if (!entry) throw new Error(`no ${collection} entry "${id}" (content/${collection}/${id}.yaml)`);
	return ('short' in entry.data && entry.data.short ? entry.data.short : entry.data.name)[lang];
}
