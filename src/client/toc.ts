// <site-toc>: marks the contents entry of the section being read. Each section is a <section>
// (rehypeSections); the one crossing a line near the top of the viewport is current.

class SiteToc extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const links = new Map<Element, HTMLAnchorElement>();
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const section = document.getElementById(decodeURIComponent(link.hash.slice(1)))?.closest('section');
      if (section) links.set(section, link);
    }
    const sections = [...links.keys()];
    const crossing = new Set<Element>();
    let current: HTMLAnchorElement | undefined;
    const mark = (link: HTMLAnchorElement | undefined) => {
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'true');
      current = link;
    };
    // A thin band 20% down the viewport: a part and its item both cross it, and the item, later in
    // document order, wins. In the gap between two sections nothing crosses it and the mark stays,
    // unless the reader is back above the first section.
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) (e.isIntersecting ? crossing.add(e.target) : crossing.delete(e.target));
        const inside = sections.filter((s) => crossing.has(s)).at(-1);
        if (inside) mark(links.get(inside));
        else if (sections[0] && sections[0].getBoundingClientRect().top > innerHeight * 0.2) mark(undefined);
      },
      { rootMargin: '-20% 0px -79% 0px' },
    );
    for (const s of sections) this.#observer.observe(s);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define('site-toc', SiteToc);
