// The bare reference for bench/build-scale.mjs: Astro + MDX, nothing else, over the same generated
// content folder as the site (CONTENT_ROOT), one page per text. It runs from the repository's own
// node_modules (no install of its own). Pagefind runs after it, with its defaults, from the bench.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	outDir: process.env.OUT_DIR || './dist',
	cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	integrations: [mdx()],
});
