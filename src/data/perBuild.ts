import { timed } from '../lib/buildTiming.ts';
import { memoize } from '../lib/memo.ts';

/**
 * Work every page of a build shares (indexes of all documents, lists built from them, rendered texts):
 * computed once per arguments and reused by every later page, so no page pays for the whole collection
 * again (which made the build quadratic in the number of documents: docs/performance.md). Timed under
 * `label` when the build is (BUILD_TIMING); work done once per document goes without a label, or the
 * report would list thousands of tiny steps. In `astro dev` every call computes afresh, since content
 * may have changed between two requests.
 */
export function perBuild<A extends readonly string[], T>(
	label: ((...args: A) => string) | undefined,
	compute: (...args: A) => Promise<T>
): (...args: A) => Promise<T> {
	return memoize(
		(...args: A) => (label ? timed(label(...args), () => compute(...args)) : compute(...args)),
		!import.meta.env.DEV
	);
}
