import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { htmlLang } from '../i18n/index.ts';
import type { DocumentCitation } from './citation.ts';

/**
 * Citation files of a document (RIS, BibTeX, CSL-JSON), written from the same facts as the page's
 * "copy citation" (title, authors, date, URL), so every form of the citation agrees. One CSL-JSON item
 * is the source of all three; citation-js writes the BibTeX, and the tests read all three back with it.
 */

/** What the exported citation says: the page citation's facts, plus what reference managers file it by. */
export interface ExportCitation extends DocumentCitation {
  /** Stable citation key: the document's id and the language, e.g. `banan-tcm-plan-2024-2027-zh`. */
  key: string;
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
  type: 'document';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': number[][] };
  language: string;
  genre: string;
  number?: string;
  URL?: string;
}

/**
 * The CSL-JSON item of a citation: each of its authors (institutions, so `literal` names) in order,
 * and the type is `document` (RIS `GEN`, BibTeX `@misc`), which fits agreements, plans and notices alike.
 * @example cslItem({ key: 'x-en', lang: 'en', title: 'Plan', authors: ['Office'], date: '2024-05-08', genre: 'Plan' }).issued // { 'date-parts': [[2024, 5, 8]] }
 */
export function cslItem(c: ExportCitation): CslItem {
  return {
    id: c.key,
    'citation-key': c.key,
    type: 'document',
    title: c.title,
    author: c.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': [c.date.split('-').map(Number)] },
    language: htmlLang[c.lang],
    genre: c.genre,
    ...(c.docNumber ? { number: c.docNumber } : {}),
    ...(c.url ? { URL: c.url } : {}),
  };
}

// BibTeX as UTF-8 (biber and modern BibTeX read it; the ASCII default drops every Chinese character),
// keyed by our stable key as given rather than a made-up label.
const bibtexConfig = plugins.config.get('@bibtex') as { format: Record<string, boolean> };
Object.assign(bibtexConfig.format, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });

/** An RIS value on one line (RIS has no way to continue a field on the next). */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A CSL item as one RIS record: `TAG  - value` lines ended by CRLF, from `TY` to `ER`. Written here
 * rather than by citation-js, whose RIS writer breaks every value after 70 characters — mid-word and
 * mid-URL, which RIS readers (citation-js's own included) join back with a space.
 * @example risRecord({ id: 'x', type: 'document', title: 'Plan', author: [{ literal: 'Office' }], issued: { 'date-parts': [[2024, 5]] }, language: 'en', genre: 'Plan', 'citation-key': 'x' })
 * // 'TY  - GEN\r\nID  - x\r\nTI  - Plan\r\nAU  - Office\r\nPY  - 2024\r\nDA  - 2024/05//\r\nLA  - en\r\nM3  - Plan\r\nER  - \r\n'
 */
export function risRecord(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0]!;
  const two = (n?: number) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const lines: [string, string | undefined][] = [
    ['TY', 'GEN'],
    ['ID', item.id],
    ['TI', item.title],
    ...item.author.map((a): [string, string] => ['AU', a.literal]),
    ['PY', String(year)],
    ['DA', `${year}/${two(month)}/${two(day)}/`],
    ['LA', item.language],
    ['M3', item.genre],
    ['M1', item.number],
    ['UR', item.URL],
  ];
  return [...lines.filter(([, v]) => v !== undefined).map(([tag, v]) => `${tag}  - ${risValue(v!)}`), 'ER  - '].join('\r\n') + '\r\n';
}

/**
 * A CSL item as one BibTeX `@misc` entry. `@misc` has no number field, and citation-js drops CSL's
 * `number` there, so the document number goes in `note`, where BibTeX styles print it.
 */
export function bibtexEntry(item: CslItem): string {
  return new Cite(item.number ? { ...item, note: item.number } : item).format('bibtex');
}

/** The three citation files of a citation. */
export function citationFiles(c: ExportCitation): { ris: string; bibtex: string; csl: string } {
  const item = cslItem(c);
  return { ris: risRecord(item), bibtex: bibtexEntry(item), csl: `${JSON.stringify([item], null, 2)}\n` };
}
