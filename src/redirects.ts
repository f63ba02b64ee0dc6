import type { AnchorRename, PageRedirect } from './lib/redirects.ts';

/*
 * Published addresses never break. tests/published-urls.txt lists every page and section anchor the
 * site has published; when one of them has to go, declare here where it went, and the build keeps it
 * working (tests/dist/published-urls.test.mjs checks both).
 */

/**
 * Pages that moved, as paths inside the site without the base. Each `from` becomes a small page that
 * forwards to `to`, keeping the reader's `#anchor` (src/pages/[...redirect].astro).
 */
export const pageRedirects: readonly PageRedirect[] = [
	// Every other kind list is a plural (agreements, plans, notices…), so readers who guess the pattern type faqs.
	{ from: 'zh/faqs/', to: 'zh/faq/' },
	{ from: 'en/faqs/', to: 'en/faq/' },
];

/** Section anchors renamed inside a document (both languages): the old anchor keeps leading to the section. */
export const anchorRenames: readonly AnchorRename[] = [];
