/**
 * <site-search>: runs the query in `?q=` against this language's Pagefind index and lists the hits.
 * Pagefind (its code and index) is imported only once a query exists, so reading pages load nothing.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

export class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    if (query) void this.run(query);
  }

  async run(query: string) {
    const status = this.querySelector('.search-status')!;
    const list = this.querySelector('.search-results')!;
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`) as Promise<Pagefind>;
    const search = await (await this.#pagefind).search(query);
    const results = await Promise.all(search.results.map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url });
        const excerpt = document.createElement('p');
        excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = `${results.length}`;
  }
}
