import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedLoader } from './data/checkedLoader.ts';
import { ENTRY_FILES, existingId } from './data/references.ts';
import {
	documentMetaSchema,
	documentTextSchema,
	type ReferenceSchemas,
} from './schemas/document.ts';
import { LANGS } from './schemas/common.ts';
import {
	glossaryTermSchema,
	organisationSchema,
	regionSchema,
	topicSchema,
} from './schemas/reference.ts';

/** Tests point this at a fixture folder to prove that a broken entry fails the build. */
const root = process.env.CONTENT_ROOT ?? './content';

/** `regions/hebei.yaml` → `hebei`; `documents/x/meta.yaml` → `x`; `documents/x/zh.mdx` → `x/zh`. */
const idFromPath = ({ entry }: { entry: string }) =>
	entry.replace(/\/meta\.yaml$/, '').replace(/\.(ya?ml|mdx)$/, '');

const yamlFolder = <S extends import('astro/zod').ZodType>(folder: string, schema: S) =>
	defineCollection({
		loader: checkedLoader(
			glob({ pattern: '*.yaml', base: `${root}/${folder}`, generateId: idFromPath }),
			{ schema }
		),
		schema,
	});

const refTo = <C extends keyof typeof ENTRY_FILES>(collection: C) =>
	existingId(root, collection).pipe(reference(collection));

const refs: ReferenceSchemas = {
	region: refTo('regions'),
	organisation: refTo('organisations'),
	topic: refTo('topics'),
	document: refTo('documents'),
};

const documentMeta = documentMetaSchema(refs);

export const collections = {
	regions: yamlFolder('regions', regionSchema),
	organisations: yamlFolder('organisations', organisationSchema),
	topics: yamlFolder('topics', topicSchema),
	glossary: yamlFolder('glossary', glossaryTermSchema),
	/** Language-neutral facts, one meta.yaml per document. */
	documents: defineCollection({
		loader: checkedLoader(
			glob({ pattern: '*/meta.yaml', base: `${root}/documents`, generateId: idFromPath }),
			{
				schema: documentMeta,
				siblings: LANGS.map((lang) => `${lang}.mdx`),
			}
		),
		schema: documentMeta,
	}),
	/** The text of each document in each language: zh.mdx and en.mdx beside meta.yaml. */
	texts: defineCollection({
		loader: checkedLoader(
			glob({ pattern: '*/{zh,en}.mdx', base: `${root}/documents`, generateId: idFromPath }),
			{ schema: documentTextSchema }
		),
		schema: documentTextSchema,
	}),
};
