import { z } from 'astro/zod';
import { anchorSchema, isoDateSchema, LANGS, localizedSchema, slugSchema } from './common.ts';
import {
	documentMetaSchema,
	documentTextSchema,
	figureSchema,
	type ReferenceSchemas,
} from './document.ts';
import { glossaryTermSchema } from './reference.ts';

/**
 * The open data files under /data/ (docs/open-data.md), described with the content schemas
 * themselves, so a field is defined once: each file's JSON Schema is generated from these.
 */

/** In the data files a reference is the target's id, as meta.yaml writes it; `page` says where to read about it. */
const idRef = <C extends string>(collection: C, what: string, page: string) =>
	slugSchema()
		.transform((id) => ({ collection, id }))
		.describe(`Id of ${what} (its page: ${page}).`);
export const idRefs: ReferenceSchemas = {
	region: idRef('regions', 'a region', '/{lang}/regions/{id}/'),
	organisation: idRef('organisations', 'an organisation', '/{lang}/organisations/{id}/'),
	topic: idRef('topics', 'a topic', '/{lang}/topics/{id}/'),
	document: idRef('documents', 'a document', '/d/{id}/; its data: /data/{lang}/{id}.json'),
};
/** One instance, so the fields the files repeat from meta.yaml (kind, updated) keep its descriptions. */
const factsSchema = documentMetaSchema(idRefs);

const documentIdSchema = () =>
	slugSchema().meta({
		description:
			"The document's permanent id: the last segment of its page URL and data file name.",
		examples: ['banan-tcm-plan-2024-2027'],
	});

