/**
 * Targets and deadlines (docs/reading-views.md): which key figures are targets, what each one is set
 * by, for and under, and which later results report on it. Pure functions over plain data (references
 * as ids), so they are tested without Astro; src/data/targets.ts binds them to the collections.
 */
import type { Localized } from '../schemas/common.ts';
import type { Kind } from '../schemas/document.ts';
import type { FigureValue } from './figures.ts';

/** The fields of a key figure that targets read. */
export interface TargetFigure extends FigureValue {
	id: string;
	label: Localized;
	year?: number | undefined;
	role: 'baseline' | 'target' | 'result' | 'fact';
	indicator?: string | undefined;
	anchor?: string | undefined;
	region?: string | undefined;
	topics?: string[] | undefined;
	reportsOn?: { document: string; figure: string } | undefined;
}

/** The fields of a document that targets read. */
export interface TargetDocument<F extends TargetFigure = TargetFigure> {
	id: string;
	kind: Kind;
	/** Its primary date (signed, else issued, held, published), YYYY-MM-DD. */
	date: string;
	regions: string[];
	topics: string[];
	/** Ids of the bodies that set its targets: its issuers, else its parties. */
	setBy: string[];
	sectionTopics: Record<string, string[]>;
	figures: F[];
}

/** A later document's result for the measure of a target. */
export interface ReportedResult<F> {
	document: string;
	/** The reporting document's primary date. */
	date: string;
	figure: F;
}

/** One row of the targets table. */
export interface Target<F> {
	document: string;
	figure: F;
	/** The baseline of the same indicator, when the document gives one. */
	baseline?: F | undefined;
	/** The year the target falls due, or null when the source gives none (a baseline → target pair without a year). */
	due: number | null;
	/** The region it is for: the figure's `region`, else the document's first region. */
	region: string;
	/** The figure's `topics`, else those of its section (sectionTopics), else the document's. */
	topics: string[];
	setBy: string[];
	/** Results that later documents report for it, oldest first; empty when none does. */
	results: ReportedResult<F>[];
}

/**
 * Whether a figure is a target: a figure with the role target that has a target year or a baseline
 * (another figure of the same indicator with the role baseline).
 * @example isTarget({ id: 'halls-2027', role: 'target', year: 2027, … }, figures) // true
 */
export function isTarget<F extends Pick<TargetFigure, 'role' | 'year' | 'indicator'>>(
	figure: F,
	figures: readonly F[]
): boolean {
	if (figure.role !== 'target') return false;
	return (
		figure.year !== undefined ||
		(figure.indicator !== undefined &&
			figures.some((f) => f.role === 'baseline' && f.indicator === figure.indicator))
	);
}

/**
 * Whether a kind of entry sets targets of its own. FAQ entries restate documents, so their figures
 * repeat targets that are already listed (as the collaboration matrix, the table leaves them out).
 */
export const setsTargets = (kind: Kind): boolean => kind !== 'faq';

/**
 * A target's row anchor on the targets page: document and figure ids joined by `--`, which no id
 * contains, so it is unique and never changes while the ids do not.
 * @example targetAnchor('banan-tcm-plan-2024-2027', 'tcm-halls-2027') // 'banan-tcm-plan-2024-2027--tcm-halls-2027'
 */
export const targetAnchor = (document: string, figure: string): string => `${document}--${figure}`;

/** The anchor of a due year's group on the targets page: `due-2027`, or `due-none`. */
export const dueAnchor = (due: number | null): string => `due-${due ?? 'none'}`;

/** Everything the targets table shows, and what is wrong with the links between results and targets. */
export interface TargetsIndex<F> {
	targets: Target<F>[];
	/** One message per broken `reportsOn`, naming the file, the figure and the fix. */
	problems: string[];
}

/**
 * Every target of every document that sets targets, with the results later documents report for it,
 * in one pass over the documents (and one over the results): due year first (no year last), then the
 * newest document (then by id), then the order of meta.yaml.
 */
