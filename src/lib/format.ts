import type { Lang } from '../schemas/common.ts';
import { memoize } from './memo.ts';

const UTC = { timeZone: 'UTC' } as const;
// Made once: building an Intl formatter costs far more than using it, and lists format thousands of dates.
const EN_DATE = {
	day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...UTC }),
	month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', ...UTC }),
};
/** A number formatter for a locale, a fixed number of decimals ('' for up to 4), and 'none' to turn grouping off. */
const numberFormat = memoize((locale: string, decimals: string, grouping: string) => {
	const digits =
		decimals === ''
			? { maximumFractionDigits: 4 }
			: { minimumFractionDigits: Number(decimals), maximumFractionDigits: Number(decimals) };
	return new Intl.NumberFormat(
		locale,
		grouping === 'none' ? { ...digits, useGrouping: false } : digits
	);
});

/**
 * A calendar date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as readers of each language write it.
 * @example formatDate('2024-05-08', 'zh') // '2024年5月8日'
 * @example formatDate('2024-05-08', 'en') // '8 May 2024'
 * @example formatDate('2018-10', 'en') // 'October 2018'
 */
export function formatDate(iso: string, lang: Lang): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
	if (lang === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
	if (!month) return String(year);
	return EN_DATE[day ? 'day' : 'month'].format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/**
 * A number as each language writes it. English groups thousands; Chinese counts large numbers in
 * 万 (10⁴) and 亿 (10⁸), as official texts do (3.7万, not 37,000). `decimals` keeps the digits the
 * source prints (56.80%).
 * @example formatNumber(37000, 'en') // '37,000'
 * @example formatNumber(37000, 'zh') // '3.7万'
 * @example formatNumber(56.8, 'zh', 2) // '56.80'
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
	const fixed = decimals === undefined ? '' : String(decimals);
	if (lang === 'en') return numberFormat('en-GB', fixed, '').format(value);
	const plain = (n: number) => numberFormat('zh-CN', fixed, 'none').format(n);
	if (decimals === undefined && Math.abs(value) >= 1e8) return `${plain(value / 1e8)}亿`;
	if (decimals === undefined && Math.abs(value) >= 1e4) return `${plain(value / 1e4)}万`;
	return plain(value);
}

/**
 * A year range with an en dash in English and the official dash in Chinese.
 * @example formatPeriod({ start: 2024, end: 2027 }, 'zh') // '2024—2027年'
 */
export function formatPeriod(period: { start: number; end: number }, lang: Lang): string {
	return lang === 'zh' ? `${period.start}—${period.end}年` : `${period.start}–${period.end}`;
}

/**
 * A file size for a download list: bytes below 1 KB, else KB or MB with one decimal (1 KB = 1,024 bytes).
 * @example formatSize(512, 'en') // '512 bytes'
 * @example formatSize(34198, 'zh') // '33.4 KB'
 */
export function formatSize(bytes: number, lang: Lang): string {
	if (bytes < 1024) return lang === 'zh' ? `${bytes}字节` : `${formatNumber(bytes, lang)} bytes`;
	const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
	return `${value.toFixed(1)} ${unit}`;
}

/**
 * Names as a list in running text: Chinese enumerates with 、, English writes "A, B and C".
 * @example formatList(['A', 'B', 'C'], 'en') // 'A, B and C'
 * @example formatList(['甲', '乙'], 'zh') // '甲、乙'
 */
export function formatList(names: readonly string[], lang: Lang): string {
	if (lang === 'zh' || names.length < 2) return names.join('、');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
