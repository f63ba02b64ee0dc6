// <site-toc>: marks the contents entry of the section being read: the first heading in the top fifth
// of the viewport (the reader has just arrived at it, even when its section is shorter than that
// fifth), else the last heading above the viewport (the reader is inside its section), else none
// (the reader is above the first section).

/** How far down the viewport a heading counts as arrived at. */
const ARRIVED = 0.2;

class SiteToc extends HTMLElement {
	#onScroll: (() => void) | undefined;

	connectedCallback() {
		const entries: [heading: Element, link: HTMLAnchorElement][] = [];
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (heading) entries.push([heading, link]);
		}
		let current: HTMLAnchorElement | undefined;
		const mark = (link: HTMLAnchorElement | undefined) => {
			if (link === current) return;
			current?.removeAttribute('aria-current');
			link?.setAttribute('aria-current', 'true');
			current = link;
		};
		const update = () => {
			const line = innerHeight * ARRIVED;
			let found: HTMLAnchorElement | undefined;
			for (const [heading, link] of entries) {
				const top = heading.getBoundingClientRect().top;
				if (top > line) break;
				found = link;
				if (top >= 0) break;
			}
			mark(found);
		};
		let queued = false;
		this.#onScroll = () => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => ((queued = false), update()));
		};
		addEventListener('scroll', this.#onScroll, { passive: true });
		addEventListener('resize', this.#onScroll, { passive: true });
		update();
	}

	disconnectedCallback() {
		if (!this.#onScroll) return;
		removeEventListener('scroll', this.#onScroll);
		removeEventListener('resize', this.#onScroll);
	}
}

customElements.define('site-toc', SiteToc);
