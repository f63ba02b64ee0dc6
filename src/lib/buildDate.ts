/**
 * The date a build stands at, the one definition of "this year" for the pages (the home page's
 * targets falling due this year and next). SOURCE_DATE_EPOCH (seconds since 1970 UTC, the
 * reproducible-builds convention) fixes it, so a rebuild of the same sources says the same;
 * otherwise it is the clock. Years are UTC years, as every date of the site is machine-independent.
 */

/**
 * The build date from SOURCE_DATE_EPOCH, or `now` when it is unset or empty.
 * @example buildDate('1798761600').toISOString() // '2027-01-01T00:00:00.000Z'
 */
export function buildDate(epoch: string | undefined, now: Date = new Date()): Date {
	if (epoch === undefined || epoch.trim() === '') return now;
	if (!/^\d+$/.test(epoch.trim()))
		throw new Error(
			`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1798761600), not "${epoch}"`
		);
	return new Date(Number(epoch) * 1000);
}

/**
 * The build's year (UTC).
 * @example buildYear(undefined, new Date('2026-12-02')) // 2026
 */
export const buildYear = (epoch: string | undefined, now: Date = new Date()): number =>
	buildDate(epoch, now).getUTCFullYear();
