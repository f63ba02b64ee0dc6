import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { attr, isElement } from '../../lib/html.ts';
import { fromIndexTokens, readableToken, SPACE_TOKEN, toIndexTokens, type SectionStart } from '../text.ts';

/**
 * The indexed text of a built page, and the page as Pagefind is given it. Build-time only (parse5).
 *
 * The indexed text is what search promises to find (docs/search.md): the `data-pagefind-body`
 * regions without `data-pagefind-ignore` parts and without the elements Pagefind drops, with a space
 * at every element boundary except inline ones (as Pagefind 1.5.2's parser lists them).
 *
 * For the index, every text node is rewritten as our index tokens separated by spaces (`toIndexTokens`:
 * whitespace as SPACE_TOKEN, Han characters as bigrams), so that Pagefind's word positions are
 * exactly our token positions, instead of jieba's words, which the browser's query segmentation
 * cannot reproduce (docs/search.md). The page on disk is not changed.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Elements Pagefind 1.5.2 drops with their content (fossick/parser.rs REMOVE_SELECTORS). */
const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements that do not separate words (fossick/parser.rs INLINE_SELECTORS, without `br`). */
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'map', 'object', 'output', 'q', 'samp', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'var']);

const childrenOf = (n: Node): Node[] => (isElement(n) && n.tagName === 'template' ? [] : 'childNodes' in n ? n.childNodes : []);

/** The indexed pieces of a page in order: text nodes, and `null` for a word boundary. */
function pieces(doc: Node): (TextNode | null)[] | undefined {
  const bodies: Element[] = [];
  const findBodies = (n: Node) => {
    if (isElement(n) && attr(n, 'data-pagefind-body') !== undefined) bodies.push(n);
    else childrenOf(n).forEach(findBodies);
  };
  findBodies(doc);
  if (!bodies.length) return undefined;
  const out: (TextNode | null)[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') return void out.push(n as TextNode);
    if (!isElement(n)) return;
    if (REMOVED.has(n.tagName) || attr(n, 'data-pagefind-ignore') !== undefined) return;
    const boundary = !INLINE.has(n.tagName);
    if (boundary) out.push(null);
    childrenOf(n).forEach(walk);
    if (boundary) out.push(null);
  };
  bodies.forEach(walk);
  return out;
}

/** Tokenises the pieces as one text and says which text node each token starts in. */
function tokensOf(parts: (TextNode | null)[]) {
  let text = '';
  const starts: { node: TextNode; at: number }[] = [];
  for (const p of parts) {
    if (p === null) text += ' ';
    else {
      starts.push({ node: p, at: text.length });
      text += p.value;
    }
  }
  text = text.replace(/\s+$/, '');
  const lead = text.length - text.trimStart().length;
  const tokens = toIndexTokens(text.slice(lead));
  // Offsets of tokens in `text`, to find the node each starts in.
  const owners: TextNode[] = [];
  let at = lead;
  let s = 0;
  for (const token of tokens) {
    while (s + 1 < starts.length && starts[s + 1]!.at <= at) s++;
    owners.push(starts[s]!.node);
    at += token === SPACE_TOKEN ? /^\s+/.exec(text.slice(at))![0].length : readableToken(token).length;
  }
  return { tokens, owners };
}

/** The indexed text of a page (see the module comment), or undefined when it has no `data-pagefind-body`. */
export function indexedText(html: string): string | undefined {
  const parts = pieces(parse(html));
  return parts && fromIndexTokens(tokensOf(parts).tokens);
}

/**
 * The page as Pagefind should index it: each indexed text node replaced by its tokens separated by
 * spaces. Returns undefined for pages without `data-pagefind-body` (Pagefind skips them anyway).
 */
export function htmlForIndex(html: string): { html: string; text: string } | undefined {
  const doc = parse(html);
  const parts = pieces(doc);
  if (!parts) return undefined;
  const { tokens, owners } = tokensOf(parts);
  const byNode = new Map<TextNode, string[]>();
  tokens.forEach((t, i) => {
    const list = byNode.get(owners[i]!) ?? [];
    list.push(t);
    byNode.set(owners[i]!, list);
  });
  for (const p of parts) if (p) p.value = byNode.has(p) ? ` ${byNode.get(p)!.join(' ')} ` : '';
  return { html: serialize(doc), text: fromIndexTokens(tokens) };
}

/**
 * The indexed text of a page (as {@link indexedText}) and its section headings (h2–h6 with an id, as
 * Pagefind lists them in its anchors) with the offsets where they start in that text; for the offline
 * search, which has no Pagefind fragment to read them from. Undefined without `data-pagefind-body`.
 */
export function indexedPage(html: string): { text: string; headings: SectionStart[] } | undefined {
  const doc = parse(html);
  const parts = pieces(doc);
  if (!parts) return undefined;
  const { tokens, owners } = tokensOf(parts);
  const starts: number[] = [];
  // Each token's offset in the readable text: the length of what it reads as (a bigram reads as one character).
  tokens.reduce((at, t, i) => ((starts[i] = at), at + readableToken(t).length), 0);
  const headings: SectionStart[] = [];
  const visit = (n: Node) => {
    if (isElement(n) && /^h[2-6]$/.test(n.tagName) && attr(n, 'id')) {
      const inside = new Set<Node>();
      const collect = (c: Node) => (c.nodeName === '#text' ? void inside.add(c) : childrenOf(c).forEach(collect));
      collect(n);
      const mine = tokens.flatMap((_, i) => (inside.has(owners[i]!) ? [i] : []));
      if (mine.length) headings.push({ anchor: attr(n, 'id')!, title: fromIndexTokens(tokens.slice(mine[0], mine[mine.length - 1]! + 1)).trim(), start: starts[mine[0]!]! });
    }
    childrenOf(n).forEach(visit);
  };
  visit(doc);
  return { text: fromIndexTokens(tokens), headings };
}
