// The link checker over a built folder: every internal link, asset and form target resolves to a
// file of the folder, and every #anchor to an element id of the target page. Used on dist/, on the
// sub-path build and on the offline edition (where every link must also be relative and name a file).
// Also what each page declares about itself for links from elsewhere: its language, title and hreflang
// alternates. Both read the folder's index (tests/lib/site-index.mjs), once per process.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { siteIndex } from './site-index.mjs';

/** Other schemes and protocol-relative URLs: the external-reference scan covers them. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Broken links of a built folder, as `file: ref (why)` lines.
 * @param {{ root: string, base?: string, site?: string, offline?: boolean }} options `base`: the path
 *   the folder is served under; `site`: the public origin it was built with (SITE_URL), whose absolute
 *   links are checked as internal ones; `offline`: the folder is opened from the file system, so links
 *   must be relative and name a file (`…/index.html`), never a folder.
 */
export function brokenLinks({ root, base = '/', site, offline = false }) {
	const prefix = base.replace(/\/?$/, '/');
	const { pages } = siteIndex(root);
	// Pages link to the same assets over and over: ask the file system once per file.
	const seen = new Map();
	const exists = (rel) => seen.get(rel) ?? seen.set(rel, existsSync(path.join(root, rel))).get(rel);
	const broken = [];
	for (const [file, { refs }] of pages) {
		for (const { value: raw } of refs) {
			const ref = site && raw.startsWith(`${site}/`) ? raw.slice(site.length) : raw;
			if (EXTERNAL.test(ref)) continue;
			const target = new URL(ref, `http://site${prefix}${file}`);
			const targetPath = decodeURIComponent(target.pathname);
			if (offline && ref.startsWith('/'))
				broken.push(`${file}: ${ref} (root-relative: breaks from the file system)`);
			if (!targetPath.startsWith(prefix)) {
				broken.push(`${file}: ${ref} (outside the base path ${prefix})`);
				continue;
			}
			let rel = targetPath.slice(prefix.length);
			if (rel === '' || rel.endsWith('/')) {
				if (offline && ref !== '' && !ref.startsWith('#') && !ref.startsWith('?'))
					broken.push(
						`${file}: ${ref} (names a folder: from the file system that opens a listing, not the page)`
					);
				rel += 'index.html';
			}
			if (!pages.has(rel) && !exists(rel)) broken.push(`${file}: ${ref} (no such page or file)`);
			else if (
				target.hash &&
				pages.has(rel) &&
				!pages.get(rel).ids.has(decodeURIComponent(target.hash.slice(1)))
			)
				broken.push(`${file}: ${ref} (no element with that id)`);
		}
	}
	return broken;
}

/**
 * Pages without `<html lang>` or a title, and indexable pages without their hreflang alternates, as
 * `file: what` lines. Pages search engines drop (404, permanent links, forwarding pages: `noindex`) are
 * in no hreflang set (tests/dist/metadata.test.mjs).
 * @param {string} root
 */
export function pageMetadataProblems(root) {
	const missing = [];
	for (const [file, { lang, title, hreflangs, noindex }] of siteIndex(root).pages) {
		if (!lang) missing.push(`${file}: <html lang>`);
		if (!title?.trim()) missing.push(`${file}: <title>`);
		if (noindex) continue;
		for (const l of ['zh-CN', 'en'])
			if (!hreflangs.includes(l)) missing.push(`${file}: hreflang ${l}`);
	}
	return missing;
}
