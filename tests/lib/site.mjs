// Helpers over a built site folder: list its pages and parse them, for the checks in tests/dist.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { OFFLINE } from '../../src/offline/layout.ts';
import { pageRedirects } from '../../src/redirects.ts';

export const DIST = path.resolve('dist');

/** The offline edition that every build writes beside dist/ (src/offline/build/offlineIntegration.ts), and its zip. */
export const DIST_OFFLINE = `${DIST}${OFFLINE.folderSuffix}`;
export const OFFLINE_ZIP = `${DIST_OFFLINE}.zip`;

/**
 * The variant build: `npm test` builds the site once more into its own folder, under a sub-path and
 * with a public origin (SITE_URL), so one extra build covers both (canonical links, feeds, sitemap).
 * `.test` is a reserved top-level domain (RFC 2606): the origin can never be a real host.
 */
export const SUBPATH = {
	root: path.resolve('dist-kb'),
	base: '/kb/',
	site: 'https://agreements.test',
};

/** Every .html file under a folder, as paths relative to it (posix separators). */
export function htmlFiles(root = DIST) {
	return readdirSync(root, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(path.sep).join('/'))
		.sort();
}

const forwardingFiles = new Set(pageRedirects.map((r) => `${r.from}index.html`));
/** Whether a built file is a redirect's forwarding page (src/redirects.ts), which is no page of a language. */
export const isForwardingPage = (file) => forwardingFiles.has(file);

/**
 * Whether a built page sends the reader on as it loads: a redirect's forwarding page, or a permanent
 * link /d/{id}/, which opens the reader's language (tests/e2e/permalink.test.mjs).
 */
export const forwardsOnLoad = (file) => isForwardingPage(file) || file.startsWith('d/');

/** The URL path a file is served at: `zh/plans/x/index.html` → `/zh/plans/x/`. */
export function urlPathOf(file, base = '/') {
	return base + file.replace(/index\.html$/, '');
}

/** Walks a parse5 tree depth-first. */
export function* walk(node) {
	yield node;
	for (const child of node.childNodes ?? []) yield* walk(child);
	if (node.content) yield* walk(node.content); // <template>
}

/** A parse5 element's attribute value, or undefined. */
export const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** Text content of a parse5 node. */
export function textOf(node) {
	let out = '';
	for (const n of walk(node)) if (n.nodeName === '#text') out += n.value;
	return out;
}

/** Parses a page of the built site. */
export function parsePage(file, root = DIST) {
	return parse(readFileSync(path.join(root, file), 'utf8'));
}

/** All elements of a parsed page. */
export const elements = (doc) => [...walk(doc)].filter((n) => n.tagName);

/** Whether an element's `class` lists `name`. */
export const hasClass = (el, name) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
