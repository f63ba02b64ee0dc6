import { z } from 'astro/zod';
import { calendarProblem } from '../lib/calendar.ts';

/** The two languages of the site, in display order. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Text written once per language, e.g. a label or a name: `{ zh: '床位', en: 'beds' }`. It has no
 * description of its own: each field that uses it says what the text is.
 */
export const localizedSchema = () =>
	z
		.object({
			zh: z.string().trim().min(1).describe('Simplified Chinese text.'),
			en: z.string().trim().min(1).describe('English text.'),
		})
		.strict();
export type Localized = z.infer<ReturnType<typeof localizedSchema>>;

/** Stable ids are lowercase ASCII words joined by hyphens, so URLs stay short and permanent. */
export const slugSchema = () =>
	z
		.string()
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'use lowercase ASCII letters, digits and hyphens, e.g. "s3-1" or "beds-2027"'
		);

/** A section anchor inside a document: `s1`, `s1-2`, `s1-2-3`, or a short semantic id such as `talent`. */
export const anchorSchema = () =>
	z
		.string()
		.regex(
			/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
			'anchors look like "s3-1" or "talent" (lowercase ASCII, starting with a letter)'
		);

/** A date of the right shape must also exist: 2023-02-30 and 2023-13-45 are typos, not dates. */
function onTheCalendar(date: string, ctx: z.RefinementCtx) {
	const problem = calendarProblem(date);
	if (problem)
		ctx.addIssue({
			code: 'custom',
			message: `"${date}" is not a date on the calendar (${problem}): write the date the source gives`,
		});
}

/**
 * A calendar date written as YAML date (2024-05-08) or string; kept as an ISO `YYYY-MM-DD` string
 * so it never shifts with the build machine's time zone.
 */
export const isoDateSchema = () =>
	z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD, e.g. 2024-05-08')
			.superRefine(onTheCalendar)
	);

/** A date that may be only a year or a month (`2027`, `2018-10`, `2018-10-20`), as sources give them. */
export const partialDateSchema = () =>
	z.preprocess(
		(value) =>
			value instanceof Date
				? value.toISOString().slice(0, 10)
				: typeof value === 'number'
					? String(value)
					: value,
		z
			.string()
			.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD')
			.superRefine(onTheCalendar)
	);
