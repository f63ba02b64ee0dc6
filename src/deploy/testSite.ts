import { describeSite } from './site.ts';

/** A small build, as the host configuration tests need it. */
export const SAMPLE_FILES = [
	'404.html',
	'_astro/index.B1tAdj73.css',
	'_astro/toc.CLjH40u8.js',
	'data/en/plan.bib',
	'data/en/plan.ris',
	'data/zh/plan.ris',
	'data/figures.csv',
	'downloads/collab-agreements-offline.zip',
	'en/faq/index.html',
	'en/faqs/index.html',
	'en/index.html',
	'_search/en/index.json',
	'_search/en/3f9a0c1d2e/facts.json',
	'_search/en/3f9a0c1d2e/w/0.json',
	'pagefind/fragment/en_0a1b2c.pf_fragment',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.js',
	'pagefind/pagefind.en_1fc15865483.pf_meta',
	'pagefind/wasm.unknown.pagefind',
	'favicon.svg',
	'index.html',
];

export const sampleSite = (base = '/') =>
	describeSite(SAMPLE_FILES, {
		base,
		langs: ['zh', 'en'],
		redirects: [{ from: 'en/faqs/', to: 'en/faq/' }],
	});
