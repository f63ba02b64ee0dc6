import type { Lang } from '../schemas/common.ts';
import { formatDate } from './format.ts';

/** What a citation of a document, or of a part of it, names. */
export interface CitationParts {
  /** The document's title in the page's language (Chinese puts it in 《》). */
  title: string;
  /** The part, as `partLabel()` names it (第三部分（一） / Part 3(1)); omit to cite the whole document. */
  part?: string | undefined;
  /** The issuing or publishing body. */
  publisher: string;
  /** `YYYY-MM-DD` (or less precise), printed as the language writes dates. */
  date: string;
  /** The page address (absolute when the build knows its origin). */
  url: string;
}

/**
 * A citation in the page's language, in the form DESIGN §3 gives.
 * @example formatCitation({ title: '巴南区实施方案', part: '第三部分（一）', publisher: '巴南区政府办公室', date: '2024-05-08', url: 'u' }, 'zh')
 * // '《巴南区实施方案》第三部分（一），巴南区政府办公室，2024年5月8日。u'
 * @example formatCitation({ title: 'Banan TCM Plan', part: 'Part 3(1)', publisher: 'Banan District Government Office', date: '2024-05-08', url: 'u' }, 'en')
 * // 'Banan TCM Plan, Part 3(1), Banan District Government Office, 8 May 2024. u'
 */
export function formatCitation({ title, part, publisher, date, url }: CitationParts, lang: Lang): string {
  if (lang === 'zh') return `《${title}》${part ?? ''}，${publisher}，${formatDate(date, 'zh')}。${url}`;
  return `${[title, part, publisher, formatDate(date, 'en')].filter(Boolean).join(', ')}. ${url}`;
}
