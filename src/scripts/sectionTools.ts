// <site-section-tools>: copies a section's link or citation to the clipboard and says so in a live region.
import { formatCitation, type DocumentCitation } from '../lib/citation.ts';

/** How long the confirmation stays visible; it is cleared so the same message is announced again next time. */
const CONFIRMATION_MS = 4000;

/**
 * The section's absolute URL: the canonical address when the build has one (SITE_URL), else the
 * page's own location, without its query (e.g. `?highlight=`) and with the section's anchor.
 */
function sectionUrl(anchor: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical ?? location.href);
  url.search = '';
  url.hash = anchor;
  return url.href;
}

class SiteSectionTools extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', () => void this.copy(button.dataset.copy === 'citation'));
      button.disabled = false;
    }
  }

  /** The text a button copies: the section's URL, or its citation in the page's language. */
  text(citation: boolean): string {
    const { anchor = '', part } = this.dataset;
    const url = sectionUrl(anchor);
    if (!citation) return url;
    const facts = this.closest<HTMLElement>('[data-citation]')?.dataset.citation;
    if (!facts) return url;
    return formatCitation({ ...(JSON.parse(facts) as DocumentCitation), part, url });
  }

  async copy(citation: boolean) {
    const text = this.text(citation);
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    clearTimeout(this.#timer);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = this.dataset.copied ?? '';
      this.#timer = setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
    } catch {
      // No clipboard (permission refused, insecure context): show the text, and keep it, to copy by hand.
      status.textContent = `${this.dataset.failed ?? ''} ${text}`;
    }
  }
}

customElements.define('site-section-tools', SiteSectionTools);
