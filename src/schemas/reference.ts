import { z } from 'astro/zod';
import { localizedSchema } from './common.ts';

/** content/regions/{id}.yaml — a province, municipality, city or district. */
export const regionSchema = z
	.object({
		name: localizedSchema().describe('Official name in each language.'),
		level: z
			.enum(['province', 'municipality', 'city', 'county', 'district', 'area'])
			.describe('Administrative level, shown on the region page.'),
		parent: z
			.string()
			.optional()
			.meta({
				description: 'Id of the region this one belongs to (hengshui → hebei).',
				examples: ['hebei'],
			}),
	})
	.strict();

/** content/organisations/{id}.yaml — an issuer, a signatory's body, a hospital, a university. */
export const organisationSchema = z
	.object({
		name: localizedSchema().describe('Full official name in each language.'),
		short: localizedSchema()
			.optional()
			.describe('Short name used in running text, if the full one is long.'),
		region: z.string().optional().describe('Id of the region where the organisation sits.'),
		type: z
			.enum([
				'government',
				'hospital',
				'university',
				'research',
				'association',
				'enterprise',
				'other',
			])
			.describe('What sort of body it is.'),
	})
	.strict();

/** content/topics/{id}.yaml — a theme that documents share, used for browsing and search filters. */
export const topicSchema = z
	.object({
		name: localizedSchema().describe('Name of the topic in each language.'),
		description: localizedSchema().describe(
			'One sentence per language saying what the topic covers.'
		),
	})
	.strict();

/** content/glossary/{id}.yaml — a term of art explained in both languages. */
export const glossaryTermSchema = z
	.object({
		term: localizedSchema().describe('The term as written in each language.'),
		pinyin: z
			.string()
			.optional()
			.meta({
				description: 'Pinyin of the Chinese term, with tone marks.',
				examples: ['yī-yǎng jiéhé'],
			}),
		definition: localizedSchema().describe(
			'A short plain-language definition in each language (one to three sentences).'
		),
		aliases: z
			.object({
				zh: z
					.array(z.string())
					.default([])
					.describe('Other Chinese forms (abbreviations, full forms).'),
				en: z
					.array(z.string())
					.default([])
					.describe('Other English forms (abbreviations, full forms).'),
			})
			.strict()
			.optional()
			.describe('Other spellings readers may meet, in each language.'),
	})
	.strict();
