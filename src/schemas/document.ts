import { z } from 'astro/zod';
import { anchorSchema, isoDateSchema, localizedSchema, partialDateSchema, slugSchema } from './common.ts';

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
export const figureSchema = () =>
  z
    .object({
      /** Stable id used by `<Fig id>` in the body, e.g. `beds-per-1000-2027`. */
      id: slugSchema(),
      /** What is counted, in each language. */
      label: localizedSchema(),
      /** The number as the source gives it; `null` when the source is unreadable (say so in `note`). */
      value: z.number().nullable(),
      /** Unit in each language, e.g. `{ zh: 张, en: beds }` or `{ zh: '%', en: '%' }`. */
      unit: localizedSchema().optional(),
      /** The year the figure refers to (baseline year, target year, year of the result). */
      year: z.number().int().min(1949).max(2100).optional(),
      /** Digits after the decimal point as the source prints them (56.80% → 2); omit for plain numbers. */
      decimals: z.number().int().min(0).max(4).optional(),
      /** How the source qualifies the number. */
      qualifier: z.enum(['exact', 'at-least', 'at-most', 'over', 'about', 'under']).default('exact'),
      /** Groups figures of one indicator (baseline and target) for tables and charts. */
      indicator: slugSchema().optional(),
      /** `baseline` / `target` for plan indicators, `result` for reported achievements. */
      role: z.enum(['baseline', 'target', 'result', 'fact']).default('fact'),
      /** Section where the figure is described. */
      anchor: anchorSchema().optional(),
      /**
       * Draws the figure as a bar in a chart panel with the other figures of this key, on one scale,
       * e.g. `institutions`; so the panel compares like with like, they must share a unit.
       */
      chart: slugSchema().optional(),
      /** Caveat in each language, e.g. why a value could not be read. */
      note: localizedSchema().optional(),
    })
    .strict()
    .superRefine((fig, ctx) => {
      if (fig.value === null && !fig.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: `figure "${fig.id}" has value null: add a note saying why it cannot be read` });
      }
    });
export type Figure = z.infer<ReturnType<typeof figureSchema>>;

/** A dated event for the timeline. */
export const eventSchema = () =>
  z
    .object({
      /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source. */
      date: partialDateSchema(),
      /** What happened, in each language. */
      label: localizedSchema(),
      /** What sort of event it is. */
      type: z.enum(['signing', 'issue', 'publication', 'meeting', 'briefing', 'launch', 'opening', 'period-start', 'period-end', 'target', 'other']),
      /** Section of this document where the event is described. */
      anchor: anchorSchema(),
    })
    .strict();
export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;

/** Who signed, for whom. */
export const signatorySchema = (refs: ReferenceSchemas) =>
  z
    .object({
      name: localizedSchema(),
      /** Their posts at the time of signing. */
      role: localizedSchema(),
      /** The body they signed for. */
      body: refs.organisation,
    })
    .strict();

/** A task of a plan with its responsible units (Banan's responsibility list). */
export const taskSchema = (refs: ReferenceSchemas) =>
  z
    .object({
      /** Stable id, e.g. `t1`. */
      id: slugSchema(),
      /** Section of the plan that describes the task. */
      anchor: anchorSchema(),
      /** The task, in each language. */
      task: localizedSchema(),
      /** Lead units. */
      lead: z.array(refs.organisation).min(1),
      /** Partner units. */
      partners: z.array(refs.organisation).default([]),
    })
    .strict();

/** Where the site's text comes from. */
export const sourceSchema = (refs: ReferenceSchemas) =>
  z
    .object({
      /** Who published the source. */
      publisher: refs.organisation,
      /** The source's own title, quoted in Chinese. */
      title: z.string().min(1),
      /** Publication date of the source. */
      date: isoDateSchema(),
      /** Where it appeared (site and column, account, or reposting site), in each language. */
      where: localizedSchema(),
    })
    .strict();

/**
 * content/documents/{id}/meta.yaml — the language-neutral facts of one document, written once.
 * Titles, summaries and body text live in zh.mdx / en.mdx beside it.
 */
export const documentMetaSchema = (refs: ReferenceSchemas) =>
  z
    .object({
      kind: z.enum(KINDS),
      /** Official document number, e.g. 浙中医药〔2024〕10号. */
      docNumber: z.string().optional(),
      /** The dates the source gives; at least one. */
      dates: z
        .object({
          signed: isoDateSchema().optional(),
          issued: isoDateSchema().optional(),
          held: isoDateSchema().optional(),
          published: isoDateSchema().optional(),
        })
        .strict()
        .refine((d) => Object.values(d).some(Boolean), 'give at least one of signed, issued, held, published'),
      /** Years the document covers, e.g. 2024–2027. */
      period: z
        .object({ start: z.number().int(), end: z.number().int() })
        .strict()
        .refine((p) => p.end >= p.start, { message: 'period.end must not be before period.start', path: ['end'] })
        .optional(),
      /** Where the document stands, as the sources show it. */
      status: z.enum(['in-force', 'in-progress', 'reported', 'reference']),
      regions: z.array(refs.region).min(1),
      topics: z.array(refs.topic).min(1),
      issuers: z.array(refs.organisation).default([]),
      parties: z.array(refs.organisation).default([]),
      signatories: z.array(signatorySchema(refs)).default([]),
      /** Who presented a briefing, with their posts and body (same shape as signatories). */
      speakers: z.array(signatorySchema(refs)).default([]),
      figures: z.array(figureSchema()).default([]),
      events: z.array(eventSchema()).default([]),
      tasks: z.array(taskSchema(refs)).default([]),
      /** For FAQ entries: the document sections the answer draws on. */
      basedOn: z.array(z.object({ document: refs.document, anchor: anchorSchema() }).strict()).default([]),
      /** Related documents, shown first under "related". */
      related: z.array(refs.document).default([]),
      source: sourceSchema(refs),
      /** Last time the site's text of this entry changed meaningfully. */
      updated: isoDateSchema(),
    })
    .strict()
    .superRefine((meta, ctx) => {
      const seen = new Set<string>();
      meta.figures.forEach((fig, i) => {
        if (seen.has(fig.id)) ctx.addIssue({ code: 'custom', path: ['figures', i, 'id'], message: `duplicate figure id "${fig.id}"` });
        seen.add(fig.id);
      });
      const chartUnits = new Map<string, string>();
      meta.figures.forEach((fig, i) => {
        if (!fig.chart) return;
        const unit = `${fig.unit?.zh ?? ''} / ${fig.unit?.en ?? ''}`;
        const first = chartUnits.get(fig.chart) ?? unit;
        chartUnits.set(fig.chart, first);
        if (unit !== first) {
          ctx.addIssue({ code: 'custom', path: ['figures', i, 'chart'], message: `figure "${fig.id}" is counted in "${unit}" but chart "${fig.chart}" in "${first}": a chart panel's figures share one unit, so use another chart key or none` });
        }
      });
      if (meta.kind === 'faq' && meta.basedOn.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['basedOn'], message: 'an FAQ entry must list the sections it draws on' });
      }
    });

/** content/documents/{id}/{zh,en}.mdx frontmatter: only the text of one language; facts live in meta.yaml. */
export const documentTextSchema = z
  .object({
    /** Full title in this language (for an FAQ entry, the question). */
    title: z.string().trim().min(1),
    /** Short title for lists, breadcrumbs and citations. */
    shortTitle: z.string().trim().min(1).optional(),
    /** One or two plain-language sentences: what the document is and what it does. */
    summary: z.string().trim().min(10).max(400),
  })
  .strict();
