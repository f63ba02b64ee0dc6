import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import DocumentBody from '../components/DocumentBody.astro';
import { sectionsOf } from '../lib/bodySections.ts';
import { citationFiles, type ExportCitation } from '../lib/citationExport.ts';
import { toCsv } from '../lib/csv.ts';
import { csvCells, csvColumns, DATA_DIR, documentDataPaths, withIds } from '../lib/openData.ts';
import { docPath } from '../lib/paths.ts';
import { headingNumber } from '../lib/sections.ts';
import { LANGS, type Lang } from '../schemas/common.ts';
import { dataJsonSchema, DATA_SCHEMAS, type DataSchemaName, type DocumentData, type FiguresData, type GlossaryData, type IndexData } from '../schemas/openData.ts';
import { href, publicHref, siteOrigin } from '../site.config.ts';
import { t } from '../i18n/index.ts';
import { getDocument, getDocuments, type LocalizedDocument } from './documents.ts';
import { documentCitation } from './citation.ts';
import { perBuild } from './perBuild.ts';

/** A file published under /data/: its path inside the site and its text. */
export interface DataFile {
  path: string;
  body: string;
}

/** Paths inside the site of the files shared by all documents. */
export const DATA_FILES = {
  index: `${DATA_DIR}/index.json`,
  figuresJson: `${DATA_DIR}/figures.json`,
  figuresCsv: `${DATA_DIR}/figures.csv`,
  glossaryJson: `${DATA_DIR}/glossary.json`,
  glossaryCsv: `${DATA_DIR}/glossary.csv`,
  schema: (name: DataSchemaName) => `${DATA_DIR}/schema/${name}.schema.json`,
} as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The links of a document's files in a language, as site paths with the base. */
function documentLinks(lang: Lang, doc: { kind: LocalizedDocument['kind']; id: string }) {
  const paths = documentDataPaths(lang, doc.id);
  return { page: href(docPath(lang, doc.kind, doc.id)), data: href(paths.data), ris: href(paths.ris), bibtex: href(paths.bibtex), csl: href(paths.csl) };
}

/**
 * What a document's exported citation says, in its language: the facts of the page's "copy citation"
 * (title, authors and date, src/data/citation.ts) and the page's URL when the build
 * has a public origin (without SITE_URL nothing absolute is written, so the files have no URL).
 */
async function exportCitation(doc: LocalizedDocument): Promise<ExportCitation> {
  return {
    key: `${doc.id}-${doc.lang}`,
    // The same title, authors and date as the page's copy-citation button.
    ...(await documentCitation(doc)),
    url: siteOrigin && publicHref(docPath(doc.lang, doc.kind, doc.id)),
    docNumber: doc.meta.docNumber,
    genre: t(doc.lang, `kind.${doc.kind}`),
  };
}

let container: Promise<experimental_AstroContainer> | undefined;
/** A document's body rendered exactly as its page renders it (DocumentBody), so the data file holds the page's text. */
async function bodyHtml(doc: LocalizedDocument): Promise<string> {
  container ??= experimental_AstroContainer.create().then((c) => (c.addServerRenderer({ renderer: mdxRenderer }), c));
  return (await container).renderToString(DocumentBody, { props: { doc } });
}

async function documentData(doc: LocalizedDocument): Promise<DocumentData> {
  const { lead, sections } = sectionsOf(await bodyHtml(doc));
  return {
    id: doc.id,
    lang: doc.lang,
    kind: doc.kind,
    ...doc.text.data,
    links: documentLinks(doc.lang, doc),
    facts: withIds(doc.meta) as DocumentData['facts'],
    lead,
    sections: sections.map((s) => ({ anchor: s.anchor, level: s.level, number: headingNumber(s.anchor, doc.lang), heading: s.heading, text: s.text })),
  };
}

/** A CSV with the columns of a data file's JSON Schema, its ids first. */
const csvOf = (name: 'figures' | 'glossary', records: object[]) => {
  const columns = csvColumns(dataJsonSchema(name), ['document', 'id']);
  return toCsv(columns, records.map((r) => csvCells(r, columns)));
};

async function buildDataFiles(): Promise<DataFile[]> {
  const files: DataFile[] = [];
  const byLang = await Promise.all(LANGS.map(getDocuments));
  for (const docs of byLang)
    for (const doc of docs) {
      const paths = documentDataPaths(doc.lang, doc.id);
      const cite = citationFiles(await exportCitation(doc));
      files.push({ path: paths.data, body: json(await documentData(doc)) }, { path: paths.ris, body: cite.ris }, { path: paths.bibtex, body: cite.bibtex }, { path: paths.csl, body: cite.csl });
    }

  const [zhDocs] = byLang;
  const index: IndexData = {
    documents: await Promise.all(
      zhDocs!.map(async (doc) => {
        const en = await getDocument(doc.id, 'en');
        return { id: doc.id, kind: doc.kind, date: doc.date, updated: doc.meta.updated, title: { zh: doc.text.data.title, en: en.text.data.title }, zh: documentLinks('zh', doc), en: documentLinks('en', doc) };
      }),
    ),
  };
  files.push({ path: DATA_FILES.index, body: json(index) });

  // Documents in the index's order (newest first), figures in meta.yaml's order.
  const figures: FiguresData = zhDocs!.flatMap((doc) => doc.meta.figures.map((fig) => ({ document: doc.id, ...fig })));
  files.push({ path: DATA_FILES.figuresJson, body: json(figures) }, { path: DATA_FILES.figuresCsv, body: csvOf('figures', figures) });

  const glossary: GlossaryData = (await getCollection('glossary')).map((term) => ({ id: term.id, ...term.data })).sort((a, b) => a.id.localeCompare(b.id));
  files.push({ path: DATA_FILES.glossaryJson, body: json(glossary) }, { path: DATA_FILES.glossaryCsv, body: csvOf('glossary', glossary) });

  for (const name of Object.keys(DATA_SCHEMAS) as DataSchemaName[]) files.push({ path: DATA_FILES.schema(name), body: json(dataJsonSchema(name)) });
  return files;
}

/** Every open data file; built once per build and shared by the /data/ route and the data pages (which list their sizes). */
export const dataFiles = perBuild(() => 'open data files', buildDataFiles);
