import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGS } from '../schemas/common.ts';

/**
 * Indexes the built site with Pagefind's Node API after `astro build`: one index per language,
 * written to `dist/{lang}/pagefind/`, so a page loads only its own language's index.
 * Any indexing error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const lang of LANGS) {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
          if (!index || errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: `${lang}/**/*.html` });
          if (added.errors.length) throw new Error(`pagefind (${lang}): ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/${lang}/pagefind` });
          if (written.errors.length) throw new Error(`pagefind (${lang}): ${written.errors.join('; ')}`);
          logger.info(`${lang}: indexed ${added.page_count} pages`);
        }
        await pagefind.close();
      },
    },
  };
}
