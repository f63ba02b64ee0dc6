// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { hostConfig } from './src/deploy/integration.ts';
import { contentErrors } from './src/integrations/contentErrors.ts';
import { withBuildTiming } from './src/integrations/buildTiming.ts';
import { offlineEdition } from './src/offline/build/offlineIntegration.ts';
import { searchIndex } from './src/search/build/searchIntegration.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { rehypeSections } from './src/plugins/rehypeSections.ts';
import { remarkEntryContext } from './src/plugins/remarkEntryContext.ts';
import { remarkSafeContent } from './src/plugins/remarkSafeContent.ts';
import { remarkSectionAnchors } from './src/plugins/remarkSectionAnchors.ts';

export default defineConfig({
	// The public origin, for canonical links, feeds and the sitemap. Unset, the site has no absolute links.
	site: process.env.SITE_URL || undefined,
	// Deploy under a sub-path, e.g. BASE_PATH=/kb/.
	base: process.env.BASE_PATH || '/',
	// Variant builds (sub-path, offline) write elsewhere so dist/ stays the default build.
	outDir: process.env.OUT_DIR || './dist',
	// Builds of other content (fixtures, generated corpora) keep their own content cache, so entries never mix.
	cacheDir: process.env.CONTENT_ROOT
		? `./node_modules/.astro-${process.env.CONTENT_ROOT.replace(/[^a-z0-9]+/gi, '-')}`
		: './node_modules/.astro',
	// `npm start` and `npm run serve` (astro preview) listen where PORT and HOST say.
	server: {
		port: Number(process.env.PORT) || 4321,
		...(process.env.HOST ? { host: process.env.HOST } : {}),
	},
	trailingSlash: 'always',
	// Every stylesheet and script is a file, never inlined into a page: the Content-Security-Policy
	// (src/deploy/csp.ts) then allows only the site's own files, with no hashes and no 'unsafe-inline'.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
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
			// remarkSafeContent first: an entry that could run code or reach another host fails the build.
			remarkPlugins: [
				remarkGfm,
				remarkSafeContent,
				remarkCjkFriendly,
				remarkSectionAnchors,
				remarkEntryContext,
			],
			rehypePlugins: [rehypeSections],
		}),
	},
	// The offline edition is made from the finished build; the host configuration (and precompressed
	// copies, which the edition does not want) after it. BUILD_TIMING=file.json records where the
	// build's time goes (bench/build-scale.mjs, docs/performance.md).
	integrations: withBuildTiming(
		[contentErrors(), mdx(), searchIndex(), sitemap(), offlineEdition(), hostConfig()],
		process.env.BUILD_TIMING
	),
});
