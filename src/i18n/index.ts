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
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** `<html lang>` value for each language. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * "N documents", with English's singular for one.
 * @example docCount('en', 1) // '1 document'
 */
export function docCount(lang: Lang, count: number): string {
  return count === 1 ? t(lang, 'list.countOne') : t(lang, 'list.count', { count });
}
