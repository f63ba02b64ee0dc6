import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { IGNORE_ATTRIBUTE, INLINE_ELEMENTS, SKIPPED_ELEMENTS } from '../search/elements.ts';
import { attr, isElement } from './html.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A section of a rendered document body: the heading's anchor, level, text and the section's own text. */
export interface BodySection {
	/** The heading's id: `s3-1` or a semantic anchor. */
	anchor: string;
	/** 2 for a part (`h2`), 3 for an item, 4 for a sub-item. */
	level: number;
	/** The heading's text, without its printed number. */
	heading: string;
	/** Text from the heading to the next section heading (of any level), one line per block. */
	text: string;
}

/** Text of a document body: what comes before the first heading, and each section. */
export interface BodyText {
	/** Text before the first section heading (an FAQ answer may be all lead). */
	lead: string;
	sections: BodySection[];
}

/** Table cells are separated by a tab within their row's line. */
const CELLS = new Set(['td', 'th']);
const HEADING = /^h([2-4])$/;

// The section's text is the page's searchable text (src/search/elements.ts): controls, scripts and what
// the page keeps out of search (printed numbers, copy buttons) are not part of it.
const skipped = (el: Element) =>
	SKIPPED_ELEMENTS.has(el.tagName) || attr(el, IGNORE_ATTRIBUTE) !== undefined;

/** Lines trimmed, spaces collapsed, empty lines dropped. */
const tidy = (raw: string) =>
	raw
		.split('\n')
		.map((line) =>
			line
				.replace(/ +/g, ' ')
				.replace(/ *\t */g, '\t')
				.replace(/^\t+|\t+$/g, '')
				.trim()
		)
		.filter(Boolean)
		.join('\n');

/** A heading's text on one line, without its printed number or controls. */
function headingText(head: Element): string {
	let raw = '';
	head.childNodes.forEach((child) => walkText(child, (text) => void (raw += text)));
	return tidy(raw).replace(/\s*\n\s*/g, ' ');
}

/**
 * Appends the text under a node to `emit`, a line break around each block and a tab after each cell.
 * `onHeading` may claim a section heading (return true) to start a new section there instead.
 */
function walkText(
	node: Node,
	emit: (text: string) => void,
	onHeading?: (el: Element) => boolean
): void {
	// Line breaks in the source are spaces; only blocks and cells make lines and tabs.
	if (node.nodeName === '#text')
		return emit((node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' '));
	if (!isElement(node) || skipped(node)) return;
	if (onHeading && HEADING.test(node.tagName) && attr(node, 'id') && onHeading(node)) return;
	const cell = CELLS.has(node.tagName);
	const block = !cell && !INLINE_ELEMENTS.has(node.tagName);
	if (block) emit('\n');
	node.childNodes.forEach((child) => walkText(child, emit, onHeading));
	emit(cell ? '\t' : block ? '\n' : '');
}

/**
 * Splits a rendered document body (the HTML of its MDX, as DocumentBody renders it) into sections at
 * each `h2`–`h4` with an id, in document order, whether or not sections are wrapped in elements.
 * @example sectionsOf('<p>Hi</p><h2 id="s1"><span class="secnum" data-pagefind-ignore>1.</span>Aims</h2><p>Text</p>')
 * // { lead: 'Hi', sections: [{ anchor: 's1', level: 2, heading: 'Aims', text: 'Text' }] }
 */
export function sectionsOf(html: string): BodyText {
	const chunks: { head?: Element; raw: string }[] = [{ raw: '' }];
	const emit = (text: string) => void (chunks.at(-1)!.raw += text);
	const onHeading = (head: Element) => chunks.push({ head, raw: '' }) > 0;
	parseFragment(html).childNodes.forEach((node) => walkText(node, emit, onHeading));
	const [lead, ...rest] = chunks;
	return {
		lead: tidy(lead!.raw),
		sections: rest.map(({ head, raw }) => ({
			anchor: attr(head!, 'id')!,
			level: Number(HEADING.exec(head!.tagName)![1]),
			heading: headingText(head!),
			text: tidy(raw),
		})),
	};
}
