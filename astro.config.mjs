// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { withBuildTiming } from './src/integrations/buildTiming.ts';
import { offlineEdition } from './src/offline/build/offlineIntegration.ts';
import { pagefindIndex } from './src/search/build/pagefindIntegration.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { rehypeSections } from './src/plugins/rehypeSections.ts';
import { remarkEntryContext } from './src/plugins/remarkEntryContext.ts';
import { remarkSectionAnchors } from './src/plugins/remarkSectionAnchors.ts';

export default defineConfig({
  // The public origin, for canonical links, feeds and the sitemap. Unset, the site has no absolute links.
  site: process.env.SITE_URL || undefined,
  // Deploy under a sub-path, e.g. BASE_PATH=/kb/.
  base: process.env.BASE_PATH || '/',
  // Variant builds (sub-path, offline) write elsewhere so dist/ stays the default build.
  outDir: process.env.OUT_DIR || './dist',
  // Builds of other content (fixtures, generated corpora) keep their own content cache, so entries never mix.
  cacheDir: process.env.CONTENT_ROOT ? `./node_modules/.astro-${process.env.CONTENT_ROOT.replace(/[^a-z0-9]+/gi, '-')}` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Prefetching would load pages the reader never asked for; offline copies gain nothing from it.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor runs no remark plugins; ours need the unified pipeline.
    // SmartyPants is off so quotes stay exactly as written in both languages. remark-cjk-friendly
    // lets **粗体。**紧接中文 work: CommonMark's emphasis rules assume spaces between words.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkSectionAnchors, remarkEntryContext],
      rehypePlugins: [rehypeSections],
    }),
  },
  // The offline edition is made from the finished build, so it comes last. BUILD_TIMING=file.json
  // records where the build's time goes (bench/build-scale.mjs, docs/performance.md).
  integrations: withBuildTiming([mdx(), pagefindIndex(), sitemap(), offlineEdition()], process.env.BUILD_TIMING),
});
