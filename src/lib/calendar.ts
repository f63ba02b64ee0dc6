/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * What is wrong with a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that has the right shape but
 * is not on the calendar, in words an editor can act on; undefined for a real date (or another shape,
 * which the schemas' patterns report). JavaScript's Date would silently roll 2023-02-30 over to
 * 2 March, so the parts are checked one by one.
 * @example calendarProblem('2023-02-30') // 'February 2023 has 28 days'
 * @example calendarProblem('2023-13-45') // 'there is no month 13'
 */
export function calendarProblem(date: string): string | undefined {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return undefined;
	const [, y, m, d] = match;
	const year = Number(y);
	if (m === undefined) return undefined;
	const month = Number(m);
	if (month < 1 || month > 12) return `there is no month ${month}`;
	if (d === undefined) return undefined;
	const day = Number(d);
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
	return undefined;
}

/** A date-shaped token that is not on the calendar, found in a file's text. */
export interface InvalidDateToken {
	/** 1-based line. */
	line: number;
	/** The YAML key the date is written under on that line, when there is one. */
	key: string | undefined;
	value: string;
	problem: string;
}

/**
 * Every `YYYY-MM-DD` in a YAML file's text that is not on the calendar. YAML turns an unquoted
 * `2023-02-30` into a JavaScript Date before any schema sees it, and that Date is 2 March: only the
 * file's text still holds what the editor wrote.
 * @example invalidDateTokens('dates: { signed: 2023-02-30 }') // [{ line: 1, key: 'signed', value: '2023-02-30', problem: 'February 2023 has 28 days' }]
 */
export function invalidDateTokens(text: string): InvalidDateToken[] {
	const out: InvalidDateToken[] = [];
	text.split('\n').forEach((lineText, i) => {
		for (const m of lineText.matchAll(/(?<![\w.-])(\d{4}-\d{2}-\d{2})(?![\w.:-])/g)) {
			const problem = calendarProblem(m[1]!);
			if (!problem) continue;
			const key = /([A-Za-z_][\w-]*)\s*:\s*["']?$/.exec(lineText.slice(0, m.index))?.[1];
			out.push({ line: i + 1, key, value: m[1]!, problem });
		}
	});
	return out;
}
