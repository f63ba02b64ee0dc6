/**
 * `compute` memoised by its arguments: the first call with some arguments computes, and every later
 * call with the same arguments gets that result (for an async `compute`, the same promise, so work
 * already under way is shared too). With `keep` false every call computes afresh.
 * @example const square = memoize((n: string) => Number(n) ** 2); square('3'); square('3') // computed once
 */
export function memoize<A extends readonly string[], T>(
	compute: (...args: A) => T,
	keep = true
): (...args: A) => T {
	if (!keep) return compute;
	const results = new Map<string, T>();
	return (...args: A) => {
		// A separator no argument holds (ids and languages), so ('a', 'b') and ('a\u0000b') cannot meet.
		const key = args.join('\u0000');
		if (!results.has(key)) results.set(key, compute(...args));
		return results.get(key)!;
	};
}
