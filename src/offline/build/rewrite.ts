import { attrOf, escapeAttribute, scanHtml, type StartTag } from '../../lib/htmlScan.ts';
import { relativePath } from '../../lib/paths.ts';

/**
 * The offline edition (docs/offline.md) is the built site rewritten to open from the file system
 * (`file://`): no server turns `/zh/x/` into `/zh/x/index.html` or knows where the site's root is, and
 * Chromium blocks module scripts there. These pure functions do the rewriting of one page or stylesheet;
 * ./offlineIntegration.ts applies them to a whole build.
 */

/** Attributes that hold one URL, by element (`*`: any element). */
const URL_ATTRS: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
	script: ['src'],
	img: ['src'],
	iframe: ['src'],
	embed: ['src'],
	audio: ['src'],
	video: ['src', 'poster'],
	source: ['src'],
	track: ['src'],
	input: ['src', 'formaction'],
	button: ['formaction'],
	form: ['action'],
	object: ['data'],
	// A page address for scripts (DocumentBody's, for the sections' "copy link").
	'*': ['data-href'],
};
const SRCSET_ATTRS = ['srcset', 'imagesrcset'];

/** A scheme (`https:`, `mailto:`, `data:` …) or a protocol-relative URL: not a path inside the site. */
const NOT_A_PATH = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * A link inside the site as the offline edition writes it: relative to the page or stylesheet that
 * holds it, naming a file (a folder gets `index.html`), with its `?query` and `#anchor` kept.
 * Links to other schemes, same-page anchors and paths outside the base are returned unchanged.
 * @param fromFile the holder's path inside the built folder, e.g. `zh/plans/x/index.html`
 * @param base the base path the site was built with, e.g. `/` or `/kb/`
 * @example offlineHref('/kb/en/plans/x/#s1', 'zh/plans/x/index.html', '/kb/') // '../../../en/plans/x/index.html#s1'
 * @example offlineHref('../', 'zh/plans/index.html', '/') // '../index.html'
 */
export function offlineHref(ref: string, fromFile: string, base: string): string {
	const trimmed = ref.trim();
	if (!trimmed || trimmed.startsWith('#') || NOT_A_PATH.test(trimmed)) return ref;
	const root = base.replace(/\/?$/, '/');
	const url = new URL(trimmed, `http://site${root}${fromFile}`);
	if (!url.pathname.startsWith(root)) return ref;
	let target = url.pathname.slice(root.length);
	if (target === '' || target.endsWith('/')) target += 'index.html';
	return `${relativePath(fromFile, target)}${url.search}${url.hash}`;
}

/**
 * A stylesheet with its `url(…)` and `@import` paths made relative to the file that holds it.
 * @example rewriteCssUrls('a{background:url(/kb/i.svg)}', '_astro/site.css', '/kb/') // 'a{background:url(../i.svg)}'
 */
