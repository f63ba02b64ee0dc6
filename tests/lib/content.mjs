// Reads the raw content folder (no Astro): document folders, their anchors and meta.yaml, for the content checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { t } from '../../src/i18n/index.ts';

export const CONTENT = path.resolve('content');
export const LANGS = ['zh', 'en'];

/** Ids of all document folders. */
export const documentIds = () =>
	readdirSync(path.join(CONTENT, 'documents'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();

/** A document's files: meta (parsed YAML) and the raw MDX of each language, or null when a file is missing. */
export function readDocument(id) {
	const dir = path.join(CONTENT, 'documents', id);
	const read = (name) =>
		existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), 'utf8') : null;
	const meta = read('meta.yaml');
	return {
		id,
		meta: meta === null ? null : parseYaml(meta),
		zh: read('zh.mdx'),
		en: read('en.mdx'),
	};
}

/** The `\{#anchor}` markers of an MDX body, in order. */
export const anchorsOf = (mdx) => [...mdx.matchAll(/\\\{#([a-z][a-z0-9-]*)\}/g)].map((m) => m[1]);

/** Frontmatter keys of an MDX file. */
export function frontmatterOf(mdx) {
	const match = /^---\n([\s\S]*?)\n---/.exec(mdx);
	return match ? parseYaml(match[1]) : {};
}

/** Every file under a folder with the given extensions. */
export const filesUnder = (dir, exts) =>
	readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => exts.some((e) => f.endsWith(e)))
		.map((f) => path.join(dir, f));

/** A date from YAML (which parses `2024-05-08` as a Date) as `YYYY-MM-DD`; partial dates stay as written. */
export const isoDate = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** The date a document is best known by, from raw meta.yaml: signed, else issued, held, published. */
export const primaryDate = (meta) =>
	isoDate(meta.dates.signed ?? meta.dates.issued ?? meta.dates.held ?? meta.dates.published);

/**
 * Who and when a document is cited to, read from the raw content by the rules of docs/open-data.md
 * ("Who a citation names"), written out here, not imported, so the tests check the site's code
 * against them: an FAQ entry to the site, dated when it was last updated; any other document to its
 * issuers, else its parties, else its source's publisher, with its primary date.
 */
export function citedTo(id, lang) {
	const { meta } = readDocument(id);
	if (meta.kind === 'faq') return { authors: [t(lang, 'site.name')], date: isoDate(meta.updated) };
	const bodies = meta.issuers?.length
		? meta.issuers
		: meta.parties?.length
			? meta.parties
			: [meta.source.publisher];
	const name = (org) =>
		parseYaml(readFileSync(path.join(CONTENT, 'organisations', `${org}.yaml`), 'utf8')).name[lang];
	return { authors: bodies.map(name), date: primaryDate(meta) };
}
