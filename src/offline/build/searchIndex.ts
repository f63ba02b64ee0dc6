import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Lang } from '../../schemas/common.ts';
import { attr, elementsOf } from '../../lib/html.ts';
import { indexedPage } from '../../search/build/indexPage.ts';
import { FACETS, type PageFacts } from '../../search/results.ts';
import type { SectionStart } from '../../search/text.ts';

/**
 * The offline edition's search index (docs/offline.md): per language, every page that Pagefind
 * indexes, with the same indexed text (src/lib/search/indexedText.ts) and the same facts (its
 * `data-pagefind-filter`, `-sort` and `-meta` attributes), written as a classic script so that it
 * loads from `file://`. The offline backend checks each page's text with the shared matching rules,
 * so it finds exactly the pages that contain the query. Build-time only (parse5).
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One page of the offline index. */
export interface OfflinePage {
  /** The page's path inside the site, e.g. `zh/plans/x/`. */
  path: string;
  title: string;
  /** `data-pagefind-meta="kind:…"`: the document kind, absent for glossary and about pages. */
  kind?: string | undefined;
  /** `data-pagefind-sort="date:…"`. */
  date?: string | undefined;
  facets: PageFacts['facets'];
  /** The indexed text, as the web search defines it. */
  text: string;
  /** Headings with an id, each with the offset in `text` where its section starts. */
  sections: SectionStart[];
}

/** A language's offline index. */
export interface OfflineIndex {
  lang: Lang;
  pages: OfflinePage[];
  /** The Traditional → Simplified map of this language's web index (docs/search.md). */
  t2s: Record<string, string>;
}

/** The global that the index scripts fill in, one key per language. */
export const OFFLINE_INDEX_GLOBAL = 'siteSearchIndex';

const textOf = (n: Node): string => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in n ? n.childNodes.map(textOf).join('') : '');
const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The `key:value` pairs of one Pagefind attribute over the page's elements. */
const pairs = (elements: Element[], name: string): [string, string][] =>
  elements.flatMap((el) => {
    const v = attr(el, name);
    const at = v?.indexOf(':') ?? -1;
    return v && at > 0 ? [[v.slice(0, at).trim(), v.slice(at + 1).trim()] as [string, string]] : [];
  });

/**
 * A built page as the offline index holds it, or undefined when it has no `data-pagefind-body`
 * (Pagefind leaves such pages out, so the offline search does too).
 * @param path the page's path inside the site, e.g. `zh/plans/x/`
 */
export function offlinePage(html: string, path: string): OfflinePage | undefined {
  const indexed = indexedPage(html);
  if (!indexed) return undefined;
  const all = [...elementsOf(parse(html))];
  const meta = new Map(pairs(all, 'data-pagefind-meta'));
  const sort = new Map(pairs(all, 'data-pagefind-sort'));
  const facets: Record<string, string[]> = {};
  for (const [key, value] of pairs(all, 'data-pagefind-filter')) if ((FACETS as readonly string[]).includes(key)) (facets[key] ??= []).push(value);
  const titled = all.find((el) => attr(el, 'data-pagefind-meta') === 'title') ?? all.find((el) => el.tagName === 'h1');
  return {
    path,
    title: titled ? clean(textOf(titled)) : path,
    kind: meta.get('kind'),
    date: sort.get('date') ?? meta.get('date'),
    facets,
    text: indexed.text,
    sections: indexed.headings,
  };
}

/**
 * The index as a classic script: it adds the language's index to a global, which is how data
 * reaches a page opened from `file://` (fetch and module imports are blocked there).
 * `<` is escaped so the text can never close a script element.
 */
export function offlineIndexScript(index: OfflineIndex): string {
  const json = JSON.stringify(index).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `(self.${OFFLINE_INDEX_GLOBAL}=self.${OFFLINE_INDEX_GLOBAL}||{})[${JSON.stringify(index.lang)}]=${json};\n`;
}