export function rewriteCssUrls(css: string, fromFile: string, base: string): string {
	return css
		.replace(
			/url\(\s*(["']?)([^"')]+)\1\s*\)/gi,
			(_, quote: string, ref: string) => `url(${quote}${offlineHref(ref, fromFile, base)}${quote})`
		)
		.replace(
			/@import\s+(["'])([^"']+)\1/gi,
			(_, quote: string, ref: string) =>
				`@import ${quote}${offlineHref(ref, fromFile, base)}${quote}`
		);
}

/** What {@link rewriteHtml} needs besides the page. */
export interface RewriteOptions {
	/** The base path the site was built with. */
	base: string;
	/**
	 * The path (inside the edition) of the classic script that replaces a module script, by its `src` as
	 * the page writes it: Chromium runs no module script loaded from `file://`.
	 */
	classicScript: (src: string) => string;
	/**
	 * Attributes set on every element of a tag, e.g. `{ 'site-search': { 'data-index-transport': 'script' } }`:
	 * how a page's scripts learn that they run in the offline edition.
	 */
	elementAttributes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

type Attr = { name: string; value: string };
const isModuleScript = (tag: StartTag) =>
	tag.name === 'script' && attrOf(tag, 'type')?.trim().toLowerCase() === 'module';

/** A start tag written from its attributes (changed ones and the rest, as parse5's serialiser writes them). */
/** A start tag written from its attributes, self-closing (in SVG) if it was. */
const writeStartTag = (name: string, attrs: readonly Attr[], selfClosing: boolean) =>
	`<${name}${attrs.map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('')}${selfClosing ? '/' : ''}>`;

/**
 * A built page rewritten for the offline edition:
 * - every link, asset, form target and `data-href` inside the site becomes relative and names a file ({@link offlineHref});
 * - `<style>` and `style="…"` URLs likewise ({@link rewriteCssUrls});
 * - module scripts become the deferred classic scripts that `classicScript` names, and module preloads
 *   go (everything they would fetch is inside the classic scripts);
 * - elements get the attributes of `elementAttributes`;
 * - `data-offline="omit"` elements are removed (e.g. the download link, which the edition does not hold)
 *   and `data-offline="show"` elements lose `hidden` (e.g. "this is the offline search").
 *
 * The page is read once as tokens (src/lib/htmlScan.ts) and only what changes is rewritten: a start tag
 * with a changed attribute is written anew, an omitted element is cut out, the rest of the page stays
 * byte for byte as the build wrote it.
 * @param file the page's path inside the built folder, e.g. `zh/plans/x/index.html`
 */
/**
 * A built page rewritten for the offline edition:
 * - every link, asset, form target and `data-href` inside the site becomes relative and names a file ({@link offlineHref});
 * - `<style>` and `style="…"` URLs likewise ({@link rewriteCssUrls});
 * - module scripts become the deferred classic scripts that `classicScript` names, and module preloads
 *   go (everything they would fetch is inside the classic scripts);
 * - elements get the attributes of `elementAttributes`;
 * - `data-offline="omit"` elements are removed (e.g. the download link, which the edition does not hold)
 *   and `data-offline="show"` elements lose `hidden` (e.g. "this is the offline search").
 *
 * The page is read once as tokens (src/lib/htmlScan.ts) and only what changes is rewritten: a start tag
 * with a changed attribute is written anew, an omitted element is cut out, the rest of the page stays
 * byte for byte as the build wrote it.
 * @param file the page's path inside the built folder, e.g. `zh/plans/x/index.html`
 */
export function rewriteHtml(html: string, file: string, options: RewriteOptions): string {
	const { base, classicScript, elementAttributes = {} } = options;
	const href = (ref: string) => offlineHref(ref, file, base);
	/** The tag's attributes as the edition writes them. */
	const rewritten = (tag: StartTag): Attr[] => {
		let attrs: Attr[] = tag.attrs.map((a) => ({ ...a }));
		const set = (name: string, value: string) => {
			const found = attrs.find((a) => a.name === name);
			if (found) found.value = value;
			else attrs.push({ name, value });
		};
		for (const [name, value] of Object.entries(elementAttributes[tag.name] ?? {})) set(name, value);
		const mode = attrOf(tag, 'data-offline');
		if (mode === 'show') attrs = attrs.filter((a) => a.name !== 'hidden');
		if (mode !== undefined) attrs = attrs.filter((a) => a.name !== 'data-offline');
		if (isModuleScript(tag) && attrOf(tag, 'src') !== undefined) {
			attrs = attrs.filter((a) => a.name !== 'type');
			set('src', relativePath(file, classicScript(attrOf(tag, 'src')!)));
			set('defer', '');
			return attrs;
		}
		for (const a of attrs) {
			if (URL_ATTRS[tag.name]?.includes(a.name) || URL_ATTRS['*']!.includes(a.name))
				a.value = href(a.value);
			else if (SRCSET_ATTRS.includes(a.name))
				a.value = a.value
					.split(',')
					.map((c) => c.trim().replace(/^\S+/, (u) => href(u)))
					.join(', ');
			else if (a.name === 'style') a.value = rewriteCssUrls(a.value, file, base);
		}
		return attrs;
	};
	/** Source ranges to replace, in order. */
	const edits: { start: number; end: number; text: string }[] = [];
	/** Open elements, with the source range of the start tag of those to cut out. */
	const open: { name: string; omit?: { start: number; end: number } }[] = [];
	let omitting = 0;
	/** The source range of the current `<style>` element's text. */
	let style: { start: number; end: number } | undefined;
	scanHtml(html, {
		startTag(tag) {
			const omitted =
				attrOf(tag, 'data-offline') === 'omit' ||
				(tag.name === 'link' && /\bmodulepreload\b/i.test(attrOf(tag, 'rel') ?? ''));
			open.push({ name: tag.name, omit: omitted ? { start: tag.start, end: tag.end } : undefined });
			if (omitted) omitting++;
			if (omitting) return;
			if (tag.name === 'style') style = { start: tag.end, end: tag.end };
			const attrs = rewritten(tag);
			const same =
				attrs.length === tag.attrs.length &&
				attrs.every((a, i) => a.name === tag.attrs[i]!.name && a.value === tag.attrs[i]!.value);
			if (!same)
				edits.push({
					start: tag.start,
					end: tag.end,
					text: writeStartTag(tag.name, attrs, html[tag.end - 2] === '/'),
				});
		},
		endTag(name, _start, end, implied) {
			const at = open.findLastIndex((el) => el.name === name);
			if (at < 0) return;
			for (const el of open.splice(at).reverse()) {
				if (el.name === 'style' && style) {
					// Raw text: no character references to undo, so the rewritten CSS goes back as it is.
					const css = html.slice(style.start, style.end);
					const out = rewriteCssUrls(css, file, base);
					if (out !== css) edits.push({ ...style, text: out });
					style = undefined;
				}
				if (el.omit && !--omitting) {
					// Everything inside the element was left alone: drop edits made there, then cut it out
					// (up to its written end tag; a void element is its start tag).
					while (edits.length && edits.at(-1)!.start >= el.omit.start) edits.pop();
					edits.push({
						start: el.omit.start,
						end: implied || el.name !== name ? el.omit.end : end,
						text: '',
					});
				}
			}
		},
		text(_text, _start, end) {
			if (style) style.end = end;
		},
	});
	let out = '';
	let at = 0;
	for (const edit of edits) {
		out += html.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return out + html.slice(at);
}

/**
 * A Vite chunk made ready to be bundled into a classic script: Vite's preload map (`__vite__mapDeps`)
 * lists the chunks a dynamic import needs, for `<link rel=modulepreload>`; in a classic bundle those
 * chunks are already inside, and the helper would resolve them from the site's root, which the file
 * system does not have. Emptying the map makes the helper only run the import.
 * @example emptyVitePreloadMap('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js"])))=>i.map(i=>d[i]);x()') // 'const __vite__mapDeps=()=>[];x()'
 */
export function emptyVitePreloadMap(js: string): string {
	const out = js.replace(
		/const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/,
		'const __vite__mapDeps=()=>[];'
	);
	// A Vite that writes the map differently would leave it in place, and the classic script would then
	// fetch chunks from the site's root at run time: fail the build instead.
	if (out === js && js.includes('__vite__mapDeps'))
		throw new Error(
			'offline edition: this Vite writes __vite__mapDeps in a form src/offline/build/rewrite.ts does not know; update emptyVitePreloadMap'
		);
	return out;
}
