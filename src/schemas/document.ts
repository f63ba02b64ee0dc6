import { z } from 'astro/zod';
import {
	anchorSchema,
	isoDateSchema,
	localizedSchema,
	partialDateSchema,
	slugSchema,
} from './common.ts';

/** Entry kinds, with the URL segment each is listed under. */
export const KINDS = ['agreement', 'plan', 'notice', 'briefing', 'faq'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * How references to other collections are checked. content.config.ts passes Astro's
 * `reference()` (a wrong id fails the build); the JSON Schema export passes plain strings.
 */
export interface ReferenceSchemas {
	region: Ref<'regions'>;
	organisation: Ref<'organisations'>;
	topic: Ref<'topics'>;
	document: Ref<'documents'>;
}
/** A reference field: an id string in the file, `{ collection, id }` once parsed (as Astro's reference() gives). */
export type Ref<C extends string> = z.ZodType<{ collection: C; id: string }, string>;

/** A key figure, written once here and rendered on both language pages (`<Fig id="…" />`). */
export const figureSchema = (refs: ReferenceSchemas) =>
	z
		.object({
			id: slugSchema().meta({
				description: 'Stable id of the figure within its document, used by <Fig id> in the text.',
				examples: ['beds-per-1000-2027'],
			}),
			label: localizedSchema().describe('What is counted, in each language.'),
			value: z
				.number()
				.min(
					0,
					'figures count things or give shares, so they are never negative: write the number as the source gives it'
				)
				.nullable()
				.describe(
					'The number as the source gives it (a count or share, never negative); null when the source is unreadable (note then says why).'
				),
			unit: localizedSchema()
				.optional()
				.meta({
					description: 'Unit in each language; absent for a plain count.',
					examples: [
						{ zh: '张', en: 'beds' },
						{ zh: '%', en: '%' },
					],
				}),
			year: z
				.number()
				.int()
				.min(1949)
				.max(2100)
				.optional()
				.describe(
					'The year the figure refers to (baseline year, target year, or year of the result).'
				),
			decimals: z
				.number()
				.int()
				.min(0)
				.max(4)
				.optional()
				.describe(
					'Digits after the decimal point as the source prints them (56.80% → 2); absent for plain numbers.'
				),
			qualifier: z
				.enum(['exact', 'at-least', 'at-most', 'over', 'about', 'under'])
				.default('exact')
				.describe(
					'How the source qualifies the number: exactly, at least, at most, over, about or under it.'
				),
			indicator: slugSchema()
				.optional()
				.meta({
					description:
						'Groups the figures of one indicator (its baseline and target) for tables and charts.',
					examples: ['tcm-beds'],
				}),
			role: z
				.enum(['baseline', 'target', 'result', 'fact'])
				.default('fact')
				.describe(
					'baseline or target for a plan indicator, result for a reported achievement, fact otherwise.'
				),
			anchor: anchorSchema()
				.optional()
				.describe('Anchor of the section of the document where the figure is described.'),
			chart: slugSchema()
				.optional()
				.meta({
					description:
						'Draws the figure as a bar in a chart panel with the other figures of this key; figures sharing a key share a unit.',
					examples: ['institutions'],
				}),
			note: localizedSchema()
				.optional()
				.describe('Caveat in each language, e.g. why the value could not be read.'),
			region: refs.region.optional().meta({
				description:
					"For a target: id of the region it is for, when that is not the document's first region (one of the document's regions).",
				examples: ['banan'],
			}),
			topics: z
				.array(refs.topic)
				.min(1)
				.optional()
				.meta({
					description:
						"For a target: ids of the topics it is filed under on the targets page, when not those of its section (sectionTopics) or else the document's (each one of the document's topics).",
					examples: [['talent']],
				}),
			reportsOn: z
				.object({
					document: refs.document.describe('Id of the earlier document that set the target.'),
					figure: slugSchema().describe('Id of the target figure in that document.'),
				})
				.strict()
				.optional()
				.describe(
					"For a result: the target of an earlier document whose measure it reports; the targets page shows it beside that target. Only a later document's result may report on a target."
				),
		})
		.strict()
		.superRefine((fig, ctx) => {
			if (fig.value === null && !fig.note) {
				ctx.addIssue({
					code: 'custom',
					path: ['note'],
					message: `figure "${fig.id}" has value null: add a note saying why it cannot be read`,
				});
			}
			if (fig.reportsOn && fig.role !== 'result') {
				ctx.addIssue({
					code: 'custom',
					path: ['reportsOn'],
					message: `figure "${fig.id}" has role "${fig.role}": only a result (role: result) reports on a target`,
				});
			}
		})
		.describe('A number the source gives, with its label, unit and what it measures.');
export type Figure = z.infer<ReturnType<typeof figureSchema>>;

/**
 * The sorts of timeline event, each with what it means. A type says something the cited section
 * must support; tests/content/events.test.mjs checks it against the words listed for each type in
 * docs/authoring.md, so there is no catch-all type.
 */
export const EVENT_TYPES = {
	signing: 'an agreement is signed',
	issue: 'an official document is issued by its issuer',
	publication: 'a text is published or reposted (website, news account)',
	meeting: 'a meeting is held',
	briefing: 'a press conference is held',
	launch: 'a programme or joint effort is set going, or building work starts',
	naming:
		'an institution formally takes its name, its plaque put up (挂牌); says nothing about whether it is built or open',
	opening: 'a building or facility starts to operate (启用, 投入使用)',
	'period-start': "first year of a plan's period",
	'period-end': "last year of a plan's period",
	target: 'a goal or an expected completion, due by that date',
	deadline: 'last day for something to be submitted or done',
	report:
		'a result or running total the source reports as of that date (not when the counted work began)',
	operation: 'a surgical operation the source describes',
} as const;
export type EventType = keyof typeof EVENT_TYPES;

export const eventSchema = () =>
	z
		.object({
			date: partialDateSchema().meta({
				description: 'When it happened: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.',
				examples: ['2024-05-08', '2018-10', '2027'],
			}),
			label: localizedSchema().describe('What happened, in each language.'),
			type: z.enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]]).describe(
				`What sort of event it is: ${Object.entries(EVENT_TYPES)
					.map(([type, meaning]) => `${type} (${meaning})`)
					.join('; ')}.`
			),
			anchor: anchorSchema().describe(
				'Anchor of the section of this document where the event is described.'
			),
		})
		.strict()
		.describe('A dated event, shown on the timeline.');
