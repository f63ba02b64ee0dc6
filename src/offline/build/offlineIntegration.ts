import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import {
	copyFileSync,
	createWriteStream,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../../schemas/common.ts';
import { indexFolder } from '../../search/indexFormat.ts';
import { offlineScript, offlineScriptFile } from '../../search/client/transport.ts';
import { OFFLINE } from '../layout.ts';
import { emptyVitePreloadMap, offlineHref, rewriteCssUrls, rewriteHtml } from './rewrite.ts';

/**
 * After `astro build`, writes the offline edition (docs/offline.md): a copy of the built site that
 * opens from the file system, as `{outDir}-offline/` and `{outDir}-offline.zip`, and publishes the zip
 * with the site at `{outDir}/downloads/`. Runs after the search integration, whose index it carries as
 * classic scripts; any error fails the build.
 */
export function offlineEdition(): AstroIntegration {
	let base = '/';
	return {
		name: 'site:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const from = fileURLToPath(dir).replace(/\/$/, '');
				const to = `${from}${OFFLINE.folderSuffix}`;
				const files = await writeEdition(from, to, base);
				const written = performance.now();
				await zipFolder(to, files, OFFLINE.zipFolder, `${to}.zip`);
				mkdirSync(path.dirname(path.join(from, OFFLINE.download)), { recursive: true });
				copyFileSync(`${to}.zip`, path.join(from, OFFLINE.download));
				const seconds = (ms: number) => (ms / 1000).toFixed(1);
				logger.info(
					`${path.basename(to)}/: ${files.length} files in ${seconds(written - started)} s; zip ${(statSync(`${to}.zip`).size / 1024).toFixed(0)} KB in ${seconds(performance.now() - written)} s, published at ${OFFLINE.download}`
				);
			},
		},
	};
}

/** Files of a folder, as posix paths relative to it. */
const filesOf = (root: string) =>
	readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
		.sort();

const SEARCH_INDEX = new RegExp(`^(?:${LANGS.map((l) => indexFolder(l)).join('|')})`);
/**
 * Left out: Pagefind's bundle and Vite's module chunks, which cannot load from `file://` (module
 * imports, fetch), the published zip (the edition does not hold itself). The search index's JSON files
 * are written as classic scripts instead.
 */
const LEFT_OUT = /^(?:pagefind\/|_astro\/.*\.js$|downloads\/)/;

/** Writes the edition; returns its files. */
async function writeEdition(from: string, to: string, base: string): Promise<string[]> {
	rmSync(to, { recursive: true, force: true });
	const written: string[] = [];
	const write = (file: string, body: string | { copyOf: string }) => {
		mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
		if (typeof body === 'string') writeFileSync(path.join(to, file), body);
		else copyFileSync(body.copyOf, path.join(to, file));
		written.push(file);
	};
	// Chromium runs no module script loaded from file://: each becomes a classic script bundling its chunks.
	const moduleScripts = new Map<string, string>();
	const classicScript = (src: string) => {
		const entry = offlineHref(src, 'index.html', base).split(/[?#]/)[0]!;
		const out = `${OFFLINE.scripts}/${path.posix.basename(entry)}`;
		moduleScripts.set(entry, out);
		return out;
	};
	const options = {
		base,
		classicScript,
		elementAttributes: { 'site-search': { 'data-index-transport': 'script' } },
	};
	for (const file of filesOf(from).filter((f) => !LEFT_OUT.test(f))) {
		if (file.endsWith('.html'))
			write(file, rewriteHtml(readFileSync(path.join(from, file), 'utf8'), file, options));
		else if (file.endsWith('.css'))
			write(file, rewriteCssUrls(readFileSync(path.join(from, file), 'utf8'), file, base));
		// The search index: each file as a script that hands its data to the page, keyed by its path in the site.
		else if (SEARCH_INDEX.test(file) && file.endsWith('.json'))
			write(
				offlineScriptFile(file),
				offlineScript(file, readFileSync(path.join(from, file), 'utf8'))
			);
		else write(file, { copyOf: path.join(from, file) });
	}
	for (const [entry, out] of moduleScripts) {
		await bundle(path.join(from, entry), path.join(to, out), entry);
		written.push(out);
	}
	return written.sort();
}

/** One classic (IIFE) script from a module and everything it imports, static or dynamic. */
async function bundle(entry: string, outfile: string, what: string) {
	const result = await build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		logLevel: 'silent',
		plugins: [
			{
				name: 'vite-preload-map',
				setup(b) {
					b.onLoad({ filter: /\.js$/ }, (args) => ({
						contents: emptyVitePreloadMap(readFileSync(args.path, 'utf8')),
						loader: 'js',
					}));
				},
			},
		],
	}).catch((error: Error) => {
		throw new Error(`offline edition: cannot bundle ${what} as a classic script: ${error.message}`);
	});
	if (result.errors.length)
		throw new Error(`offline edition: ${what}: ${result.errors.map((e) => e.text).join('; ')}`);
}

/**
 * A zip of a folder's files under one top folder, so unzipping makes one folder, written to `out` as
 * it is made (yazl: one file open at a time, zlib's deflate, and ZIP64 when the edition holds 65,535
 * files or more, which a library of 10,000 entries does; fflate's zip cannot write that many).
 */
async function zipFolder(
	root: string,
	files: readonly string[],
	top: string,
	out: string
): Promise<void> {
	const zip = new ZipFile();
	const file = createWriteStream(out);
	zip.outputStream.pipe(file);
	const mtime = new Date();
	for (const f of files)
		zip.addFile(path.join(root, f), `${top}/${f}`, { mtime, compressionLevel: 6 });
	zip.end();
	await finished(file);
}
