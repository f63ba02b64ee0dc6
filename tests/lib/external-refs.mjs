// Finds references to other hosts in a built site: anything that would make a reader's browser
// contact a host other than the site's own (docs/design.md §6). Precise about what counts:
// - HTML/SVG: attribute values that are URLs (href, src, srcset, action, poster, meta refresh, …),
//   CSS in style attributes and <style>, code in inline <script>, JSON in data-* attributes and
//   JSON <script> blocks. Text nodes are page content: a URL written there is a mention, not a request.
// - CSS: url(…), @import and image-set strings.
// - JS: string literals that start with a URL (fetch('https://…'), import('//cdn…')), and CSS url()
//   written inside strings. A URL inside prose (an error message, a credit line) is not a request.
// - JSON: string values that are URLs (a JSON-LD `@context` and schema.org terms are vocabulary names, not counted).
// - XML (feeds, sitemaps): attribute values and element texts that are URLs; namespace declarations
//   are names, never fetched.
import { startTags } from './html-tokens.mjs';

/** An absolute or protocol-relative URL naming a host (ws and ftp count: browsers connect to them). */
const URL_START = /^(?:(?:https?|wss?|ftp):)?\/\/[^/\s'"`]/i;

/**
 * Identifiers that look like URLs but are never requested: XML namespaces (createElementNS), the
 * reserved example domains (RFC 2606), which Pagefind uses as a dummy base to parse relative URLs, and
 * JSON Schema dialect ids (`$schema` of the open data's schemas), which validators know, never fetch.
 */
const NOT_FETCHED = [
	/^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|2000\/xmlns\/|XML\/1998\/namespace)/,
	/^https?:\/\/(?:www\.)?example\.(?:com|org|net)(?:[/:?#$]|$)/,
	/^https:\/\/json-schema\.org\/draft\/[\w-]+\/schema$/,
];

/**
 * @typedef {{ where: string, url: string }} Ref one reference: what holds it and the URL
 * @typedef {{ allowOrigins?: readonly string[] }} Options origins that may be referenced (SITE_URL's)
 */

/** Whether a URL-looking value points to another host (neither allowed nor a mere identifier). */
function isForeign(url, { allowOrigins = [] } = {}) {
	if (!URL_START.test(url)) return false;
	if (NOT_FETCHED.some((re) => re.test(url))) return false;
	let origin;
	try {
		origin = new URL(url, 'https://relative.invalid').origin;
	} catch {
		return true; // unparseable but URL-shaped: report it rather than guess
	}
	return !allowOrigins.includes(origin);
}

const refs = (where, urls, options) =>
	urls
		.map((u) => u.trim())
		.filter((u) => isForeign(u, options))
		.map((url) => ({ where, url }));

/** References in a stylesheet (or a style attribute). @returns {Ref[]} */
export function externalRefsInCss(css, options = {}, where = 'css') {
	const urls = [
		...[...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2]),
		...[...css.matchAll(/@import\s+(["'])([^"']*)\1/gi)].map((m) => m[2]),
		...[...css.matchAll(/image-set\(([^)]*)\)/gi)].flatMap((m) =>
			[...m[1].matchAll(/(["'])([^"']*)\1/g)].map((s) => s[2])
		),
	];
	return refs(where, urls, options);
}

/** References in a script: string literals that start with a URL, and CSS url()/@import inside strings. @returns {Ref[]} */
export function externalRefsInJs(js, options = {}, where = 'js') {
	const literals = [...js.matchAll(/(["'`])((?:(?:https?|wss?|ftp):)?\/\/[^"'`\s]*)/gi)].map(
		(m) => m[2]
	);
	return [...refs(where, literals, options), ...externalRefsInCss(js, options, where)];
}

/** A term of the schema.org vocabulary, such as the enumeration value https://schema.org/InForce: a name, like `@context`. */
const SCHEMA_ORG_TERM = /^https?:\/\/schema\.org\/[A-Z][A-Za-z]*$/;

/** A string that starts with a URL, as JSON may write it (`\/` or `\u002f` for `/`). */
const JSON_URL_STRING = /"(?:(?:https?|wss?|ftp):)?(?:\/|\\\/|\\u002f){2}/i;

/** References in JSON data: string values that are URLs. @returns {Ref[]} */
export function externalRefsInJson(json, options = {}, where = 'json') {
	// Most data files (the search index, open data) hold no URL at all: parse only those that might.
	if (typeof json === 'string' && !JSON_URL_STRING.test(json)) return [];
	const strings = [];
	const visit = (v) => {
		if (typeof v === 'string' && !SCHEMA_ORG_TERM.test(v)) strings.push(v);
		// A JSON-LD `@context` names a vocabulary (https://schema.org), like an XML namespace: no browser fetches it.
		else if (v && typeof v === 'object')
			Object.entries(v).forEach(([key, value]) => key !== '@context' && visit(value));
	};
	visit(typeof json === 'string' ? JSON.parse(json) : json);
	return refs(where, strings, options);
}

/** Attributes whose value is a list of URLs with descriptors. */
const SRCSET = new Set(['srcset', 'imagesrcset']);
const JSON_SCRIPT = /^application\/(?:ld\+)?json$|^importmap$|^speculationrules$/;

/**
 * References in one element of an HTML or SVG document: its attributes, and the text of a `<style>` or
 * `<script>`. @param {import('./html-tokens.mjs').StartTag} tag @returns {Ref[]}
 */
export function externalRefsOfTag({ name: tag, attrs, text = '' }, options = {}) {
	const out = [];
	for (const [name, value] of Object.entries(attrs)) {
		const where = `<${tag} ${name}>`;
		if (name === 'xmlns' || name.startsWith('xmlns:')) continue; // namespace names
		if (name === 'style') out.push(...externalRefsInCss(value, options, where));
		else if (SRCSET.has(name))
			out.push(
				...refs(
					where,
					value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''),
					options
				)
			);
		else if (tag === 'meta' && name === 'content' && /refresh/i.test(attrs['http-equiv'] ?? ''))
			out.push(...refs(where, [/url\s*=\s*['"]?([^'"]*)/i.exec(value)?.[1] ?? ''], options));
		else if (name.startsWith('data-') && /^\s*[[{]/.test(value)) {
			try {
				out.push(...externalRefsInJson(value, options, where));
			} catch {
				out.push(...refs(where, [value], options));
			}
		} else out.push(...refs(where, [value], options));
	}
	if (tag === 'style') out.push(...externalRefsInCss(text, options, '<style>'));
	if (tag === 'script') {
		const type = (attrs.type ?? '').trim().toLowerCase();
		if (JSON_SCRIPT.test(type))
			out.push(...externalRefsInJson(text, options, `<script type="${type}">`));
		else if (!type || type === 'module' || /javascript/.test(type))
			out.push(...externalRefsInJs(text, options, '<script>'));
	}
	return out;
}

/** References in an HTML or SVG document. @returns {Ref[]} */
export const externalRefsInHtml = (html, options = {}) =>
	startTags(html).flatMap((tag) => externalRefsOfTag(tag, options));

/** References in an XML file (feed, sitemap): attribute values and element texts that are URLs, namespaces aside. @returns {Ref[]} */
export function externalRefsInXml(xml, options = {}) {
	const out = [];
	for (const m of xml.matchAll(/<([?\w:.-]+)([^>]*?)\/?>([^<]*)/g)) {
		const [, tag, attrs, text] = m;
		for (const a of attrs.matchAll(/([\w:.-]+)\s*=\s*(["'])(.*?)\2/g))
			if (a[1] !== 'xmlns' && !a[1].startsWith('xmlns:'))
				out.push(...refs(`<${tag} ${a[1]}>`, [a[3]], options));
		out.push(...refs(`<${tag}>`, [text.replace(/^<!\[CDATA\[|\]\]>$/g, '')], options));
	}
	return out;
}

/** The scanner of each file type a folder scan reads (others, such as Pagefind's compressed index parts, hold no markup or code). */
export const SCANNERS = {
	'.html': externalRefsInHtml,
	'.htm': externalRefsInHtml,
	'.svg': externalRefsInHtml,
	'.css': externalRefsInCss,
	'.js': externalRefsInJs,
	'.mjs': externalRefsInJs,
	'.json': externalRefsInJson,
	'.webmanifest': externalRefsInJson,
	'.xml': externalRefsInXml,
	'.xsl': externalRefsInXml,
};

/** Whether a reference is to one of the allowed origins (SITE_URL's). @param {Ref} ref @param {Options} options */
export const allowed = (ref, { allowOrigins = [] } = {}) => !isForeign(ref.url, { allowOrigins });

/** The origins a build may reference: SITE_URL's, when it is set (canonical links, feeds, sitemap). */
export const siteOrigins = (siteUrl = process.env.SITE_URL) =>
	siteUrl ? [new URL(siteUrl).origin] : [];