export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;

export const signatorySchema = (refs: ReferenceSchemas) =>
	z
		.object({
			name: localizedSchema().describe("The person's name in each language."),
			role: localizedSchema().describe('Their posts at the time, in each language.'),
			body: refs.organisation.describe('Id of the organisation they acted for.'),
		})
		.strict()
		.describe('A person who signed or spoke, with their posts and the body they acted for.');

export const taskSchema = (refs: ReferenceSchemas) =>
	z
		.object({
			id: slugSchema().meta({
				description: 'Stable id of the task within its plan.',
				examples: ['t1'],
			}),
			anchor: anchorSchema().describe('Anchor of the section of the plan that describes the task.'),
			task: localizedSchema().describe('The task, in each language.'),
			lead: z.array(refs.organisation).min(1).describe('Ids of the lead units (at least one).'),
			partners: z.array(refs.organisation).default([]).describe('Ids of the partner units.'),
		})
		.strict()
		.describe('A task of a plan with the units responsible for it.');

export const sourceSchema = (refs: ReferenceSchemas) =>
	z
		.object({
			publisher: refs.organisation.describe('Id of the organisation that published the source.'),
			title: z.string().min(1).describe("The source's own title, quoted in Chinese."),
			date: isoDateSchema().describe('Publication date of the source, YYYY-MM-DD.'),
			where: localizedSchema().describe(
				'Where it appeared (website and column, account, or reposting site), in each language.'
			),
		})
		.strict()
		.describe("Where the site's text comes from: the published source it restates.");

/**
 * content/documents/{id}/meta.yaml — the language-neutral facts of one document, written once.
 * Titles, summaries and body text live in zh.mdx / en.mdx beside it.
 */
