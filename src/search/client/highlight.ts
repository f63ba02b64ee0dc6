import { findMatches, parseQuery } from '../text.ts';

/** Elements whose text is not indexed (as in src/lib/search/indexedText.ts). */
const SKIP = 'script, style, noscript, template, svg, nav, footer, form, label, [data-pagefind-ignore]';
/** Inline elements: no word boundary at their edges. */
const INLINE = /^(A|ABBR|B|BDO|BUTTON|CITE|CODE|DFN|EM|I|KBD|Q|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|VAR|MARK)$/;

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
    acceptNode: (n) => (n instanceof Element && n.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Text) [...n.data].reduce((at, ch) => (add(ch, n, at), at + ch.length), 0);
    else if (!INLINE.test((n as Element).tagName) && from.length) add(' ', from.at(-1)!.node, from.at(-1)!.offset + 1);
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
