import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { attr, elementsOf, isElement, type HtmlElement, type HtmlNode } from '../../lib/html.ts';
import { IGNORE_ATTRIBUTE, INLINE_ELEMENTS, SKIPPED_ELEMENTS } from '../elements.ts';
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
  /** The page as Pagefind is given it: each indexed text node replaced by its tokens separated by spaces. */
  pagefindHtml(): string;
}

const childrenOf = (n: HtmlNode): HtmlNode[] => (isElement(n) && n.tagName === 'template' ? [] : 'childNodes' in n ? n.childNodes : []);
const isSkipped = (el: HtmlElement) => SKIPPED_ELEMENTS.has(el.tagName) || attr(el, IGNORE_ATTRIBUTE) !== undefined;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (n: HtmlNode): string => (n.nodeName === '#text' ? (n as TextNode).value : childrenOf(n).map(textOf).join(''));

/** The indexed pieces of the body regions in order: text nodes, and `null` for a word boundary. */
function piecesOf(bodies: HtmlElement[]): (TextNode | null)[] {
  const out: (TextNode | null)[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') return void out.push(n as TextNode);
    if (!isElement(n) || isSkipped(n)) return;
    const boundary = !INLINE_ELEMENTS.has(n.tagName);
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
  const doc = parse(html);
  const bodies: HtmlElement[] = [];
  const findBodies = (n: HtmlNode) => (isElement(n) && attr(n, 'data-pagefind-body') !== undefined ? void bodies.push(n) : childrenOf(n).forEach(findBodies));
  findBodies(doc);
  if (!bodies.length) return undefined;
  const all = [...elementsOf(doc)];
  const parts = piecesOf(bodies);
  const { tokens, owners } = tokensOf(parts);
  const offsets = tokenOffsets(tokens);
  const headings: SectionStart[] = [];
  for (const el of all) {
    const anchor = attr(el, 'id');
    if (!anchor || !/^h[2-6]$/.test(el.tagName)) continue;
    const inside = new Set<HtmlNode>();
    const collect = (c: HtmlNode) => (c.nodeName === '#text' ? void inside.add(c) : childrenOf(c).forEach(collect));
    collect(el);
    const mine = tokens.flatMap((_, i) => (inside.has(owners[i]!) ? [i] : []));
    if (mine.length) headings.push({ anchor, title: fromIndexTokens(tokens.slice(mine[0], mine.at(-1)! + 1)).trim(), start: offsets[mine[0]!]! });
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
    pagefindHtml() {
      const byNode = new Map<TextNode, string[]>();
      tokens.forEach((t, i) => byNode.set(owners[i]!, [...(byNode.get(owners[i]!) ?? []), t]));
      for (const p of parts) if (p) p.value = byNode.has(p) ? ` ${byNode.get(p)!.join(' ')} ` : '';
      // Skipped elements that Pagefind would read (`button`) are kept out of its words too.
      for (const el of all) if (SKIPPED_ELEMENTS.has(el.tagName) && attr(el, IGNORE_ATTRIBUTE) === undefined) el.attrs.push({ name: IGNORE_ATTRIBUTE, value: '' });
      return serialize(doc);
    },
  };
}

