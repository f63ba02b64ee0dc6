import { joinBase } from '../../lib/paths.ts';
import { parseGzipJson } from '../gzipJson.ts';
import { FACTS_FILE, type Match, type PageFacts } from '../results.ts';
import { excerpt, findMatches, fromIndexTokens, runStarts, sectionHits, terms, tokenOffsets, type Query, type SectionStart } from '../text.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Hit, SearchBackend } from './backend.ts';

/** The parts of Pagefind 1.5.2's browser API that we use. */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<Fragment>;
}
interface Fragment {
  raw_url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** One look-up's answer: per page, the word positions. */
type Postings = Map<string, number[]>;

/**
 * The search backend over our Pagefind index (built by src/integrations/pagefind.ts: one index word
 * per token, Han characters as bigrams). Each index word of the query is looked up on its own
 * (`terms()`), and a page matches when they sit at the query's offsets (`runStarts()`).
 * Everything is cached, so the next keystroke costs only the look-ups it adds.
 */
export class PagefindBackend implements SearchBackend {
  readonly lang: Lang;
  readonly #bundle: string;
  readonly #base: string;
  #pagefind?: Promise<Pagefind>;
  #facts?: Promise<Record<string, PageFacts>>;
  #map?: Promise<Record<string, string>>;
  readonly #postings = new Map<string, Promise<Postings>>();
  /** Pagefind's `data()` of each page seen, to load its fragment later. */
  readonly #data = new Map<string, () => Promise<Fragment>>();

  /**
   * @param bundle URL of the index folder, e.g. `/zh/pagefind/` (with the site's base).
   * @param base the site's base path, put in front of result URLs.
   */
  constructor(lang: Lang, bundle: string, base: string) {
    this.lang = lang;
    this.#bundle = bundle;
    this.#base = base;
  }

  #engine(): Promise<Pagefind> {
    return (this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.#bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ basePath: this.#bundle, highlightParam: null });
      return pagefind;
    })());
  }

  /** A file of the index folder; a missing one is an error. */
  async #file(file: string): Promise<Response> {
    const r = await fetch(`${this.#bundle}${file}`);
    if (!r.ok) throw new Error(`search: ${file} ${r.status}`);
    return r;
  }

  warm() {
    void this.#engine();
    this.#facts ??= this.#file(FACTS_FILE).then(async (r) => parseGzipJson<Record<string, PageFacts>>(new Uint8Array(await r.arrayBuffer())));
  }

  simplifiedMap() {
    return (this.#map ??= this.#file('t2s.json').then((r) => r.json() as Promise<Record<string, string>>));
  }

  /**
   * Pages and positions of the words that begin with `word` (null: every page). Pagefind's exact
   * search (`"word"`) would be stricter but reports only the first position on each page.
   */
  #lookup(word: string | null): Promise<Postings> {
    const cacheKey = word ?? '';
    let found = this.#postings.get(cacheKey);
    if (!found) {
      found = this.#engine().then(async (pagefind) => {
        const out: Postings = new Map();
        for (const r of (await pagefind.search(word))?.results ?? []) {
          out.set(r.id, r.words);
          if (!this.#data.has(r.id)) this.#data.set(r.id, () => r.data());
        }
        return out;
      });
      this.#postings.set(cacheKey, found);
    }
    return found;
  }

  async match(query: Query): Promise<Match[]> {
    this.warm();
    const lookups = query.text ? terms(query) : [null];
    const [facts, ...answers] = await Promise.all([this.#facts!, ...lookups.map((k) => this.#lookup(k))]);
    const byKey = new Map(lookups.map((k, i) => [k ?? '', answers[i]!]));
    const pages = answers.reduce<string[] | undefined>((ids, a) => (ids ? ids.filter((id) => a.has(id)) : [...a.keys()]), undefined) ?? [];
    const out: Match[] = [];
    for (const id of pages) {
      const runs = query.text ? runStarts(query, new Map([...byKey].map(([k, a]) => [k, a.get(id) ?? []]))).length : 0;
      if (query.text && !runs) continue;
      out.push({ id, facts: facts[id] ?? { facets: {} }, score: runs });
    }
    return out;
  }

  async details(match: Match, query: Query): Promise<Hit | null> {
    if (!this.#data.has(match.id)) await this.#lookup(null);
    const fragment = await this.#data.get(match.id)?.();
    if (!fragment) return null;
    // Pagefind joins our tokens with spaces (and drops the zero-width spaces it adds itself).
    const tokens = fragment.content.split(' ');
    const text = fromIndexTokens(tokens);
    const matches = findMatches(text, query);
    if (query.text && !matches.length) return null;
    const starts = tokenOffsets(tokens);
    return {
      id: match.id,
      url: joinBase(this.#base, fragment.raw_url),
      title: fromIndexTokens((fragment.meta['title'] ?? '').split(' ')).trim(),
      kind: fragment.meta['kind'],
      date: fragment.meta['date'],
      excerpt: excerpt(text, matches),
      sections: sectionHits(text, sectionStarts(fragment, text, starts), matches),
    };
  }
}

/** Where each heading with an id starts in the page's text (Pagefind gives word positions). */
function sectionStarts(fragment: Fragment, text: string, starts: number[]): SectionStart[] {
  return fragment.anchors
    .filter((a) => /^h[2-6]$/.test(a.element))
    .map((head) => ({ anchor: head.id, title: fromIndexTokens(head.text.split(' ')).trim(), start: starts[head.location] ?? text.length }));
}
