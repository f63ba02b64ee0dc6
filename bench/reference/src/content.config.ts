import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

// CONTENT_ROOT is resolved against the working directory (the repository, where the bench runs it).
const root = path.resolve(process.env.CONTENT_ROOT ?? './content');

export const collections = {
	// Every text of every document: documents/{id}/{zh,en}.mdx, id `{id}/{lang}`.
	texts: defineCollection({
		loader: glob({ pattern: '*/{zh,en}.mdx', base: `${root}/documents` }),
		schema: z.object({ title: z.string(), summary: z.string() }),
	}),
};
