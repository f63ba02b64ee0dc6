import { INLINE_ELEMENTS, SKIPPED_SELECTOR } from '../elements.ts';
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
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (n instanceof Element && n.matches(SKIPPED_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Text) [...n.data].reduce((at, ch) => (add(ch, n, at), at + ch.length), 0);
    else if (!INLINE_ELEMENTS.has((n as Element).localName) && from.length) add(' ', from.at(-1)!.node, from.at(-1)!.offset + 1);
  }
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
