import type { Lang } from '../schemas/common.ts';

const UTC = { timeZone: 'UTC' } as const;

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
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat('en-GB', { ...options, ...UTC }).format(date);
}

/**
 * A number with the language's grouping: 37,000 in English; Chinese keeps digits ungrouped below 10,000 as official texts do.
 * @example formatNumber(1000, 'en') // '1,000'
 * @example formatNumber(1000, 'zh') // '1000'
 */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'zh' && Math.abs(value) < 10000) return String(value);
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 }).format(value);
}

/**
 * A year range with an en dash in English and the official dash in Chinese.
 * @example formatPeriod({ start: 2024, end: 2027 }, 'zh') // '2024—2027年'
 */
export function formatPeriod(period: { start: number; end: number }, lang: Lang): string {
  return lang === 'zh' ? `${period.start}—${period.end}年` : `${period.start}–${period.end}`;
}
