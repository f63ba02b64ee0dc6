import { z } from 'astro/zod';
import { localizedSchema } from './common.ts';

/** content/regions/{id}.yaml — a province, municipality, city or district. */
export const regionSchema = z
  .object({
    /** Official name in each language. */
    name: localizedSchema(),
    /** Administrative level, shown on the region page. */
    level: z.enum(['province', 'municipality', 'city', 'county', 'district', 'area']),
    /** The region this one belongs to (its id), e.g. `hengshui` → `hebei`. */
    parent: z.string().optional(),
  })
  .strict();

/** content/organisations/{id}.yaml — an issuer, a signatory's body, a hospital, a university. */
export const organisationSchema = z
  .object({
    /** Full official name in each language. */
    name: localizedSchema(),
    /** Short name used in running text, if the full one is long. */
    short: localizedSchema().optional(),
    /** Region id where the organisation sits. */
    region: z.string().optional(),
    /** What sort of body it is. */
    type: z.enum(['government', 'hospital', 'university', 'research', 'association', 'enterprise', 'other']),
  })
  .strict();

/** content/topics/{id}.yaml — a theme that documents share, used for browsing and search filters. */
export const topicSchema = z
  .object({
    name: localizedSchema(),
    /** One sentence per language saying what the topic covers. */
    description: localizedSchema(),
  })
  .strict();

/** content/glossary/{id}.yaml — a term of art explained in both languages. */
export const glossaryTermSchema = z
  .object({
    /** The term as written in each language. */
    term: localizedSchema(),
    /** Pinyin of the Chinese term, with tone marks. */
    pinyin: z.string().optional(),
    /** A short plain-language definition in each language (one to three sentences). */
    definition: localizedSchema(),
    /** Other spellings readers may meet (abbreviations, full forms). */
    aliases: z.object({ zh: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).strict().optional(),
  })
  .strict();
