/**
 * How long a browser or CDN may keep each file. Files whose name carries a hash of their content
 * never change under that name: cached for a year, `immutable`. Everything else (pages, the search
 * entry point that names the current chunks, data files, the offline zip) is revalidated on every
 * use (`no-cache`: stored, but checked with its ETag first), so a new build shows at once.
 */
export const CACHE_CONTROL = {
	immutable: 'public, max-age=31536000, immutable',
	revalidate: 'no-cache',
} as const;

/**
 * Where hashed files live, inside the site (without the base). `{lang}` stands for each language;
 * a path ending in `/` is a folder, everything in it; a `*` matches within one name (of a file, or of
 * a folder). This list is the one place to change when the search index changes shape (docs/deploy.md).
 */
export const IMMUTABLE_PATHS: readonly string[] = [
	'_astro/', // Vite's bundles, named by hash
	'_search/{lang}/*/', // the search index: everything but its manifest sits in a folder named by hash (docs/search.md)
	'pagefind/fragment/', // Pagefind's bundle: chunks named by hash
	'pagefind/index/',
	'pagefind/filter/',
	'pagefind/*.pf_meta',
	'pagefind/wasm.*.pagefind',
];

/** Hashed files as a host's rules need them: whole folders, and single files. */
export interface ImmutablePaths {
	/** Folders (ending in `/`) whose every file is hashed. */
	folders: string[];
	/** Single hashed files among others that are not. */
	files: string[];
}

/**
 * The rules of {@link IMMUTABLE_PATHS} for one build: languages filled in, folders the build does
 * not have left out, file patterns matched against the build's files (so the rules name real files
 * and each host can use plain paths).
 * @param files every file of the build, as paths inside it (`en/pagefind/index/x.pf_index`)
 * @example immutablePaths(['_astro/', '{lang}/pagefind/*.pf_meta'], ['en'], ['_astro/a.js', 'en/pagefind/p.1.pf_meta'])
 * // { folders: ['_astro/'], files: ['en/pagefind/p.1.pf_meta'] }
 */
export function immutablePaths(
	rules: readonly string[],
	langs: readonly string[],
	files: readonly string[]
): ImmutablePaths {
	const expanded = rules.flatMap((rule) =>
		rule.includes('{lang}') ? langs.map((lang) => rule.replaceAll('{lang}', lang)) : [rule]
	);
	const pattern = (rule: string, end: string) =>
		new RegExp(`^${rule.split('*').map(escapeRegExp).join('[^/]*')}${end}`);
	// A folder rule names the build's folders it matches (a `*` in it becomes each real name).
	const folders = [
		...new Set(
			expanded
				.filter((rule) => rule.endsWith('/'))
				.flatMap((rule) => files.flatMap((f) => pattern(rule, '').exec(f)?.[0] ?? []))
		),
	];
	const patterns = expanded.filter((rule) => !rule.endsWith('/')).map((rule) => pattern(rule, '$'));
	return { folders, files: files.filter((f) => patterns.some((re) => re.test(f))).sort() };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
