/**
 * The timeline: every dated event of every document, in date order and grouped by year. Pure, so
 * it is tested without Astro (the page binds it to the collections).
 */

/** One year of the timeline. */
export interface TimelineYear<E> {
	year: string;
	events: E[];
}

/**
 * Sorts events by date and groups them by year. Dates compare as ISO strings, so an event known
 * only by its year (or month) comes before the precisely dated events of that year (or month):
 * the order ISO 8601 gives, and the one a reader can check from the dates shown. Events on the
 * same date keep the order of `events` (document order, then meta.yaml order).
 * @example timelineByYear([{ date: '2024-05-08' }, { date: '2023' }, { date: '2024' }])
 * // [{ year: '2023', events: [2023] }, { year: '2024', events: [2024, 2024-05-08] }]
 */
export function timelineByYear<E extends { date: string }>(events: E[]): TimelineYear<E>[] {
	const sorted = events
		.map((e, i) => ({ e, i }))
		.sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i);
	const years: TimelineYear<E>[] = [];
	for (const { e } of sorted) {
		const year = e.date.slice(0, 4);
		const last = years.at(-1);
		if (last?.year === year) last.events.push(e);
		else years.push({ year, events: [e] });
	}
	return years;
}