export function collectTargets<F extends TargetFigure>(
	docs: readonly TargetDocument<F>[]
): TargetsIndex<F> {
	const byKey = new Map<
		string,
		{ target: Target<F> | undefined; doc: TargetDocument<F>; figure: F }
	>();
	const targets: Target<F>[] = [];
	for (const doc of docs) {
		for (const figure of doc.figures) {
			const target =
				setsTargets(doc.kind) && isTarget(figure, doc.figures)
					? makeTarget(doc, figure)
					: undefined;
			if (target) targets.push(target);
			byKey.set(`${doc.id}/${figure.id}`, { target, doc, figure });
		}
	}
	const problems: string[] = [];
	for (const doc of docs)
		for (const figure of doc.figures) {
			if (!figure.reportsOn) continue;
			const { document, figure: id } = figure.reportsOn;
			const where = `content/documents/${doc.id}/meta.yaml: figure "${figure.id}" reports on ${document}/${id}`;
			const found = byKey.get(`${document}/${id}`);
			if (!found)
				problems.push(
					`${where}, but content/documents/${document}/meta.yaml has no figure "${id}"`
				);
			else if (!found.target)
				problems.push(
					`${where}, which is not a target (a figure with the role target and a year or a baseline, in a document that sets targets)`
				);
			else if (doc.date <= found.doc.date)
				problems.push(
					`${where}, but it is dated ${doc.date}, not after ${document} (${found.doc.date}): only a later document reports a result`
				);
			else found.target.results.push({ document: doc.id, date: doc.date, figure });
		}
	for (const target of targets)
		target.results.sort(
			(a, b) => a.date.localeCompare(b.date) || a.document.localeCompare(b.document)
		);
	const dates = new Map(docs.map((d) => [d.id, d.date]));
	// A stable sort keeps meta.yaml's order within a document.
	targets.sort(
		(a, b) =>
			(a.due ?? Infinity) - (b.due ?? Infinity) ||
			dates.get(b.document)!.localeCompare(dates.get(a.document)!) ||
			a.document.localeCompare(b.document)
	);
	return { targets, problems };
}

function makeTarget<F extends TargetFigure>(doc: TargetDocument<F>, figure: F): Target<F> {
	const baseline = figure.indicator
		? doc.figures.find((f) => f.role === 'baseline' && f.indicator === figure.indicator)
		: undefined;
	const sectionTopics = figure.anchor ? doc.sectionTopics[figure.anchor] : undefined;
	return {
		document: doc.id,
		figure,
		baseline,
		due: figure.year ?? null,
		region: figure.region ?? doc.regions[0]!,
		topics: figure.topics ?? sectionTopics ?? doc.topics,
		setBy: doc.setBy,
		results: [],
	};
}

/** Targets grouped by due year, in the order given (so by due year when it comes from collectTargets). */
export function groupByDue<T extends { due: number | null }>(
	targets: readonly T[]
): { due: number | null; targets: T[] }[] {
	const groups = new Map<number | null, T[]>();
	for (const t of targets) groups.set(t.due, [...(groups.get(t.due) ?? []), t]);
	return [...groups].map(([due, list]) => ({ due, targets: list }));
}

/**
 * The targets falling due in a year and the next: one group per year, even an empty one, so a page
 * can say that nothing falls due.
 * @example fallingDue(targets, 2026).map((g) => g.year) // [2026, 2027]
 */
export function fallingDue<T extends { due: number | null }>(
	targets: readonly T[],
	year: number
): { year: number; targets: T[] }[] {
	return [year, year + 1].map((y) => ({ year: y, targets: targets.filter((t) => t.due === y) }));
}

/**
 * How many targets fall due in each year, per region: the data of the chart of targets by due year and
 * region. Years in order; in a year, regions with most targets first, then by id. Targets without a
 * due year are left out (the chart is by year).
 */
export function dueCounts<T extends { due: number | null; region: string }>(
	targets: readonly T[]
): { due: number; regions: { region: string; count: number }[] }[] {
	const years = new Map<number, Map<string, number>>();
	for (const t of targets) {
		if (t.due === null) continue;
		const regions = years.get(t.due) ?? new Map<string, number>();
		regions.set(t.region, (regions.get(t.region) ?? 0) + 1);
		years.set(t.due, regions);
	}
	return [...years]
		.sort(([a], [b]) => a - b)
		.map(([due, regions]) => ({
			due,
			regions: [...regions]
				.map(([region, count]) => ({ region, count }))
				.sort((a, b) => b.count - a.count || a.region.localeCompare(b.region)),
		}));
}
