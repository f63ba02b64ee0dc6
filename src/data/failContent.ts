import { ContentError, formatProblems, type ContentProblem } from '../lib/contentErrors.ts';

/**
 * Stops on a content mistake. A running `astro dev` gets an error for its overlay and keeps running;
 * a build, `astro sync` or the start of `astro dev` prints only our message (file, line, field, what
 * to do) and exits with 1. Thrown
 * instead, the error would reach Astro's report, which adds an unrelated hint about browser APIs
 * (it fires on the word "document", in every path under content/documents/) and stack frames inside
 * node_modules. Outside Vite (the build's own integrations) there is no `import.meta.env`: a build.
 */
export function failContent(
	problems: ContentProblem | readonly ContentProblem[],
	how: 'exit' | 'throw' = import.meta.env?.DEV ? 'throw' : 'exit'
): never {
	const list = [problems].flat();
	if (how === 'throw') throw new ContentError(list);
	console.error(formatProblems(list));
	process.exit(1);
}
