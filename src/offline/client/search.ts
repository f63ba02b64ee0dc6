import { OFFLINE } from '../layout.ts';
import type { Lang } from '../../schemas/common.ts';
import type { SearchBackend } from '../../search/client/backend.ts';
import { OfflineBackend } from './offlineBackend.ts';

/**
 * The offline edition's search (docs/offline.md), a classic script that the edition's search pages
 * load before their own. The page's <site-search> stays the web UI, unchanged; it makes its engine
 * with the static `createBackend`, which the offline edition replaces (docs/search.md). The page's own
 * script defines the element, so this sets `createBackend` on the class as it is being defined.
 */
const here = (document.currentScript as HTMLScriptElement).src;
const root = new URL('../'.repeat(OFFLINE.searchScript.split('/').length - 1), here).href;
const createBackend = async (lang: Lang): Promise<SearchBackend> => new OfflineBackend(lang, new URL(OFFLINE.searchIndexFile(lang), here).href, root);

const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (name === 'site-search') Object.assign(constructor, { createBackend });
  define(name, constructor, options);
};
