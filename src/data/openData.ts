import { getCollection } from 'astro:content';
import { citationFiles, type ExportCitation } from '../lib/citationExport.ts';
import { toCsv } from '../lib/csv.ts';
import { csvCells, csvColumns, DATA_DIR, documentDataPaths, withIds } from '../lib/openData.ts';
import { docPath } from '../lib/paths.ts';
import { headingNumber } from '../lib/sections.ts';
import { LANGS, type Lang } from '../schemas/common.ts';
import {
	dataJsonSchema,
	DATA_SCHEMAS,
	type DataSchemaName,
	type DocumentData,
	type FiguresData,
	type GlossaryData,
	type IndexData,
	type TargetsData,
} from '../schemas/openData.ts';
import { href, publicHref, siteOrigin } from '../site.config.ts';
import { t } from '../i18n/index.ts';
import { bodyText } from './bodyText.ts';
import { getTargets } from './targets.ts';
import { getDocument, getDocuments, type LocalizedDocument } from './documents.ts';
import { documentCitation } from './citation.ts';
import { perBuild } from './perBuild.ts';

/**
 * A file published under /data/: its path inside the site and its text, encoded. As bytes the 40,000
 * files of a 10,000-entry build sit outside the JavaScript heap (half the size of the same text as
 * strings, and nothing for the garbage collector to go through on every collection).
 */
export interface DataFile {
	path: string;
	body: Uint8Array<ArrayBuffer>;
}

const utf8 = new TextEncoder();
const file = (path: string, text: string): DataFile => ({ path, body: utf8.encode(text) });

/** Paths inside the site of the files shared by all documents. */
export const DATA_FILES = {
	index: `${DATA_DIR}/index.json`,
	figuresJson: `${DATA_DIR}/figures.json`,
	figuresCsv: `${DATA_DIR}/figures.csv`,
	targetsJson: `${DATA_DIR}/targets.json`,
	targetsCsv: `${DATA_DIR}/targets.csv`,
	glossaryJson: `${DATA_DIR}/glossary.json`,
	glossaryCsv: `${DATA_DIR}/glossary.csv`,
	schema: (name: DataSchemaName) => `${DATA_DIR}/schema/${name}.schema.json`,
} as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The links of a document's files in a language, as site paths with the base. */
function documentLinks(lang: Lang, doc: { kind: LocalizedDocument['kind']; id: string }) {
	const paths = documentDataPaths(lang, doc.id);
	return {
		page: href(docPath(lang, doc.kind, doc.id)),
		data: href(paths.data),
		ris: href(paths.ris),
		bibtex: href(paths.bibtex),
		csl: href(paths.csl),
	};
}

/**
 * What a document's exported citation says, in its language: the facts of the page's "copy citation"
 * (title, authors and date, src/data/citation.ts) and the page's URL when the build
 * has a public origin (without SITE_URL nothing absolute is written, so the files have no URL).
 */
async function exportCitation(doc: LocalizedDocument): Promise<ExportCitation> {
	return {
		key: `${doc.id}-${doc.lang}`,
		// An FAQ entry is the site's own page, not an official text (src/data/citation.ts).
		type: doc.kind === 'faq' ? 'webpage' : 'report',
		// The same title, authors and date as the page's copy-citation button.
		...(await documentCitation(doc)),
		url: siteOrigin && publicHref(docPath(doc.lang, doc.kind, doc.id)),
		docNumber: doc.meta.docNumber,
		genre: t(doc.lang, `kind.${doc.kind}`),
	};
}

async function documentData(doc: LocalizedDocument): Promise<DocumentData> {
	// The page's own text (bodyText renders the body as the page does).
	const { lead, sections } = await bodyText(doc);
	return {
		id: doc.id,
		lang: doc.lang,
		kind: doc.kind,
		...doc.text.data,
		links: documentLinks(doc.lang, doc),
		facts: withIds(doc.meta) as DocumentData['facts'],
		lead,
		sections: sections.map((s) => ({
			anchor: s.anchor,
			level: s.level,
			number: headingNumber(s.anchor, doc.lang),
			heading: s.heading,
			text: s.text,
		})),
	};
}

/** A CSV with the columns of a data file's JSON Schema, its ids first. */
const csvOf = (name: 'figures' | 'targets' | 'glossary', records: object[]) => {
	const columns = csvColumns(dataJsonSchema(name), ['document', 'id', 'figure']);
	return toCsv(
		columns,
		records.map((r) => csvCells(r, columns))
	);
};

async function buildDataFiles(): Promise<DataFile[]> {
	const files: DataFile[] = [];
	const byLang = await Promise.all(LANGS.map(getDocuments));
	for (const docs of byLang)
		for (const doc of docs) {
			const paths = documentDataPaths(doc.lang, doc.id);
			const cite = citationFiles(await exportCitation(doc));
			files.push(
				file(paths.data, json(await documentData(doc))),
				file(paths.ris, cite.ris),
				file(paths.bibtex, cite.bibtex),
				file(paths.csl, cite.csl)
			);
		}

	const [zhDocs] = byLang;
	const index: IndexData = {
		documents: await Promise.all(
			zhDocs!.map(async (doc) => {
				const en = await getDocument(doc.id, 'en');
				return {
					id: doc.id,
					kind: doc.kind,
					date: doc.date,
					updated: doc.meta.updated,
					title: { zh: doc.text.data.title, en: en.text.data.title },
					zh: documentLinks('zh', doc),
					en: documentLinks('en', doc),
				};
			})
		),
	};
	files.push(file(DATA_FILES.index, json(index)));

	// Documents in the index's order (newest first), figures in meta.yaml's order.
	const figures = zhDocs!.flatMap((doc) =>
		doc.meta.figures.map((fig) => ({ document: doc.id, ...(withIds(fig) as object) }))
	) as FiguresData;
	files.push(
		file(DATA_FILES.figuresJson, json(figures)),
		file(DATA_FILES.figuresCsv, csvOf('figures', figures))
	);

	// In the order of the targets page, with references as ids.
	const targets: TargetsData = (await getTargets()).map(
		({ document, figure, baseline, due, region, topics, setBy, results }) => ({
			document,
			figure: figure.id,
			label: figure.label,
			value: figure.value,
			unit: figure.unit,
			decimals: figure.decimals,
			qualifier: figure.qualifier,
			due,
			baseline: baseline && { figure: baseline.id, value: baseline.value, year: baseline.year },
			region,
			topics,
			setBy,
			anchor: figure.anchor,
			results: results.map((r) => `${r.document}/${r.figure.id}`),
		})
	);
	files.push(
		file(DATA_FILES.targetsJson, json(targets)),
		file(DATA_FILES.targetsCsv, csvOf('targets', targets))
	);

	const glossary: GlossaryData = (await getCollection('glossary'))
		.map((term) => ({ id: term.id, ...term.data }))
		.sort((a, b) => a.id.localeCompare(b.id));
	files.push(
		file(DATA_FILES.glossaryJson, json(glossary)),
		file(DATA_FILES.glossaryCsv, csvOf('glossary', glossary))
	);

	for (const name of Object.keys(DATA_SCHEMAS) as DataSchemaName[])
		files.push(file(DATA_FILES.schema(name), json(dataJsonSchema(name))));
	return files;
}

/** Every open data file; built once per build and shared by the /data/ route and the data pages (which list their sizes). */
export const dataFiles = perBuild(() => 'open data files', buildDataFiles);
