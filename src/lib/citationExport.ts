import { htmlLang } from '../i18n/index.ts';
import type { Lang } from '../schemas/common.ts';
import type { DocumentCitation } from './citation.ts';

/**
 * Citation files of a document (RIS, BibTeX, CSL-JSON), written from the same facts as the page's
 * "copy citation" (title, authors, date, URL), so every form of the citation agrees. One CSL-JSON item
 * is the source of all three. Which field lands where in Zotero, EndNote and BibTeX: docs/open-data.md.
 */

/**
 * What a citation is to a reference manager: an official text (agreement, plan, notice, briefing) is a
 * `report`, the type Zotero, EndNote and CSL file government documents under; an FAQ entry, the site's
 * own explanation, is a `webpage`.
 */
export type CitationType = 'report' | 'webpage';

/** What the exported citation says: the page citation's facts, plus what reference managers file it by. */
export interface ExportCitation extends DocumentCitation {
	/** Stable citation key: the document's id and the language, e.g. `banan-tcm-plan-2024-2027-zh`. */
	key: string;
	type: CitationType;
	/** Absolute URL of the page; absent when the build has no public origin (SITE_URL). */
	url?: string | undefined;
	/** Official document number, e.g. 浙中医药〔2024〕10号. */
	docNumber?: string | undefined;
	/** What kind of document it is, in that language (Plan / 方案). */
	genre: string;
}

/** A CSL-JSON item (the subset we write). */
export interface CslItem {
	id: string;
	'citation-key': string;
	type: CitationType;
	title: string;
	author: { literal: string }[];
	issued: { 'date-parts': number[][] };
	language: string;
	genre: string;
	number?: string;
	URL?: string;
}

/**
 * The CSL-JSON item of a citation: each of its authors (institutions, so `literal` names) in order;
 * the document number is the report's `number`.
 * @example cslItem({ key: 'x-en', lang: 'en', type: 'report', title: 'Plan', authors: ['Office'], date: '2024-05-08', genre: 'Plan' }).issued // { 'date-parts': [[2024, 5, 8]] }
 */
export function cslItem(c: ExportCitation): CslItem {
	return {
		id: c.key,
		'citation-key': c.key,
		type: c.type,
		title: c.title,
		author: c.authors.map((literal) => ({ literal })),
		issued: { 'date-parts': [c.date.split('-').map(Number)] },
		language: htmlLang[c.lang],
		genre: c.genre,
		...(c.docNumber ? { number: c.docNumber } : {}),
		...(c.url ? { URL: c.url } : {}),
	};
}

/**
 * RIS reference types: `RPRT` is read as a report by Zotero (which imports `GEN` as a journal
 * article), EndNote and citation-js alike, with the number in `SN` and the kind in `M3`.
 */
const RIS_TYPE: Record<CitationType, string> = { report: 'RPRT', webpage: 'ELEC' };

