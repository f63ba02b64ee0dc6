import { relativePath } from './paths.ts';

/** A published page that moved. Both are paths inside the site, without the base: `en/faqs/`. */
export interface PageRedirect {
	from: string;
	to: string;
}

/**
 * A section anchor renamed inside a document. Anchors are language-neutral, so one entry covers both
 * languages: the old anchor stays on the page as an alias placed on the new section's heading.
 */
export interface AnchorRename {
	/** The document's id. */
	document: string;
	/** The anchor that was published. */
	from: string;
	/** The anchor the section has now. */
	to: string;
}

/** A page path inside the site: lowercase segments, each followed by a slash (`en/faq/`), or a file such as `404.html`. */
const PAGE_PATH = /^(?:[a-z0-9][a-z0-9._-]*\/)*(?:[a-z0-9][a-z0-9._-]*\.html)?$/;

/**
 * What is wrong with a redirect list, one message per problem (empty when it is sound): paths that
 * are not site paths, a `from` declared twice, redirects to themselves and loops.
 * @example redirectProblems([{ from: 'en/a/', to: 'en/a/' }]) // ['en/a/ redirects to itself']
 */
export function redirectProblems(redirects: readonly PageRedirect[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const { from, to } of redirects) {
		for (const p of [from, to])
			if (!PAGE_PATH.test(p) || p === '')
				problems.push(
					`"${p}" is not a page path inside the site: write it without base or host, ending in "/", e.g. "en/faq/"`
				);
		if (seen.has(from)) problems.push(`${from} is redirected twice: keep one entry`);
		seen.add(from);
		if (from === to) problems.push(`${from} redirects to itself`);
	}
	if (problems.length) return problems;
	for (const { from } of redirects) {
		try {
			finalPath(from, redirects);
		} catch (e) {
			problems.push((e as Error).message);
		}
	}
	return problems;
}

/**
 * Where a page path leads once every redirect is followed (itself when none applies).
 * Throws on a loop.
 * @example finalPath('en/faqs/', [{ from: 'en/faqs/', to: 'en/faq/' }]) // 'en/faq/'
 */
export function finalPath(path: string, redirects: readonly PageRedirect[]): string {
	const visited = [path];
	let current = path;
	for (;;) {
		const next = redirects.find((r) => r.from === current)?.to;
		if (next === undefined) return current;
		if (visited.includes(next)) throw new Error(`redirect loop: ${[...visited, next].join(' → ')}`);
		visited.push(next);
		current = next;
	}
}

/**
 * The address a redirect page at `from` sends a reader to without scripts: relative, so it works under
 * any base path, and naming the file, so it also works from the file system (the offline edition).
 * @example redirectTarget({ from: 'en/faqs/', to: 'en/faq/' }) // '../faq/index.html'
 */
export function redirectTarget({ from, to }: PageRedirect): string {
	const file = (p: string) => (p.endsWith('/') ? `${p}index.html` : p);
	return relativePath(file(from), file(to));
}

/**
 * The old anchors that lead to a section of a document now (aliases for its heading), following
 * renames of renames.
 * @example anchorAliases('banan', 's3-2', [{ document: 'banan', from: 's3', to: 's3-1' }, { document: 'banan', from: 's3-1', to: 's3-2' }]) // ['s3-1', 's3']
 */
export function anchorAliases(
	document: string,
	anchor: string,
	renames: readonly AnchorRename[],
	seen = new Set([anchor])
): string[] {
	const direct = renames
		.filter((r) => r.document === document && r.to === anchor && !seen.has(r.from))
		.map((r) => r.from);
	for (const a of direct) seen.add(a);
	return direct.flatMap((a) => [a, ...anchorAliases(document, a, renames, seen)]);
}
