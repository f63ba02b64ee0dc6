// One reading of every page of a built folder, kept for the checks that look at the whole site (links
// and anchors, published addresses, lang and title, other hosts, the offline edition's links): each
// page is read and tokenized once per process (tests/lib/html-tokens.mjs), and only the facts those
// checks need are kept, so a build of any size fits in memory.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { externalRefsOfTag } from './external-refs.mjs';
import { walkTags } from './html-tokens.mjs';
import { htmlFiles } from './site.mjs';

/**
 * @typedef {{ tag: string, attr: string, value: string, rel?: string, omitted?: true }} Ref a URL-bearing
 *   attribute, with the element's `rel`; `omitted`: inside an element that the offline edition leaves
 *   out (`data-offline="omit"`, docs/offline.md)
 * @typedef {{
 *   ids: Set<string>, refs: Ref[], selfLinked: string[], lang?: string, title?: string,
 *   hreflangs: string[], noindex: boolean, moduleScripts: number, hosts: import('./external-refs.mjs').Ref[],
 * }} PageFacts `selfLinked`: ids of elements that hold a link to themselves (section headings);
 *   `hosts`: references to any other origin (tests/lib/external-refs.mjs), before SITE_URL's are allowed
 * @typedef {{ root: string, files: string[], pages: Map<string, PageFacts> }} SiteIndex
 */

/**
 * The URL-bearing attribute of an element that the checks follow; `data-href` is where a document
 * body lives (the section tools copy it, on document and parallel pages).
 */
function refOf(tag) {
	const { rel } = tag.attrs;
	for (const attr of ['href', 'src', 'data-href'])
		if (tag.attrs[attr] !== undefined) return { tag: tag.name, attr, value: tag.attrs[attr], rel };
	if (tag.name === 'form' && tag.attrs.action !== undefined)
		return { tag: 'form', attr: 'action', value: tag.attrs.action };
	return undefined;
}

const omittedOffline = (tag) => tag.attrs['data-offline'] === 'omit';

/** The facts of one page. @returns {PageFacts} */
export function pageFacts(html) {
	/** @type {PageFacts} */
	const facts = {
		ids: new Set(),
		refs: [],
		selfLinked: [],
		hreflangs: [],
		noindex: false,
		moduleScripts: 0,
		hosts: [],
	};
	walkTags(html, (tag, open) => {
		const { attrs } = tag;
		facts.hosts.push(...externalRefsOfTag(tag));
		if (attrs.id) facts.ids.add(attrs.id);
		const ref = refOf(tag);
		if (ref && (omittedOffline(tag) || open.some(omittedOffline))) ref.omitted = true;
		if (ref) facts.refs.push(ref);
		if (tag.name === 'a' && attrs.href?.startsWith('#')) {
			const id = attrs.href.slice(1);
			if (attrs.id === id || open.some((o) => o.attrs.id === id)) facts.selfLinked.push(id);
		}
		if (tag.name === 'html') facts.lang ??= attrs.lang;
		else if (tag.name === 'title') facts.title ??= tag.text;
		else if (tag.name === 'link' && attrs.rel === 'alternate' && attrs.hreflang)
			facts.hreflangs.push(attrs.hreflang);
		else if (tag.name === 'meta' && attrs.name === 'robots' && /noindex/i.test(attrs.content ?? ''))
			facts.noindex = true;
		else if (
			tag.name === 'script' &&
			attrs.src !== undefined &&
			attrs.type?.trim().toLowerCase() === 'module'
		)
			facts.moduleScripts++;
	});
	return facts;
}

/** The facts of some pages of a folder, as `[file, facts]` pairs. */
export const readPages = (root, files) =>
	files.map((f) => [f, pageFacts(readFileSync(path.join(root, f), 'utf8'))]);

const cache = new Map();

/**
 * Every page of a built folder and its facts, read once per process and folder (or taken from
 * loadSiteIndex()).
 * @param {string} root
 * @returns {SiteIndex}
 */
export function siteIndex(root) {
	const key = path.resolve(root);
	if (!cache.has(key)) {
		const files = htmlFiles(key);
		cache.set(key, { root: key, files, pages: new Map(readPages(key, files)) });
	}
	return cache.get(key);
}

/**
 * Reads a folder's index with a worker thread per core, each reading its share of the pages, for the
 * builds whose reading takes seconds (bench/site-checks-scale.mjs); siteIndex() then returns it.
 * @param {string} root
 * @returns {Promise<SiteIndex>}
 */
export async function loadSiteIndex(root, threads = availableParallelism()) {
	const key = path.resolve(root);
	if (cache.has(key)) return cache.get(key);
	const files = htmlFiles(key);
	const shares = Array.from({ length: threads }, (_, i) =>
		files.filter((_, n) => n % threads === i)
	);
	const read = await Promise.all(
		shares.map(
			(share) =>
				new Promise((resolve, reject) => {
					const worker = new Worker(new URL('./site-index-worker.mjs', import.meta.url), {
						workerData: { root: key, files: share },
					});
					worker.once('message', resolve);
					worker.once('error', reject);
				})
		)
	);
	const pages = new Map(read.flat());
	const index = { root: key, files, pages: new Map(files.map((f) => [f, pages.get(f)])) };
	cache.set(key, index);
	return index;
}