export const documentMetaSchema = (refs: ReferenceSchemas) =>
	z
		.object({
			kind: z
				.enum(KINDS)
				.describe(
					'What sort of entry it is; also the URL segment it is listed under (agreement → /{lang}/agreements/).'
				),
			docNumber: z
				.string()
				.optional()
				.meta({
					description: 'Official document number, as printed on the document.',
					examples: ['浙中医药〔2024〕10号'],
				}),
			dates: z
				.object({
					signed: isoDateSchema().optional().describe('Date of signing, YYYY-MM-DD.'),
					issued: isoDateSchema()
						.optional()
						.describe('Date the issuer issued the document, YYYY-MM-DD.'),
					held: isoDateSchema().optional().describe('Date of the meeting or briefing, YYYY-MM-DD.'),
					published: isoDateSchema()
						.optional()
						.describe('Date the source was published, YYYY-MM-DD.'),
				})
				.strict()
				.refine(
					(d) => Object.values(d).some(Boolean),
					'give at least one of signed, issued, held, published'
				)
				.describe('The dates the source gives; at least one.'),
			period: z
				.object({
					start: z.number().int().describe('First year covered.'),
					end: z.number().int().describe('Last year covered (not before start).'),
				})
				.strict()
				.refine((p) => p.end >= p.start, {
					message: 'period.end must not be before period.start',
					path: ['end'],
				})
				.optional()
				.meta({
					description: 'The years the document covers.',
					examples: [{ start: 2024, end: 2027 }],
				}),
			status: z
				.enum(['in-force', 'in-progress', 'reported', 'reference'])
				.describe('Where the document stands, as the sources show it.'),
			regions: z
				.array(refs.region)
				.min(1)
				.describe('Ids of the regions the document concerns (at least one).'),
			topics: z
				.array(refs.topic)
				.min(1)
				.describe('Ids of the topics the document is filed under (at least one).'),
			issuers: z
				.array(refs.organisation)
				.default([])
				.describe('Ids of the organisations that issued the document.'),
			parties: z
				.array(refs.organisation)
				.default([])
				.describe('For agreements: ids of the organisations that are party to it.'),
			signatories: z
				.array(signatorySchema(refs))
				.default([])
				.describe('Who signed, for which body, as the source gives them.'),
			speakers: z
				.array(signatorySchema(refs))
				.default([])
				.describe(
					'Who presented a briefing, with their posts and body (same shape as signatories).'
				),
			sectionTopics: z
				.record(anchorSchema(), z.array(refs.topic).min(1))
				.default({})
				.meta({
					description:
						"Topics of single sections, by the section's anchor (each topic one of the document's topics); the topic pages and their compare views show these sections.",
					examples: [{ talent: ['talent'], 's3-1': ['hospital-projects', 'tcm-services'] }],
				}),
			figures: z
				.array(figureSchema(refs))
				.default([])
				.describe(
					'Every number the source gives that a reader may want, written once for both languages.'
				),
			events: z.array(eventSchema()).default([]).describe('Dated events for the timeline.'),
			tasks: z
				.array(taskSchema(refs))
				.default([])
				.describe("A plan's task list with its responsible units."),
			basedOn: z
				.array(
					z
						.object({
							document: refs.document.describe('Id of the document the answer draws on.'),
							anchor: anchorSchema().describe('Anchor of the section in that document.'),
						})
						.strict()
						.describe('A section of another document.')
				)
				.default([])
				.describe('For FAQ entries: the document sections the answer draws on.'),
			related: z
				.array(refs.document)
				.default([])
				.describe('Ids of related documents, shown first under "related".'),
			source: sourceSchema(refs),
			dateNote: localizedSchema()
				.optional()
				.describe(
					"What the entry's dates stand for, in each language, where a reader could wonder: e.g. why an FAQ entry is dated differently from the source it cites."
				),
			updated: isoDateSchema().describe(
				"Last time the site's text of this entry changed meaningfully, YYYY-MM-DD."
			),
		})
		.strict()
		.superRefine((meta, ctx) => {
			const seen = new Set<string>();
			meta.figures.forEach((fig, i) => {
				if (seen.has(fig.id))
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'id'],
						message: `duplicate figure id "${fig.id}"`,
					});
				seen.add(fig.id);
			});
			const chartUnits = new Map<string, string>();
			meta.figures.forEach((fig, i) => {
				if (!fig.chart) return;
				const unit = `${fig.unit?.zh ?? ''} / ${fig.unit?.en ?? ''}`;
				const first = chartUnits.get(fig.chart) ?? unit;
				chartUnits.set(fig.chart, first);
				if (unit !== first) {
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'chart'],
						message: `figure "${fig.id}" is counted in "${unit}" but chart "${fig.chart}" in "${first}": a chart panel's figures share one unit, so use another chart key or none`,
					});
				}
			});
			const topics = new Set(meta.topics.map((t) => t.id));
			const regions = new Set(meta.regions.map((r) => r.id));
			for (const [anchor, tags] of Object.entries(meta.sectionTopics))
				for (const tag of tags)
					if (!topics.has(tag.id))
						ctx.addIssue({
							code: 'custom',
							path: ['sectionTopics', anchor],
							message: `section #${anchor} is tagged "${tag.id}", which is not one of the document's topics: add it to topics or untag the section`,
						});
			meta.figures.forEach((fig, i) => {
				for (const tag of fig.topics ?? [])
					if (!topics.has(tag.id))
						ctx.addIssue({
							code: 'custom',
							path: ['figures', i, 'topics'],
							message: `figure "${fig.id}" is filed under "${tag.id}", which is not one of the document's topics`,
						});
				if (fig.region && !regions.has(fig.region.id))
					ctx.addIssue({
						code: 'custom',
						path: ['figures', i, 'region'],
						message: `figure "${fig.id}" is for region "${fig.region.id}", which is not one of the document's regions`,
					});
			});
			if (meta.kind === 'faq' && meta.basedOn.length === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['basedOn'],
					message: 'an FAQ entry must list the sections it draws on',
				});
			}
		});

/** content/documents/{id}/{zh,en}.mdx frontmatter: only the text of one language; facts live in meta.yaml. */
export const documentTextSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(1)
			.describe('Full title in this language (for an FAQ entry, the question).'),
		shortTitle: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe('Short title for lists, breadcrumbs and citations.'),
		summary: z
			.string()
			.trim()
			.min(10)
			.max(400)
			.describe('One or two plain-language sentences: what the document is and what it does.'),
	})
	.strict();
