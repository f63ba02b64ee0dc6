import type { Lang } from '../schemas/common.ts';
import { en, type UIKey } from './en.ts';
import { zh } from './zh.ts';

export type { UIKey };
const dictionaries: Record<Lang, Record<UIKey, string>> = { zh, en };

/**
 * A UI string in the given language, with `{name}` placeholders filled in.
 * @example t('en', 'list.count', { count: 3 }) // '3 documents'
 */
export function t(lang: Lang, key: UIKey, vars: Record<string, string | number> = {}): string {
	return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
		String(vars[name] ?? `{${name}}`)
	);
}

/** `<html lang>` value for each language. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** A count with English's singular for one: the `one` string, else the `many` one with `{count}`. */
const counted = (lang: Lang, count: number, one: UIKey, many: UIKey) =>
	count === 1 ? t(lang, one) : t(lang, many, { count });

/**
 * "N documents", with English's singular for one.
 * @example docCount('en', 1) // '1 document'
 */
export const docCount = (lang: Lang, count: number): string =>
	counted(lang, count, 'list.countOne', 'list.count');

/**
 * "N targets", with English's singular for one.
 * @example targetCount('en', 3) // '3 targets'
 */
export const targetCount = (lang: Lang, count: number): string =>
	counted(lang, count, 'targets.countOne', 'targets.count');

/**
 * "N sections", with English's singular for one.
 * @example sectionCount('zh', 2) // '2节'
 */
export const sectionCount = (lang: Lang, count: number): string =>
	counted(lang, count, 'compare.sectionsOne', 'compare.sections');
