import { timed } from '../lib/buildTiming.ts';
import { memoize } from '../lib/memo.ts';

/**
 * Work every page of a build shares (indexes of all documents, lists built from them): computed once
 * per arguments and reused by every later page, so no page pays for the whole collection again (which
 * made the build quadratic in the number of documents: docs/performance.md). Timed under `label` when
 * the build is (BUILD_TIMING). In `astro dev` every call computes afresh, since content may have
 * changed between two requests.
 */
export function perBuild<A extends readonly string[], T>(label: (...args: A) => string, compute: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return memoize((...args: A) => timed(label(...args), () => compute(...args)), !import.meta.env.DEV);
}
