import type { Lang } from '../schemas/common.ts';

/**
 * Which document and language a content file holds, from its path `…/documents/{id}/{lang}.mdx`.
 * Returns null for other files (pages written in MDX, fixtures outside documents/).
 */
export function entryFromPath(path: string | undefined): { doc: string; lang: Lang } | null {
	const match = path ? /[\\/]documents[\\/]([^\\/]+)[\\/](zh|en)\.mdx$/.exec(path) : null;
	return match ? { doc: match[1]!, lang: match[2] as Lang } : null;
}
