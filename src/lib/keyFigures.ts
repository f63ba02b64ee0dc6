/**
 * The few figures the home page shows: one per document, so no single plan crowds out the rest.
 * Pure, tested without Astro.
 */

interface Pickable {
	value: number | null;
	role: 'baseline' | 'target' | 'result' | 'fact';
}

/**
 * Each document's first reported result, or failing that its first target (figures the source
 * could not read are skipped), in the order of `docs`, at most `limit` of them.
 * @example keyFigures([{ doc: a, figures: [baseline, target] }, { doc: b, figures: [result] }], 4) // [{ doc: a, figure: target }, { doc: b, figure: result }]
 */
export function keyFigures<D, F extends Pickable>(
	docs: { doc: D; figures: F[] }[],
	limit: number
): { doc: D; figure: F }[] {
	const first = (figures: F[], role: Pickable['role']) =>
		figures.find((f) => f.role === role && f.value !== null);
	return docs
		.map(({ doc, figures }) => ({
			doc,
			figure: first(figures, 'result') ?? first(figures, 'target'),
		}))
		.filter((x): x is { doc: D; figure: F } => x.figure !== undefined)
		.slice(0, limit);
}
