import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { indexPage } from './indexPage.ts';
import { simplifiedMap } from './simplifiedMap.ts';
import type { PageFacts } from '../results.ts';
import { SEARCH_FILTERS, FACTS_FILE } from '../results.ts';
import { LANGS } from '../../schemas/common.ts';

/**
 * Indexes the built site with Pagefind's Node API after `astro build`: one index per language in
 * `dist/{lang}/pagefind/`, so a page loads only its own language's index. Any error fails the build.
 *
 * Pagefind is given each page with its text rewritten as our tokens (src/lib/search/indexedText.ts),
 * so a Chinese query can be matched character by character (docs/search.md). Beside Pagefind's
 * files we write `facts.json.gz` (each page's filters and date, for exact facet counts and sorting
 * without fetching every result) and `t2s.json` (the Traditional → Simplified map for this index).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const lang of LANGS) {
          const started = performance.now();
          const bundle = path.join(outDir, lang, 'pagefind');
          // Pagefind's word splitting and stemming would undo the tokens we give it; `und` has neither.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
          if (!index || errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
          const texts: string[] = [];
          for (const file of htmlFiles(path.join(outDir, lang))) {
            const page = indexPage(readFileSync(path.join(outDir, lang, file), 'utf8'));
            if (!page) continue;
            texts.push(page.text);
            const url = `/${lang}/${file.replace(/index\.html$/, '')}`;
            const added = await index.addHTMLFile({ url, content: page.pagefindHtml() });
            if (added.errors.length) throw new Error(`pagefind (${url}): ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) throw new Error(`pagefind (${lang}): ${written.errors.join('; ')}`);
          writeFileSync(path.join(bundle, FACTS_FILE), gzipSync(JSON.stringify(factsOf(bundle)), { level: 9 }));
          // Pages joined by a line break, so no phrase is found across two of them.
          const mapStarted = performance.now();
          const t2s = simplifiedMap(texts.join('\n'));
          const mapMs = performance.now() - mapStarted;
          writeFileSync(path.join(bundle, 't2s.json'), JSON.stringify(t2s));
          logger.info(`${lang}: indexed ${texts.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s (t2s map: ${Object.keys(t2s).length} entries in ${mapMs.toFixed(0)} ms)`);
        }
        await pagefind.close();
      },
    },
  };
}

const htmlFiles = (root: string) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'));

/** Pagefind's fragment file: gzip of `pagefind_dcd` followed by the page's JSON. */
interface Fragment {
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page's filters and sort date, keyed by Pagefind's page id (its fragment's name). */
function factsOf(bundle: string): Record<string, PageFacts> {
  const dir = path.join(bundle, 'fragment');
  const out: Record<string, PageFacts> = {};
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice('pagefind_dcd'.length)) as Fragment;
    const facets = Object.fromEntries(SEARCH_FILTERS.filter((f) => fragment.filters[f]?.length).map((f) => [f, fragment.filters[f]!]));
    out[file.replace(/\.pf_fragment$/, '')] = { facets, date: fragment.meta['date'] };
  }
  return out;
}
