import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { attr, isElement } from '../../lib/html.ts';
import { relativePath } from '../../lib/paths.ts';

/**
 * The offline edition (docs/offline.md) is the built site rewritten to open from the file system
 * (`file://`): no server turns `/zh/x/` into `/zh/x/index.html` or knows where the site's root is, and
 * Chromium blocks module scripts there. These pure functions do the rewriting of one page or stylesheet;
 * ./offlineIntegration.ts applies them to a whole build.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

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
    .replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi, (_, quote: string, ref: string) => `url(${quote}${offlineHref(ref, fromFile, base)}${quote})`)
    .replace(/@import\s+(["'])([^"']+)\1/gi, (_, quote: string, ref: string) => `@import ${quote}${offlineHref(ref, fromFile, base)}${quote}`);
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

const setAttr = (el: Element, name: string, value: string) => {
  const a = el.attrs.find((x) => x.name === name);
  if (a) a.value = value;
  else el.attrs.push({ name, value });
};
const removeAttr = (el: Element, name: string) => void (el.attrs = el.attrs.filter((a) => a.name !== name));
const childrenOf = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);
function* elementsOf(n: Node): Generator<Element> {
  if (isElement(n)) yield n;
  for (const c of childrenOf(n)) yield* elementsOf(c);
  if (isElement(n) && n.tagName === 'template') yield* elementsOf((n as DefaultTreeAdapterMap['template']).content);
}
const isModuleScript = (el: Element) => el.tagName === 'script' && attr(el, 'type')?.trim().toLowerCase() === 'module';

/**
 * A built page rewritten for the offline edition:
 * - every link, asset, form target and `data-href` inside the site becomes relative and names a file ({@link offlineHref});
 * - `<style>` and `style="…"` URLs likewise ({@link rewriteCssUrls});
 * - module scripts become the deferred classic scripts that `classicScript` names, and module preloads
 *   go (everything they would fetch is inside the classic scripts);
 * - elements get the attributes of `elementAttributes`;
 * - `data-offline="omit"` elements are removed (e.g. the download link, which the edition does not hold)
 *   and `data-offline="show"` elements lose `hidden` (e.g. "this is the offline search").
 * @param file the page's path inside the built folder, e.g. `zh/plans/x/index.html`
 */
export function rewriteHtml(html: string, file: string, options: RewriteOptions): string {
  const doc = parse(html);
  const { base, classicScript, elementAttributes = {} } = options;
  const href = (ref: string) => offlineHref(ref, file, base);
  const drop: Element[] = [];
  for (const el of elementsOf(doc)) {
    for (const [name, value] of Object.entries(elementAttributes[el.tagName] ?? {})) setAttr(el, name, value);
    const mode = attr(el, 'data-offline');
    if (mode === 'omit') drop.push(el);
    if (mode === 'show') removeAttr(el, 'hidden');
    if (mode !== undefined) removeAttr(el, 'data-offline');
    if (el.tagName === 'link' && /\bmodulepreload\b/i.test(attr(el, 'rel') ?? '')) {
      drop.push(el);
      continue;
    }
    if (isModuleScript(el) && attr(el, 'src') !== undefined) {
      removeAttr(el, 'type');
      setAttr(el, 'src', relativePath(file, classicScript(attr(el, 'src')!)));
      setAttr(el, 'defer', '');
      continue;
    }
    for (const name of [...(URL_ATTRS[el.tagName] ?? []), ...URL_ATTRS['*']!]) {
      const value = attr(el, name);
      if (value !== undefined) setAttr(el, name, href(value));
    }
    for (const name of SRCSET_ATTRS) {
      const value = attr(el, name);
      if (value !== undefined) setAttr(el, name, value.split(',').map((c) => c.trim().replace(/^\S+/, (u) => href(u))).join(', '));
    }
    const style = attr(el, 'style');
    if (style !== undefined) setAttr(el, 'style', rewriteCssUrls(style, file, base));
    if (el.tagName === 'style') for (const t of childrenOf(el)) if (t.nodeName === '#text') (t as DefaultTreeAdapterMap['textNode']).value = rewriteCssUrls((t as DefaultTreeAdapterMap['textNode']).value, file, base);
  }
  for (const el of drop) el.parentNode?.childNodes.splice(el.parentNode.childNodes.indexOf(el), 1);
  return serialize(doc);
}

/**
 * A Vite chunk made ready to be bundled into a classic script: Vite's preload map (`__vite__mapDeps`)
 * lists the chunks a dynamic import needs, for `<link rel=modulepreload>`; in a classic bundle those
 * chunks are already inside, and the helper would resolve them from the site's root, which the file
 * system does not have. Emptying the map makes the helper only run the import.
 * @example emptyVitePreloadMap('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js"])))=>i.map(i=>d[i]);x()') // 'const __vite__mapDeps=()=>[];x()'
 */
export function emptyVitePreloadMap(js: string): string {
  const out = js.replace(/const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/, 'const __vite__mapDeps=()=>[];');
  // A Vite that writes the map differently would leave it in place, and the classic script would then
  // fetch chunks from the site's root at run time: fail the build instead.
  if (out === js && js.includes('__vite__mapDeps')) throw new Error('offline edition: this Vite writes __vite__mapDeps in a form src/offline/build/rewrite.ts does not know; update emptyVitePreloadMap');
  return out;
}
