import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attr, elementsOf, isElement, type HtmlElement, type HtmlNode } from '../../lib/html.ts';
import { IGNORE_ATTRIBUTE, INLINE_ELEMENTS, LABEL_ELEMENTS, labelSeparator, SKIPPED_ELEMENTS } from '../elements.ts';
import { SEARCH_FILTERS, type PageFacts } from '../results.ts';
import { fromIndexTokens, readableToken, SPACE_TOKEN, tokenOffsets, toIndexTokens } from '../indexTokens.ts';
import type { SectionStart } from '../text.ts';

/**
 * Reads a built page once for search (build time only: parse5). What it reads is what search promises
 * to find (docs/search.md): the `data-pagefind-body` regions without their ignored parts and skipped
 * elements (src/search/elements.ts), with a space at every element boundary except inline ones.
 *
 * The text is also given as index tokens (`toIndexTokens`: whitespace as SPACE_TOKEN, Han characters as
 * bigrams), one index word per token, so that word positions in the index are token positions and a
 * query can be located character by character (docs/search.md).
 */

type TextNode = DefaultTreeAdapterMap['textNode'];
/** A piece of the indexed text: a text node of the page, or text the reading adds (a label's separator). */
type Piece = { value: string };

/** A built page as search reads it. */
export interface IndexedPage {
  /** The indexed text, whitespace collapsed. */
  text: string;
  /** The text as index tokens; `tokenOffsets(tokens)` gives where each starts in `text`. */
  tokens: string[];
  /** Headings h2–h6 with an id and indexed text, where each starts in `text`. */
  headings: SectionStart[];
  /** `data-pagefind-meta="title"`, else the first `h1`, whitespace collapsed. */
  title: string;
  /** `data-pagefind-meta="kind:…"`: the document kind; absent on the glossary and about pages. */
  kind?: string | undefined;
  /** Its `data-pagefind-filter` values and `data-pagefind-sort` date. */
  facts: PageFacts;
}

const childrenOf = (n: HtmlNode): HtmlNode[] => (isElement(n) && n.tagName === 'template' ? [] : 'childNodes' in n ? n.childNodes : []);
const isSkipped = (el: HtmlElement) => SKIPPED_ELEMENTS.has(el.tagName) || attr(el, IGNORE_ATTRIBUTE) !== undefined;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (n: HtmlNode): string => (n.nodeName === '#text' ? (n as TextNode).value : childrenOf(n).map(textOf).join(''));

/** The indexed pieces of the body regions in order: text (nodes, or a label's separator), and `null` for a word boundary. */
function piecesOf(bodies: HtmlElement[], lang: string): (Piece | null)[] {
  const out: (Piece | null)[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') return void out.push(n as TextNode);
    if (!isElement(n) || isSkipped(n)) return;
    const boundary = !INLINE_ELEMENTS.has(n.tagName);
    if (boundary) out.push(null);
    childrenOf(n).forEach(walk);
    if (LABEL_ELEMENTS.has(n.tagName)) out.push({ value: labelSeparator(lang) });
    if (boundary) out.push(null);
  };
  bodies.forEach(walk);
  return out;
}

/** Tokenises the pieces as one text and says which text node each token starts in. */
function tokensOf(parts: (Piece | null)[]) {
  let text = '';
  const starts: { node: Piece; at: number }[] = [];
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
  const owners: Piece[] = [];
  const space = /\s+/y;
  let at = lead;
  let s = 0;
  for (const token of tokens) {
    while (s + 1 < starts.length && starts[s + 1]!.at <= at) s++;
    owners.push(starts[s]!.node);
    space.lastIndex = at;
    at += token === SPACE_TOKEN ? space.exec(text)![0].length : readableToken(token).length;
  }
  return { tokens, owners };
}

/** The `key:value` pairs of one Pagefind attribute over the page's elements. */
const pairs = (elements: HtmlElement[], name: string): [string, string][] =>
  elements.flatMap((el) => {
    const v = attr(el, name);
    const at = v?.indexOf(':') ?? -1;
    return v && at > 0 ? [[v.slice(0, at).trim(), v.slice(at + 1).trim()] as [string, string]] : [];
  });

/**
 * A built page as search reads it (see the module comment), or undefined when it has no
 * `data-pagefind-body` (Pagefind leaves such pages out, and so does every index of ours).
 */
export function indexPage(html: string): IndexedPage | undefined {
  // Most pages of a site (lists, browse pages, parallel readings) are not indexed: skip their parse.
  if (!html.includes('data-pagefind-body')) return undefined;
  const doc = parse(html);
  const bodies: HtmlElement[] = [];
  const findBodies = (n: HtmlNode) => (isElement(n) && attr(n, 'data-pagefind-body') !== undefined ? void bodies.push(n) : childrenOf(n).forEach(findBodies));
  findBodies(doc);
  if (!bodies.length) return undefined;
  const all = [...elementsOf(doc)];
  const root = all.find((el) => el.tagName === 'html');
  const lang = (root && attr(root, 'lang')) ?? '';
  const parts = piecesOf(bodies, lang);
  const { tokens, owners } = tokensOf(parts);
  const offsets = tokenOffsets(tokens);
  // The first and last token of each piece, so a heading finds its tokens without a scan per heading.
  const span = new Map<Piece, [number, number]>();
  owners.forEach((piece, i) => span.set(piece, [span.get(piece)?.[0] ?? i, i]));
  const headings: SectionStart[] = [];
  for (const el of all) {
    const anchor = attr(el, 'id');
    if (!anchor || !/^h[2-6]$/.test(el.tagName)) continue;
    let [first, last] = [Infinity, -1];
    const collect = (c: HtmlNode): void => {
      const own = c.nodeName === '#text' ? span.get(c as TextNode) : undefined;
      if (own) [first, last] = [Math.min(first, own[0]), Math.max(last, own[1])];
      childrenOf(c).forEach(collect);
    };
    collect(el);
    if (last >= 0) headings.push({ anchor, title: fromIndexTokens(tokens.slice(first, last + 1)).trim(), start: offsets[first]! });
  }
  const meta = new Map(pairs(all, 'data-pagefind-meta'));
  const facets: Record<string, string[]> = {};
  for (const [key, value] of pairs(all, 'data-pagefind-filter')) if ((SEARCH_FILTERS as readonly string[]).includes(key)) (facets[key] ??= []).push(value);
  const titled = all.find((el) => attr(el, 'data-pagefind-meta') === 'title') ?? all.find((el) => el.tagName === 'h1');
  return {
    text: fromIndexTokens(tokens),
    tokens,
    headings,
    title: titled ? collapse(textOf(titled).normalize('NFKC')) : '',
    kind: meta.get('kind'),
    facts: { facets, date: new Map(pairs(all, 'data-pagefind-sort')).get('date') ?? meta.get('date') },
  };
}

