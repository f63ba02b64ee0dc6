import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGS } from '../../schemas/common.ts';
import { indexFolder } from '../indexFormat.ts';
import { indexPage } from './indexPage.ts';
import { pagesGlob } from './pagesGlob.ts';
import { searchIndexFiles, type PageToIndex } from './searchIndex.ts';
import { simplifiedMap } from './simplifiedMap.ts';

/**
 * After `astro build`, indexes the built site for search (docs/search.md). Each page is read once
 * (`indexPage`), and each language gets the site's own index in `_search/{lang}/` (src/search/indexFormat.ts),
 * which the search page and the offline edition read. Pagefind then indexes the same pages (found by a
 * glob of their folders, `pagesGlob`, so it reads no other page) with its own settings into `pagefind/`:
 * the standard bundle that any Pagefind client can search (its UI, or a portal that merges the indexes
 * of several sites), with Pagefind's stemming and ranking. Any error fails the build.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'site:search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const indexed: string[] = [];
				for (const lang of LANGS) {
					const started = performance.now();
					const pages: PageToIndex[] = [];
					for (const file of htmlFiles(path.join(outDir, lang))) {
						const page = indexPage(readFileSync(path.join(outDir, lang, file), 'utf8'));
						if (!page) continue;
						pages.push({ url: `${lang}/${file.replace(/index\.html$/, '')}`, page });
						indexed.push(`${lang}/${file}`);
					}
					// Pages joined by a line break, so no phrase is found across two of them.
					const t2s = simplifiedMap(pages.map((p) => p.page.text).join('\n'));
					const bytes = replaceFolder(
						path.join(outDir, indexFolder(lang)),
						searchIndexFiles(lang, pages, t2s)
					);
					logger.info(
						`${lang}: indexed ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s (${(bytes / 1024).toFixed(0)} KB, t2s map: ${Object.keys(t2s).length} entries)`
					);
				}
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({});
				if (!index || errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir, glob: pagesGlob(indexed) });
				if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
				// Pagefind's writeFiles() answers before its last write has reached the disk (its service writes
				// with tokio and does not flush), and close() then stops the service: under load a bundle was
				// left with a pagefind.js of 32 KB out of 45 KB. getFiles() hands over the bytes instead.
				const { files, errors: notBuilt } = await index.getFiles();
				if (notBuilt.length) throw new Error(`pagefind: ${notBuilt.join('; ')}`);
				await pagefind.close();
				replaceFolder(
					path.join(outDir, 'pagefind'),
					files.map((f) => [f.path, f.content])
				);
				logger.info(
					`pagefind: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`
				);
			},
		},
	};
}

/** Replaces a folder with the given files (path inside it, content); returns the bytes written. */
function replaceFolder(
	folder: string,
	files: Iterable<readonly [string, string | Uint8Array]>
): number {
	rmSync(folder, { recursive: true, force: true });
	let bytes = 0;
	for (const [file, body] of files) {
		mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
		writeFileSync(path.join(folder, file), body);
		bytes += Buffer.byteLength(body);
	}
	return bytes;
}

const htmlFiles = (root: string) =>
	readdirSync(root, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(path.sep).join('/'));