/** A site path with the base in front, e.g. `/zh/plans/x/` (or `/kb/zh/plans/x/` under a sub-path). */
const sitePathSchema = () => z.string().regex(/^\//, 'a site path starts with /');

export const sectionDataSchema = z
	.object({
		anchor: anchorSchema().meta({
			description: "The section's permanent anchor, the same in both languages (the page's #s3-1).",
			examples: ['s3-1', 'talent'],
		}),
		level: z
			.number()
			.int()
			.min(2)
			.max(4)
			.describe('2 for a part, 3 for an item, 4 for a sub-item (the page heading h2–h4).'),
		number: z
			.string()
			.nullable()
			.meta({
				description: 'The official number as printed, or null for a section without one.',
				examples: ['（一）', '(1)'],
			}),
		heading: z.string().describe('The heading, without its number.'),
		text: z
			.string()
			.describe(
				"The section's own text up to the next heading: one line per paragraph, list item or table row (cells tab-separated)."
			),
	})
	.strict()
	.describe("One section of the document's text, in page order.");

const documentLinksSchema = () =>
	z
		.object({
			page: sitePathSchema().meta({
				description: "Path of the document's page.",
				examples: ['/en/plans/banan-tcm-plan-2024-2027/'],
			}),
			data: sitePathSchema().meta({
				description: "Path of the document's data file in this language.",
				examples: ['/data/en/banan-tcm-plan-2024-2027.json'],
			}),
			ris: sitePathSchema().describe('Path of its citation in this language as RIS.'),
			bibtex: sitePathSchema().describe('Path of its citation in this language as BibTeX.'),
			csl: sitePathSchema().describe('Path of its citation in this language as CSL-JSON.'),
		})
		.strict();

/** How the description of a document's links begins; each use adds the language. */
const DOCUMENT_LINKS =
	'Site paths (base path included, no host) of its page, data file and citations';

export const documentDataSchema = z
	.object({
		id: documentIdSchema(),
		lang: z
			.enum(LANGS)
			.describe("Language of this file's text: zh (Simplified Chinese) or en (English)."),
		kind: factsSchema.shape.kind,
		...documentTextSchema.shape,
		links: documentLinksSchema().describe(`${DOCUMENT_LINKS} in this language.`),
		facts: factsSchema.describe(
			'The language-neutral facts exactly as meta.yaml gives them (defaults filled in, references as ids), source included.'
		),
		lead: z
			.string()
			.describe(
				"Text before the first section (an FAQ answer may be all here); same line format as a section's text."
			),
		sections: z.array(sectionDataSchema).describe("The document's sections, in page order."),
	})
	.strict()
	.meta({
		title: 'Document',
		description:
			'/data/{lang}/{id}.json: one document in one language: its text, its facts and its source.',
	});
export type DocumentData = z.input<typeof documentDataSchema>;

export const indexDataSchema = z
	.object({
		documents: z
			.array(
				z
					.object({
						id: documentIdSchema(),
						kind: factsSchema.shape.kind,
						date: isoDateSchema().describe(
							'The date the document is best known by, YYYY-MM-DD: signed, else issued, held, published.'
						),
						updated: factsSchema.shape.updated,
						title: localizedSchema().describe('Full title in each language.'),
						zh: documentLinksSchema().describe(`${DOCUMENT_LINKS} in Chinese.`),
						en: documentLinksSchema().describe(`${DOCUMENT_LINKS} in English.`),
					})
					.strict()
					.describe('One document.')
			)
			.describe('Every document, newest first.'),
	})
	.strict()
	.meta({
		title: 'Index of documents',
		description:
			'/data/index.json: every document with its titles and the paths of its pages and files in both languages.',
	});
export type IndexData = z.input<typeof indexDataSchema>;

/** The CSV beside a JSON file holds its records flattened (csvColumns() in src/lib/openData.ts). */
const csvNote = (name: string, column: string) =>
	`/data/${name}.csv holds the same records: a nested field as one column per part (${column}), a list as one cell joined by "; ", null or an absent value as an empty cell.`;

export const figuresDataSchema = z
	.array(
		figureSchema(idRefs)
			.safeExtend({
				document: documentIdSchema().describe('Id of the document the figure belongs to.'),
			})
			.describe('A key figure, with its document.')
	)
	.meta({
		title: 'Key figures',
		description: `/data/figures.json: every key figure of every document, documents newest first, each one's figures in meta.yaml's order. ${csvNote('figures', 'label.zh')}`,
	});
export type FiguresData = z.input<typeof figuresDataSchema>;

const figureFields = figureSchema(idRefs).shape;

export const targetsDataSchema = z
	.array(
		z
			.object({
				document: documentIdSchema().describe('Id of the document that sets the target.'),
				figure: slugSchema().meta({
					description:
						"Id of the target's figure in that document (its row in /data/figures.json).",
					examples: ['tcm-halls-2027'],
				}),
				label: figureFields.label,
				value: figureFields.value,
				unit: figureFields.unit,
				decimals: figureFields.decimals,
				qualifier: figureFields.qualifier,
				due: z
					.number()
					.int()
					.nullable()
					.meta({
						description:
							"The year the target falls due (its figure's year), or null when the source pairs it with a baseline but gives no year.",
						examples: [2027],
					}),
				baseline: z
					.object({
						figure: slugSchema().describe("Id of the baseline's figure in the same document."),
						value: figureFields.value,
						year: z.number().int().optional().describe('The year of the baseline.'),
					})
					.strict()
					.optional()
					.describe('The baseline of the same indicator, when the document gives one.'),
				region: idRefs.region.describe(
					"Id of the region the target is for: the figure's region, else the document's first region."
				),
				topics: z
					.array(idRefs.topic)
					.describe(
						"Ids of the topics it is filed under: the figure's topics, else those of its section, else the document's."
					),
				setBy: z
					.array(idRefs.organisation)
					.describe("Ids of the bodies that set it: the document's issuers, else its parties."),
				anchor: anchorSchema()
					.optional()
					.describe('Anchor of the section of the document that sets it.'),
				results: z
					.array(
						z
							.string()
							.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
							.meta({
								description: 'A result as document/figure.',
								examples: ['tianjin-jjj-health-briefing-2024/tianjin-jjj-consortia'],
							})
					)
					.describe(
						'Results that later documents report for the same measure (their figures declare reportsOn), each as document/figure (a row of /data/figures.json), oldest first; empty when no source reports one.'
					),
			})
			.strict()
			.describe('A target, with its baseline, due year and reported results.')
	)
	.meta({
		title: 'Targets',
		description: `/data/targets.json: every target of every document (a figure with the role target and a year or a baseline; FAQ entries, which restate the documents, are left out), in the order of the targets page: due year, then newest document. ${csvNote('targets', 'label.zh')}`,
	});
export type TargetsData = z.input<typeof targetsDataSchema>;

export const glossaryDataSchema = z
	.array(
		glossaryTermSchema
			.safeExtend({
				id: slugSchema().describe("The term's permanent id: its anchor on the glossary page."),
			})
			.describe('A glossary term.')
	)
	.meta({
		title: 'Glossary',
		description: `/data/glossary.json: every glossary term in both languages, by id. ${csvNote('glossary', 'term.zh')}`,
	});
export type GlossaryData = z.input<typeof glossaryDataSchema>;

/** Each published schema: `/data/schema/{name}.schema.json`. */
export const DATA_SCHEMAS = {
	document: documentDataSchema,
	index: indexDataSchema,
	figures: figuresDataSchema,
	targets: targetsDataSchema,
	glossary: glossaryDataSchema,
} as const;
export type DataSchemaName = keyof typeof DATA_SCHEMAS;

/**
 * The JSON Schema of a data file. `io: 'input'` describes the file as written (references as ids,
 * dates as strings), which is also what meta.yaml's authors write.
 */
export function dataJsonSchema(name: DataSchemaName): Record<string, unknown> {
	return z.toJSONSchema(DATA_SCHEMAS[name], { io: 'input' });
}
