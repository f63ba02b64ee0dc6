// Static checks of the offline edition over every page (docs/offline.md), which a reader opens from
// file:// with no server: what a crawl in Chromium from the home pages saw page by page, read from the
// files instead, and that each page's links are its web page's, rewritten (tests/e2e/offline.test.mjs
// opens one page of each kind in Chromium).
import { isForwardingPage, urlPathOf } from './site.mjs';
import { siteIndex } from './site-index.mjs';

/** A link's target file inside the folder from a page at `from` (a path inside the site), query and hash dropped. */
function targetFile(ref, from) {
	const url = new URL(ref, `http://site/${from}`);
	if (url.origin !== 'http://site') return undefined;
	const file = decodeURIComponent(url.pathname.slice(1));
	return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/**
 * The pages of the two languages that no chain of links and search forms from the home pages reaches,
 * as a reader without a server needs; redirect pages (src/redirects.ts) only forward old addresses, so
 * nothing links to them.
 * @param {string} root the edition's folder
 */
export function unreachablePages(root, starts = ['zh/index.html', 'en/index.html']) {
	const { pages } = siteIndex(root);
	const seen = new Set(starts);
	const queue = [...starts];
	while (queue.length) {
		const from = queue.shift();
		for (const { tag, value } of pages.get(from)?.refs ?? []) {
			const file = tag === 'a' || tag === 'form' ? targetFile(value, from) : undefined;
			if (file?.endsWith('.html') && !seen.has(file)) {
				seen.add(file);
				queue.push(file);
			}
		}
	}
	return [...pages.keys()].filter(
		(f) => /^(zh|en)\//.test(f) && !isForwardingPage(f) && !seen.has(f)
	);
}

/**
 * The pages whose stylesheets are not the files their web page loads (so a page opened from the file
 * system would show unstyled), as `file: offline … / web …` lines.
 * @param {string} root the edition's folder
 * @param {string} webRoot the build it was made from
 */
export function unstyledPages(root, webRoot) {
	const web = siteIndex(webRoot).pages;
	const sheets = (facts, from) =>
		facts.refs
			.filter((r) => r.tag === 'link' && /\bstylesheet\b/i.test(r.rel ?? ''))
			.map((r) => targetFile(r.value, from))
			.sort()
			.join(' ');
	const out = [];
	for (const [file, facts] of siteIndex(root).pages) {
		const offline = sheets(facts, file);
		const online = web.has(file)
			? sheets(web.get(file), urlPathOf(file).slice(1))
			: '(no web page)';
		if (!offline || offline !== online)
			out.push(`${file}: offline ${offline || '(none)'} / web ${online || '(none)'}`);
	}
	return out;
}

/** A link of the site as a target file with its query and anchor, from a page at `from`; other hosts, schemes and same-page anchors as written. */
function target(ref, from) {
	if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref.trim()) || ref.trim() === '') return ref;
	const url = new URL(ref, `http://site/${from}`);
	return `${targetFile(ref, from)}${url.search}${url.hash}`;
}

/**
 * The links of each offline page that do not lead where its web page's links lead, as `file: web … /
 * offline …` lines: the edition's pages must be the web pages with each link rewritten for the file
 * system, link for link in document order. Left out of the pairing: what the edition leaves out
 * (`data-offline="omit"` elements, module preloads) and scripts, whose module scripts it replaces with
 * classic scripts of its own (the link checker and the browser tests check those).
 * @param {string} root the edition's folder
 * @param {string} webRoot the build it was made from
 */
export function misdirectedLinks(root, webRoot) {
	const web = siteIndex(webRoot).pages;
	const paired = (ref) =>
		!ref.omitted &&
		ref.tag !== 'script' &&
		!(ref.tag === 'link' && /\bmodulepreload\b/i.test(ref.rel ?? ''));
	const out = [];
	for (const [file, facts] of siteIndex(root).pages) {
		const online = web.get(file)?.refs.filter(paired) ?? [];
		const offline = facts.refs.filter(paired);
		const from = urlPathOf(file).slice(1);
		if (online.length !== offline.length)
			out.push(`${file}: ${offline.length} links offline, ${online.length} on the web`);
		else
			online.forEach((w, i) => {
				const o = offline[i];
				if (w.tag !== o.tag || w.attr !== o.attr || target(w.value, from) !== target(o.value, file))
					out.push(
						`${file}: web <${w.tag} ${w.attr}="${w.value}"> / offline <${o.tag} ${o.attr}="${o.value}">`
					);
			});
	}
	return out;
}
