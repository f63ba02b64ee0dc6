// <site-section-tools>: copies a section's link or citation to the clipboard and says so in a live region.
import { formatCitation, type DocumentCitation } from '../lib/citation.ts';

/** How long the confirmation stays visible; it is cleared so the same message is announced again next time. */
const CONFIRMATION_MS = 4000;

/**
 * The section's absolute URL: the address of the document its body belongs to (`data-href` on
 * DocumentBody's wrapper, or on a parallel page's column, so each column cites its own language's
 * document page), at the section's anchor. That address is already absolute with SITE_URL; else it is
 * resolved against the page's location (a relative file path in the offline edition).
 */
function sectionUrl(body: HTMLElement | null, anchor: string): string {
	const url = new URL(body?.dataset.href ?? location.href, location.href);
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

	/** The text a button copies: the section's URL, or its citation in the body's language. */
	text(citation: boolean): string {
		const { anchor = '', part } = this.dataset;
		const body = this.closest<HTMLElement>('[data-citation]');
		const url = sectionUrl(body, anchor);
		const facts = body?.dataset.citation;
		if (!citation || !facts) return url;
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
