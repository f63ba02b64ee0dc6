import type { Match } from '../../search/results.ts';
import type { OfflineIndex } from '../build/searchIndex.ts';
import { excerpt, findMatches, fold, sectionHits, type Query } from '../../search/text.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Hit, SearchBackend } from '../../search/client/backend.ts';

declare global {
  /** Filled in by the offline index scripts (src/lib/search/offlineIndex.ts), one key per language. */
  var siteSearchIndex: Partial<Record<Lang, OfflineIndex>> | undefined;
}

/**
 * The offline edition's search backend (docs/offline.md). Its index is a classic script, the only
 * way data reaches a page opened from `file://`, and it holds every indexed page's text, so `match()`
 * checks each page with the shared rules (`findMatches`): exactly the pages that contain the query,
 * as the contract asks. Tens of pages take well under a millisecond; the index for 10,000 pages
 * would be large, which is fine for a copy read from disk.
 */
export class OfflineBackend implements SearchBackend {
  readonly lang: Lang;
  readonly #indexUrl: string;
  readonly #root: string;
  #index?: Promise<OfflineIndex>;
  /** Each page's text folded once, for a quick first check (findMatches needs its folded text to contain the query). */
  #folded?: string[];

  /**
   * @param indexUrl URL of this language's index script
   * @param root URL of the edition's root folder, in front of result paths
   */
  constructor(lang: Lang, indexUrl: string, root: string) {
    this.lang = lang;
    this.#indexUrl = indexUrl;
    this.#root = root;
  }

  #load(): Promise<OfflineIndex> {
    return (this.#index ??= new Promise<OfflineIndex>((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: this.#indexUrl });
      script.addEventListener('load', () => {
        const index = globalThis.siteSearchIndex?.[this.lang];
        if (index) resolve(index);
        else reject(new Error(`offline search: ${this.#indexUrl} holds no ${this.lang} index`));
      });
      script.addEventListener('error', () => reject(new Error(`offline search: cannot load ${this.#indexUrl}`)));
      document.head.append(script);
    }));
  }

  warm(): void {
    void this.#load();
  }

  async simplifiedMap() {
    return (await this.#load()).t2s;
  }

  async match(query: Query): Promise<Match[]> {
    const { pages } = await this.#load();
    const folded = (this.#folded ??= pages.map((p) => fold(p.text)));
    return pages.flatMap((page, i) => {
      const score = query.text && folded[i]!.includes(query.text) ? findMatches(page.text, query).length : 0;
      return query.text && !score ? [] : [{ id: page.path, facts: { facets: page.facets, date: page.date }, score }];
    });
  }

  async details(match: Match, query: Query): Promise<Hit | null> {
    const page = (await this.#load()).pages.find((p) => p.path === match.id);
    if (!page) return null;
    const matches = findMatches(page.text, query);
    if (query.text && !matches.length) return null;
    return {
      id: page.path,
      url: new URL(`${page.path}index.html`, this.#root).href,
      title: page.title,
      kind: page.kind,
      date: page.date,
      excerpt: excerpt(page.text, matches),
      sections: sectionHits(page.text, page.sections, matches),
    };
  }
}

