import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The file an entry's id names inside the content folder, by collection. */
export const ENTRY_FILES = {
	regions: (id: string) => `regions/${id}.yaml`,
	organisations: (id: string) => `organisations/${id}.yaml`,
	topics: (id: string) => `topics/${id}.yaml`,
	documents: (id: string) => `documents/${id}/meta.yaml`,
} as const;

/**
 * An id that must name an entry of `collection` under `root`. Astro's reference() only logs a missing
 * target and carries on; checking the file first turns a wrong id into a schema error that names the
 * entry's file, the field and the missing id. content.config.ts pipes it into reference(); the tests
 * use it as it is, without Astro.
 */
export const existingId = (root: string, collection: keyof typeof ENTRY_FILES) =>
	z.string().superRefine((id, ctx) => {
		const file = ENTRY_FILES[collection](id);
		if (!existsSync(path.resolve(root, file)))
			ctx.addIssue({
				code: 'custom',
				message: `"${id}" does not exist: there is no content/${file}`,
			});
	});
