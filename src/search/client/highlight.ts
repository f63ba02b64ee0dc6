import { INLINE_ELEMENTS, LABEL_ELEMENTS, labelSeparator, SKIPPED_SELECTOR } from '../elements.ts';
import { findMatches, parseQuery } from '../text.ts';

/**
 * Highlights every match of `q` in the page's searchable region with the CSS Custom Highlight API
 * (no change to the DOM), and brings the first into view unless the URL names a section.
 * Called by the document page when it is opened from a search result (`?highlight=`).
 */
export function highlight(q: string) {
	const body = document.querySelector('[data-pagefind-body]');
	if (!body || !('highlights' in CSS)) return;
	// The region's text with whitespace collapsed, and for each character the text node it came from.
	let text = '';
	const from: { node: Text; offset: number }[] = [];
	const add = (ch: string, node: Text, offset: number) => {
		if (/\s/.test(ch) && (text === '' || text.endsWith(' '))) return;
		text += /\s/.test(ch) ? ' ' : ch;
		from.push({ node, offset });
	};
	// Read as the index reads the page (src/search/build/indexPage.ts): a space around blocks, a
	// separator after a label; added characters point at the last character read before them.
	const addAfterLast = (chars: string) => {
		const last = from.at(-1);
		if (last) for (const ch of chars) add(ch, last.node, last.offset + 1);
	};
	const separator = labelSeparator(document.documentElement.lang);
	const walk = (n: Node) => {
		if (n instanceof Text)
			return void [...n.data].reduce((at, ch) => (add(ch, n, at), at + ch.length), 0);
		if (!(n instanceof Element) || n.matches(SKIPPED_SELECTOR)) return;
		const boundary = !INLINE_ELEMENTS.has(n.localName);
		if (boundary) addAfterLast(' ');
		n.childNodes.forEach(walk);
		if (LABEL_ELEMENTS.has(n.localName)) addAfterLast(separator);
		if (boundary) addAfterLast(' ');
	};
	body.childNodes.forEach(walk);
	const ranges = findMatches(text, parseQuery(q)).map((m) => {
		const range = new Range();
		const start = from[m.start]!;
		const end = from[m.end - 1]!;
		range.setStart(start.node, start.offset);
		range.setEnd(end.node, Math.min(end.offset + 1, end.node.length));
		return range;
	});
	if (!ranges.length) return;
	CSS.highlights.set('search-hit', new Highlight(...ranges));
	if (!location.hash) ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}