/** An RIS value on one line (RIS has no way to continue a field on the next). */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A CSL item as one RIS record: `TAG  - value` lines ended by CRLF, from `TY` to `ER`, one line per
 * field however long (citation-js's RIS writer breaks values after 70 characters, mid-word and mid-URL).
 * @example risRecord({ id: 'x', type: 'report', title: 'Plan', author: [{ literal: 'Office' }], issued: { 'date-parts': [[2024, 5]] }, language: 'en', genre: 'Plan', 'citation-key': 'x' })
 * // 'TY  - RPRT\r\nID  - x\r\nTI  - Plan\r\nAU  - Office\r\nPY  - 2024\r\nDA  - 2024/05//\r\nLA  - en\r\nM3  - Plan\r\nER  - \r\n'
 */
export function risRecord(item: CslItem): string {
	const [year, month, day] = item.issued['date-parts'][0]!;
	const two = (n?: number) => (n === undefined ? '' : String(n).padStart(2, '0'));
	const lines: [string, string | undefined][] = [
		['TY', RIS_TYPE[item.type]],
		['ID', item.id],
		['TI', item.title],
		...item.author.map((a): [string, string] => ['AU', a.literal]),
		['PY', String(year)],
		['DA', `${year}/${two(month)}/${two(day)}/`],
		['LA', item.language],
		['M3', item.genre],
		['SN', item.number],
		['UR', item.URL],
	];
	return (
		[
			...lines.filter(([, v]) => v !== undefined).map(([tag, v]) => `${tag}  - ${risValue(v!)}`),
			'ER  - ',
		].join('\r\n') + '\r\n'
	);
}

/** BibTeX's month macros, which every BibTeX and biblatex reader expands (a braced `{nov 7}` is text). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `langid` is a babel/polyglossia language name (biblatex switches hyphenation with it); `language` is printed. */
const LANGUAGE: Record<Lang, { langid: string; language: string }> = {
	zh: { langid: 'chinese', language: 'Chinese' },
	en: { langid: 'english', language: 'English' },
};
/** LaTeX's special characters, as text; braces become commands so that the field's braces stay balanced. */
const TEX_SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/**
 * A text as the inside of a braced BibTeX value: `& % $ # _` escaped with a backslash, the others as
 * commands, whitespace folded. Chinese and other Unicode stay as they are (the file is UTF-8).
 * @example texText('50% & more') // '50\\% \\& more'
 */
export function texText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\{}~^&%$#_]/g, (ch) => TEX_SPECIAL[ch] ?? `\\${ch}`);
}

/**
 * A CSL item as one BibTeX `@misc` entry (the type that fits agreements, plans, notices and web pages
 * alike), readable by BibTeX and biblatex: each institutional author and the whole title in an extra
 * pair of braces (a name is not split into given and family names, an official title is not recased),
 * `year` with the `month` macro for BibTeX and `date` for biblatex, the kind in `type`, the document
 * number in `note` (`@misc` has no number field), the URL once in `url`, and the language.
 * @example bibtexEntry({ id: 'x', type: 'report', title: 'Plan', author: [{ literal: 'Office' }], issued: { 'date-parts': [[2024, 5, 8]] }, language: 'en', genre: 'Plan', 'citation-key': 'x' }, 'en')
 * // '@misc{x,\n\tauthor = {{Office}},\n\ttitle = {{Plan}},\n\tyear = {2024},\n\tmonth = may,\n\tdate = {2024-05-08},\n\ttype = {Plan},\n\tlangid = {english},\n\tlanguage = {English},\n}\n'
 */
export function bibtexEntry(item: CslItem, lang: Lang): string {
	const [year, month, day] = item.issued['date-parts'][0]!;
	const date = [year, month, day]
		.filter((n) => n !== undefined)
		.map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
		.join('-');
	const fields: [string, string | undefined][] = [
		['author', `{${item.author.map((a) => `{${texText(a.literal)}}`).join(' and ')}}`],
		['title', `{{${texText(item.title)}}}`],
		['year', `{${year}}`],
		['month', month ? MONTHS[month - 1] : undefined],
		['date', `{${date}}`],
		['type', `{${texText(item.genre)}}`],
		['note', item.number && `{${texText(item.number)}}`],
		// A URL is read verbatim (biblatex, the url package): only braces would break the field.
		['url', item.URL && `{${item.URL.replace(/[{}]/g, encodeURIComponent)}}`],
		['langid', `{${LANGUAGE[lang].langid}}`],
		['language', `{${LANGUAGE[lang].language}}`],
	];
	const body = fields.filter(([, v]) => v !== undefined).map(([name, v]) => `\t${name} = ${v},\n`);
	return `@misc{${item['citation-key']},\n${body.join('')}}\n`;
}

/** The three citation files of a citation. */
export function citationFiles(c: ExportCitation): { ris: string; bibtex: string; csl: string } {
	const item = cslItem(c);
	return {
		ris: risRecord(item),
		bibtex: bibtexEntry(item, c.lang),
		csl: `${JSON.stringify([item], null, 2)}\n`,
	};
}
