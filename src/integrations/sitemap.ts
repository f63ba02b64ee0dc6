import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapEntries, sitemapXml } from '../lib/sitemap.ts';

/**
 * After `astro build`, writes `sitemap.xml` at the base from the built pages' heads (src/lib/sitemap.ts):
 * every page that is not `noindex`, at its canonical URL, with its hreflang alternates. Only with
 * SITE_URL: a sitemap needs absolute URLs, and without SITE_URL the build names no host
 * (docs/metadata.md). Runs before the offline edition, so the copy is of the finished site.
 */
export function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'site:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) return logger.info('no SITE_URL: no sitemap.xml (it would need absolute URLs)');
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.html'))
          .sort();
        // One page read at a time: holding every page at once would put the whole site on the heap.
        const pages = (function* (): Generator<[string, string]> {
          for (const f of files) yield [f.split(path.sep).join('/'), readFileSync(path.join(root, f), 'utf8')];
        })();
        const entries = sitemapEntries(pages);
        writeFileSync(path.join(root, 'sitemap.xml'), sitemapXml(entries));
        logger.info(`sitemap.xml: ${entries.length} pages`);
      },
    },
  };
}
