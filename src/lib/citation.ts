import type { Lang } from '../schemas/common.ts';
import { formatDate, formatList } from './format.ts';

/**
 * What a citation of a document, or of one section of it, is made of: plain data, so the copy
 * button, the page and any export (RIS, BibTeX) build their text from the same fields.
 */
export interface Citation {
	/** Language of the cited page; the citation is written in it. */
	lang: Lang;
	/** The document's title in that language. */
	title: string;
	/** The cited part as `partLabel()` names it (第三部分（一） / Part 3(1)); absent for the whole document. */
	part?: string | undefined;
	/** Who the document is cited to, in that language (src/data/citation.ts says who): one name or more. */
	authors: string[];
	/** The document's primary date (signed, issued, held or published): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string;
	/** Absolute URL of the page, with `#anchor` when a section is cited. */
	url: string;
}

/** Everything but the part and the URL: what a page knows about its document at build time. */
export type DocumentCitation = Omit<Citation, 'part' | 'url'>;

/**
 * A citation as staff paste it into a report, in the page's language: title, part, authors, date, URL.
 * Chinese titles go in 《》 (a 《》 inside the title becomes 〈〉, as Chinese typesetting nests them).
 * @example formatCitation({ lang: 'zh', title: '巴南区中医药实施方案', part: '第三部分（一）', authors: ['巴南区政府办公室'], date: '2024-05-08', url: 'https://x.org/zh/plans/b/#s3-1' })
 * // '《巴南区中医药实施方案》第三部分（一），巴南区政府办公室，2024年5月8日。https://x.org/zh/plans/b/#s3-1'
 * @example formatCitation({ lang: 'en', title: 'Banan TCM Plan', part: 'Part 3(1)', authors: ['Banan Government Office'], date: '2024-05-08', url: 'https://x.org/en/plans/b/#s3-1' })
 * // 'Banan TCM Plan, Part 3(1), Banan Government Office, 8 May 2024. https://x.org/en/plans/b/#s3-1'
 */
export function formatCitation(c: Citation): string {
	const date = formatDate(c.date, c.lang);
	if (c.lang === 'zh') {
		const title = c.title.replaceAll('《', '〈').replaceAll('》', '〉');
		return `《${title}》${c.part ?? ''}，${formatList(c.authors, 'zh')}，${date}。${c.url}`;
	}
	// A title that ends a sentence ("What is a medical consortium?") takes no comma after it.
	const afterTitle = /[?!]$/.test(c.title) ? ' ' : ', ';
	return `${c.title}${c.part ? `${afterTitle}${c.part}, ` : afterTitle}${formatList(c.authors, 'en')}, ${date}. ${c.url}`;
}
