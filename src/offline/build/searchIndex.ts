import type { Lang } from '../../schemas/common.ts';
import type { IndexedPage } from '../../search/build/indexPage.ts';
import type { PageFacts } from '../../search/results.ts';
import type { SectionStart } from '../../search/text.ts';

/**
 * The offline edition's search index (docs/offline.md): per language, every page that Pagefind
 * indexes, with the same indexed text (src/search/build/indexPage.ts) and the same facts (its
 * `data-pagefind-filter`, `-sort` and `-meta` attributes), written as a classic script so that it
 * loads from `file://`. The offline backend checks each page's text with the shared matching rules,
 * so it finds exactly the pages that contain the query. Build-time only (parse5).
 */

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

/**
 * A built page as the offline index holds it, or undefined when it has no `data-pagefind-body`
 * (Pagefind leaves such pages out, so the offline search does too).
 * @param path the page's path inside the site, e.g. `zh/plans/x/`
 */
export function offlinePage(page: IndexedPage, path: string): OfflinePage {
  return { path, title: page.title || path, kind: page.kind, date: page.facts.date, facets: page.facts.facets, text: page.text, sections: page.headings };
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
