/**
 * What counts as a page's readable text, defined once for the search index (src/search/build/indexPage.ts),
 * the highlighter on the target page (src/search/client/highlight.ts) and the section reader of the open
 * data (src/lib/bodySections.ts), so that all three see the same words (docs/search.md). Browser-safe.
 */

/** Marks an element (and its content) as not part of the searchable text; Pagefind's own attribute. */
export const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

/**
 * Elements whose content is not readable text: dropped with everything inside. Every element
 * Pagefind 1.5.2 drops (its fossick/parser.rs REMOVE_SELECTORS) and `button` (controls such as the
 * sections' copy buttons).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
	'head',
	'style',
	'script',
	'noscript',
	'template',
	'label',
	'form',
	'button',
	'svg',
	'footer',
	'nav',
	'iframe',
]);

/**
 * Elements that sit inside a line of text: no word boundary at their edges, so `培育到<data>5</data>名`
 * reads as one phrase. Every other element separates words (a space in the text).
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
	...[
		'a',
		'abbr',
		'acronym',
		'b',
		'bdi',
		'bdo',
		'big',
		'cite',
		'code',
		'data',
		'del',
		'dfn',
		'em',
		'i',
		'img',
		'input',
		'ins',
		'kbd',
		'map',
	],
	...[
		'mark',
		'object',
		'output',
		'q',
		'rp',
		'rt',
		'ruby',
		's',
		'samp',
		'select',
		'small',
		'span',
		'strong',
		'sub',
		'sup',
		'textarea',
		'time',
	],
	...['tt', 'u', 'var', 'wbr'],
]);

/** A CSS selector for the skipped elements and the ignored parts (for the browser's TreeWalker). */
export const SKIPPED_SELECTOR = [...SKIPPED_ELEMENTS, `[${IGNORE_ATTRIBUTE}]`].join(', ');

/**
 * Elements that label the next one (`<dt>` in the metadata card's `<dl>`): the text reads a separator
 * after them, so an excerpt shows `类型：问答` / `Type: FAQ`, not a run of words.
 */
export const LABEL_ELEMENTS: ReadonlySet<string> = new Set(['dt']);

/**
 * What the text reads after a label, in the page's language (`<html lang>`).
 * @example labelSeparator('zh-CN') // '：'
 */
export const labelSeparator = (lang: string): string => (/^zh\b/i.test(lang) ? '：' : ': ');
