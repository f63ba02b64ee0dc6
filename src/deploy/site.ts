import type { PageRedirect } from '../lib/redirects.ts';
import { CACHE_CONTROL, IMMUTABLE_PATHS, immutablePaths, type ImmutablePaths } from './caching.ts';
import { CONTENT_TYPES, extensionOf } from './contentTypes.ts';
import { SECURITY_HEADERS } from './csp.ts';

/** What every host configuration is generated from: one build of the site. */
export interface BuiltSite {
	/** The base path, `/` or e.g. `/kb/`. */
	base: string;
	/** Hashed files, from {@link IMMUTABLE_PATHS}. */
	immutable: ImmutablePaths;
	/** The extensions the build publishes (`.html`, `.ris`…), each with a type in src/deploy/contentTypes.ts. */
	extensions: string[];
	/** Folders (inside the site) holding files of each extension, for hosts that need a type per path. */
	foldersOf: Record<string, string[]>;
	/** Moved pages (src/redirects.ts). */
	redirects: readonly PageRedirect[];
	/** The headers of every response. */
	headers: Readonly<Record<string, string>>;
	cacheControl: typeof CACHE_CONTROL;
}

/** The folder beside the build for configuration that is not published: `dist` → `dist-deploy/`. */
export const DEPLOY_FOLDER_SUFFIX = '-deploy';

/** The host files the build writes into the site for Netlify and Cloudflare Pages; no host serves them. */
export const HOST_FILES = ['_headers', '_redirects'];

/**
 * Describes a build for the host configurations. Throws when the build publishes a kind of file
 * without a known type, so no file is ever served as a guess.
 * @param files every file of the build, as paths inside it, host files and precompressed copies excluded
 */
export function describeSite(
	files: readonly string[],
	{
		base,
		langs,
		redirects,
	}: { base: string; langs: readonly string[]; redirects: readonly PageRedirect[] }
): BuiltSite {
	const foldersOf: Record<string, string[]> = {};
	for (const file of files) {
		const ext = extensionOf(file);
		if (!CONTENT_TYPES[ext])
			throw new Error(
				`${file}: no media type for "${ext || 'files without an extension'}": add it to src/deploy/contentTypes.ts`
			);
		const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
		const list = (foldersOf[ext] ??= []);
		if (!list.includes(folder)) list.push(folder);
	}
	for (const list of Object.values(foldersOf)) list.sort();
	return {
		base,
		immutable: immutablePaths(IMMUTABLE_PATHS, langs, files),
		extensions: Object.keys(foldersOf).sort(),
		foldersOf,
		redirects,
		headers: SECURITY_HEADERS,
		cacheControl: CACHE_CONTROL,
	};
}
