// Published addresses (docs/design.md §3: published URLs never break): every page of a built site and every
// section anchor it publishes, as checked in at tests/published-urls.txt, and what has been lost since.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finalPath } from '../../src/lib/redirects.ts';
import { siteIndex } from './site-index.mjs';
import { urlPathOf } from './site.mjs';

/** The checked-in list; refresh it with `npm run published-urls` after publishing new pages or anchors. */
export const PUBLISHED_LIST = path.resolve('tests/published-urls.txt');

/**
 * The pages of a built folder (paths such as `/en/faq/`) and the ids of each page's elements.
 * @returns {Map<string, Set<string>>}
 */
export function builtPages(root) {
	return new Map([...siteIndex(root).pages].map(([f, { ids }]) => [urlPathOf(f), ids]));
}

/**
 * Every address a built folder publishes, sorted: each page (`/en/faq/`), and each anchor a reader can
 * copy or is sent to (`/en/plans/x/#s1`): ids of elements that link to themselves (section headings)
 * and ids that a link on another page points at (glossary terms). The skip link's `#main` and other
 * in-page targets are the page's own business, not published.
 */
export function publishedAddresses(root) {
	const out = new Set();
	const pages = builtPages(root);
	for (const [file, { refs, selfLinked }] of siteIndex(root).pages) {
		const page = urlPathOf(file);
		out.add(page);
		for (const id of selfLinked) out.add(`${page}#${id}`);
		for (const { tag, attr, value: ref } of refs) {
			if (
				tag !== 'a' ||
				attr !== 'href' ||
				!ref.includes('#') ||
				ref.startsWith('#') ||
				/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)
			)
				continue;
			const target = new URL(ref, `http://site${page}`);
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (anchor && pages.get(target.pathname)?.has(anchor))
				out.add(`${target.pathname}#${anchor}`);
		}
	}
	return [...out].sort();
}

/**
 * The listed addresses a build no longer serves, each with what to do: a page must exist or be
 * redirected (src/redirects.ts) to a page that exists; an anchor must exist on the page it ends up at
 * (a renamed anchor stays as an alias when declared in `anchorRenames`).
 * @param {string[]} listed addresses as in tests/published-urls.txt
 * @param {Map<string, Set<string>>} pages built pages and their ids (builtPages)
 * @param {readonly { from: string, to: string }[]} redirects page redirects, paths without the leading slash
 */
export function lostAddresses(listed, pages, redirects) {
	const lost = [];
	for (const address of listed) {
		const [page, anchor] = address.split('#');
		let final;
		try {
			final = `/${finalPath(page.slice(1), redirects)}`;
		} catch (e) {
			lost.push(`${address}: ${e.message}`);
			continue;
		}
		const moved = final !== page ? ` (redirected to ${final})` : '';
		if (!pages.has(final)) {
			lost.push(
				moved
					? `${address}: redirected to ${final}, which the build does not have`
					: `${address}: page gone; declare where it went in src/redirects.ts (pageRedirects) or bring it back`
			);
			continue;
		}
		if (anchor && !pages.get(final).has(anchor))
			lost.push(
				`${address}: anchor #${anchor} gone${moved}; declare its new anchor in src/redirects.ts (anchorRenames) or bring it back`
			);
	}
	return lost;
}

/** The checked-in list, one address a line (blank lines and `#`-comments at line start skipped). */
export const readPublishedList = (file = PUBLISHED_LIST) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));

/** Writes the list, keeping every address already listed (an address, once published, stays published). */
export function writePublishedList(addresses, file = PUBLISHED_LIST) {
	let kept = [];
	try {
		kept = readPublishedList(file);
	} catch {
		// first run: no list yet
	}
	const all = [...new Set([...kept, ...addresses])].sort();
	const header =
		'# Every page and section anchor the site has published (npm run published-urls adds new ones).\n# Never delete a line: when an address has to go, declare where it went in src/redirects.ts.\n';
	writeFileSync(file, header + all.join('\n') + '\n');
	return { total: all.length, added: all.length - kept.length };
}
