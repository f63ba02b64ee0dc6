import { z } from 'astro/zod';
import { anchorSchema, isoDateSchema, LANGS, localizedSchema, slugSchema } from './common.ts';
import { documentMetaSchema, documentTextSchema, figureSchema, KINDS, type ReferenceSchemas } from './document.ts';
import { glossaryTermSchema } from './reference.ts';

/**
 * The open data files under /data/ (docs/open-data.md), described with the content schemas
 * themselves, so a field is defined once: each file's JSON Schema is generated from these.
 */

/** In the data files a reference is the target's id, as meta.yaml writes it. */
const idRef = <C extends string>(collection: C) => slugSchema().transform((id) => ({ collection, id }));
const idRefs: ReferenceSchemas = { region: idRef('regions'), organisation: idRef('organisations'), topic: idRef('topics'), document: idRef('documents') };

/** A site path with the base in front, e.g. `/zh/plans/x/` (or `/kb/zh/plans/x/` under a sub-path). */
const sitePathSchema = () => z.string().regex(/^\//, 'a site path starts with /');

/** One section of a document's text. */
export const sectionDataSchema = z
  .object({
    /** The section's permanent anchor: the page's `#s3-1`, the same in both languages. */
    anchor: anchorSchema(),
    /** 2 for a part, 3 for an item, 4 for a sub-item. */
    level: z.number().int().min(2).max(4),
    /** The official number as printed (`（一）`, `(1)`), or null for a section without one. */
    number: z.string().nullable(),
    /** The heading, without its number. */
    heading: z.string(),
    /** The section's own text up to the next heading: one line per paragraph, list item or table row (cells tab-separated). */
    text: z.string(),
  })
  .strict();

/** The other files of one document in one language. */
const documentLinksSchema = () =>
  z
    .object({
      /** The page. */
      page: sitePathSchema(),
      /** The document's data file in this language. */
      data: sitePathSchema(),
      /** Its citation in this language as RIS, BibTeX and CSL-JSON. */
      ris: sitePathSchema(),
      bibtex: sitePathSchema(),
      csl: sitePathSchema(),
    })
    .strict();

/** /data/{lang}/{id}.json — one document in one language: facts, text and source. */
export const documentDataSchema = z
  .object({
    id: slugSchema(),
    lang: z.enum(LANGS),
    kind: z.enum(KINDS),
    ...documentTextSchema.shape,
    links: documentLinksSchema(),
    /** The language-neutral facts exactly as meta.yaml gives them (defaults filled in), source included. */
    facts: documentMetaSchema(idRefs),
    /** Text before the first section (an FAQ answer may be all here). */
    lead: z.string(),
    sections: z.array(sectionDataSchema),
  })
  .strict();
export type DocumentData = z.input<typeof documentDataSchema>;

/** /data/index.json — every document with its titles and files in both languages. */
export const indexDataSchema = z
  .object({
    documents: z.array(
      z
        .object({
          id: slugSchema(),
          kind: z.enum(KINDS),
          /** The date the document is best known by: signed, else issued, held, published. */
          date: isoDateSchema(),
          /** Last meaningful change of the site's text. */
          updated: isoDateSchema(),
          title: localizedSchema(),
          zh: documentLinksSchema(),
          en: documentLinksSchema(),
        })
        .strict(),
    ),
  })
  .strict();
export type IndexData = z.input<typeof indexDataSchema>;

/** /data/figures.json — every key figure of every document, with the document's id first. */
export const figuresDataSchema = z.array(figureSchema().safeExtend({ /** The document the figure belongs to. */ document: slugSchema() }));
export type FiguresData = z.input<typeof figuresDataSchema>;

/** /data/glossary.json — every glossary term, with its id. */
export const glossaryDataSchema = z.array(glossaryTermSchema.safeExtend({ /** The term's permanent id (its glossary anchor). */ id: slugSchema() }));
export type GlossaryData = z.input<typeof glossaryDataSchema>;

/** Each published schema: `/data/schema/{name}.schema.json`. */
export const DATA_SCHEMAS = { document: documentDataSchema, index: indexDataSchema, figures: figuresDataSchema, glossary: glossaryDataSchema } as const;
export type DataSchemaName = keyof typeof DATA_SCHEMAS;

/**
 * The JSON Schema of a data file. `io: 'input'` describes the file as written (references as ids,
 * dates as strings), which is also what meta.yaml's authors write.
 */
export function dataJsonSchema(name: DataSchemaName): Record<string, unknown> {
  return z.toJSONSchema(DATA_SCHEMAS[name], { io: 'input' });
}
