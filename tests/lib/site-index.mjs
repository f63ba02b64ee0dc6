// One reading of every page of a built folder, kept for the checks that look at the whole site (links
// and anchors, published addresses, lang and title, the offline edition's links): each page is read
// and tokenized once per process (tests/lib/html-tokens.mjs), and only the facts those checks need
// are kept, so a build of any size fits in memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { walkTags } from './html-tokens.mjs';
import { htmlFiles } from './site.mjs';

/**
 * @typedef {{ tag: string, attr: string, value: string, rel?: string }} Ref a URL-bearing attribute
 * @typedef {{
 *   ids: Set<string>, refs: Ref[], selfLinked: string[], lang?: string, title?: string,
 *   hreflangs: string[], noindex: boolean, moduleScripts: number,
 * }} PageFacts `selfLinked`: ids of elements that hold a link to themselves (section headings)
 * @typedef {{ root: string, files: string[], pages: Map<string, PageFacts> }} SiteIndex
 */

/**
 * The URL-bearing attribute of an element that the checks follow; `data-href` is where a document
 * body lives (the section tools copy it, on document and parallel pages).
 */
function refOf(tag) {
  for (const attr of ['href', 'src', 'data-href']) if (tag.attrs[attr] !== undefined) return { tag: tag.name, attr, value: tag.attrs[attr], rel: tag.attrs.rel };
  if (tag.name === 'form' && tag.attrs.action !== undefined) return { tag: 'form', attr: 'action', value: tag.attrs.action };
  return undefined;
}

/** The facts of one page. @returns {PageFacts} */
export function pageFacts(html) {
  /** @type {PageFacts} */
  const facts = { ids: new Set(), refs: [], selfLinked: [], hreflangs: [], noindex: false, moduleScripts: 0 };
  walkTags(html, (tag, open) => {
    const { attrs } = tag;
    if (attrs.id) facts.ids.add(attrs.id);
    const ref = refOf(tag);
    if (ref) facts.refs.push(ref);
    if (tag.name === 'a' && attrs.href?.startsWith('#')) {
      const id = attrs.href.slice(1);
      if (attrs.id === id || open.some((o) => o.attrs.id === id)) facts.selfLinked.push(id);
    }
    if (tag.name === 'html') facts.lang ??= attrs.lang;
    else if (tag.name === 'title') facts.title ??= tag.text;
    else if (tag.name === 'link' && attrs.rel === 'alternate' && attrs.hreflang) facts.hreflangs.push(attrs.hreflang);
    else if (tag.name === 'meta' && attrs.name === 'robots' && /noindex/i.test(attrs.content ?? '')) facts.noindex = true;
    else if (tag.name === 'script' && attrs.src !== undefined && attrs.type?.trim().toLowerCase() === 'module') facts.moduleScripts++;
  });
  return facts;
}

const cache = new Map();

/**
 * Every page of a built folder and its facts, read once per process and folder.
 * @param {string} root
 * @returns {SiteIndex}
 */
export function siteIndex(root) {
  const key = path.resolve(root);
  if (!cache.has(key)) {
    const files = htmlFiles(key);
    cache.set(key, { root: key, files, pages: new Map(files.map((f) => [f, pageFacts(readFileSync(path.join(key, f), 'utf8'))])) });
  }
  return cache.get(key);
}
