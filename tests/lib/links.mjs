// The link checker over a built folder: every internal link, asset and form target resolves to a
// file of the folder, and every #anchor to an element id of the target page. Used on dist/, on the
// sub-path build and on the offline edition (where every link must also be relative and name a file).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { attr, elements, htmlFiles, parsePage } from './site.mjs';

/** Other schemes and protocol-relative URLs: the external-reference scan covers them. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The URL-bearing attribute of an element that the checker follows; `data-href` is where a document
 * body lives (the section tools copy it, on document and parallel pages).
 */
const refOf = (el) => attr(el, 'href') ?? attr(el, 'src') ?? attr(el, 'data-href') ?? (el.tagName === 'form' ? attr(el, 'action') : undefined);

/**
 * Broken links of a built folder, as `file: ref (why)` lines.
 * @param {{ root: string, base?: string, site?: string, offline?: boolean }} options `base`: the path
 *   the folder is served under; `site`: the public origin it was built with (SITE_URL), whose absolute
 *   links are checked as internal ones; `offline`: the folder is opened from the file system, so links
 *   must be relative and name a file (`…/index.html`), never a folder.
 */
export function brokenLinks({ root, base = '/', site, offline = false }) {
  const prefix = base.replace(/\/?$/, '/');
  const files = htmlFiles(root);
  const docs = new Map(files.map((f) => [f, parsePage(f, root)]));
  const idsOf = new Map([...docs].map(([f, doc]) => [f, new Set(elements(doc).map((e) => attr(e, 'id')).filter(Boolean))]));
  const broken = [];
  for (const [file, doc] of docs) {
    for (const el of elements(doc)) {
      const raw = refOf(el);
      const ref = site && raw?.startsWith(`${site}/`) ? raw.slice(site.length) : raw;
      if (ref === undefined || EXTERNAL.test(ref)) continue;
      const target = new URL(ref, `http://site${prefix}${file}`);
      const targetPath = decodeURIComponent(target.pathname);
      if (offline && ref.startsWith('/')) broken.push(`${file}: ${ref} (root-relative: breaks from the file system)`);
      if (!targetPath.startsWith(prefix)) {
        broken.push(`${file}: ${ref} (outside the base path ${prefix})`);
        continue;
      }
      let rel = targetPath.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) {
        if (offline && ref !== '' && !ref.startsWith('#') && !ref.startsWith('?')) broken.push(`${file}: ${ref} (names a folder: from the file system that opens a listing, not the page)`);
        rel += 'index.html';
      }
      if (!docs.has(rel) && !existsSync(path.join(root, rel))) broken.push(`${file}: ${ref} (no such page or file)`);
      else if (target.hash && docs.has(rel) && !idsOf.get(rel).has(decodeURIComponent(target.hash.slice(1))))
        broken.push(`${file}: ${ref} (no element with that id)`);
    }
  }
  return broken;
}
