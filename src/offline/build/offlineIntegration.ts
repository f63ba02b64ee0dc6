import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
        const zip = zipFolder(to, files, OFFLINE.zipFolder);
        writeFileSync(`${to}.zip`, zip);
        mkdirSync(path.dirname(path.join(from, OFFLINE.download)), { recursive: true });
        writeFileSync(path.join(from, OFFLINE.download), zip);
        logger.info(`${path.basename(to)}/: ${files.length} files; zip ${(zip.length / 1024).toFixed(0)} KB, published at ${OFFLINE.download}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
  const write = (file: string, body: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    writeFileSync(path.join(to, file), body);
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
  const options = { base, classicScript, elementAttributes: { 'site-search': { 'data-index-transport': 'script' } } };
  for (const file of filesOf(from).filter((f) => !LEFT_OUT.test(f))) {
    if (file.endsWith('.html')) write(file, rewriteHtml(readFileSync(path.join(from, file), 'utf8'), file, options));
    else if (file.endsWith('.css')) write(file, rewriteCssUrls(readFileSync(path.join(from, file), 'utf8'), file, base));
    // The search index: each file as a script that hands its data to the page, keyed by its path in the site.
    else if (SEARCH_INDEX.test(file) && file.endsWith('.json')) write(offlineScriptFile(file), offlineScript(file, readFileSync(path.join(from, file), 'utf8')));
    else write(file, readFileSync(path.join(from, file)));
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
          b.onLoad({ filter: /\.js$/ }, (args) => ({ contents: emptyVitePreloadMap(readFileSync(args.path, 'utf8')), loader: 'js' }));
        },
      },
    ],
  }).catch((error: Error) => {
    throw new Error(`offline edition: cannot bundle ${what} as a classic script: ${error.message}`);
  });
  if (result.errors.length) throw new Error(`offline edition: ${what}: ${result.errors.map((e) => e.text).join('; ')}`);
}

/** A zip of a folder's files under one top folder, so unzipping makes one folder. */
function zipFolder(root: string, files: readonly string[], top: string): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [`${top}/${f}`, readFileSync(path.join(root, f))])), { level: 9 });
}
