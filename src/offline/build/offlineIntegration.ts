import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyVitePreloadMap, moduleScriptSources, offlineHref, rewriteCssUrls, rewriteHtml } from './rewrite.ts';
import { OFFLINE } from '../layout.ts';
import { indexPage } from '../../search/build/indexPage.ts';
import { offlineIndexScript, offlinePage } from './searchIndex.ts';
import { LANGS } from '../../schemas/common.ts';

/**
 * After `astro build`, writes the offline edition (docs/offline.md): a copy of the built site that
 * opens from the file system, as `{outDir}-offline/` and `{outDir}-offline.zip`, and publishes the zip
 * with the site at `{outDir}/downloads/`. Runs after the Pagefind integration; any error fails the build.
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
        const { files, bytes } = await writeEdition(from, to, base);
        const zip = zipFolder(to, OFFLINE.zipFolder);
        writeFileSync(`${to}.zip`, zip);
        mkdirSync(path.dirname(path.join(from, OFFLINE.download)), { recursive: true });
        writeFileSync(path.join(from, OFFLINE.download), zip);
        logger.info(`${path.basename(to)}/: ${files} files, ${(bytes / 1024).toFixed(0)} KB; zip ${(zip.length / 1024).toFixed(0)} KB, published at ${OFFLINE.download}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
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

/**
 * Left out: Pagefind's bundles, which cannot load from `file://` (module imports, fetch); Vite's
 * module chunks, which become classic scripts; and the published zip (the edition does not hold itself).
 */
const LEFT_OUT = /^(?:(?:zh|en)\/pagefind\/|_astro\/.*\.js$|downloads\/)/;

async function writeEdition(from: string, to: string, base: string) {
  rmSync(to, { recursive: true, force: true });
  const files = filesOf(from).filter((f) => !LEFT_OUT.test(f));
  for (const f of files) cpSync(path.join(from, f), path.join(to, f));
  const pages = files.filter((f) => f.endsWith('.html'));
  const html = new Map(pages.map((f) => [f, readFileSync(path.join(from, f), 'utf8')]));

  // Chromium runs no module script loaded from file://: each becomes a classic script bundling its chunks.
  const classicScripts = new Map<string, string>();
  for (const [file, text] of html)
    for (const src of moduleScriptSources(text)) {
      if (classicScripts.has(src)) continue;
      const entry = offlineHref(src, 'index.html', base).split(/[?#]/)[0]!;
      const out = `${OFFLINE.scripts}/${path.posix.basename(entry)}`;
      await bundle(path.join(from, entry), path.join(to, out), `${file}: ${src}`);
      classicScripts.set(src, out);
    }
  // The offline search: the site's search UI with a backend whose index loads through classic scripts.
  await bundle(fileURLToPath(new URL('../client/search.ts', import.meta.url)), path.join(to, OFFLINE.searchScript), 'offline search');
  for (const lang of LANGS) {
    const indexed = [...html].filter(([f]) => f.startsWith(`${lang}/`)).flatMap(([f, text]) => { const page = indexPage(text); return page ? [offlinePage(page, f.replace(/index\.html$/, ''))] : []; });
    const t2s = JSON.parse(readFileSync(path.join(from, lang, 'pagefind', 't2s.json'), 'utf8')) as Record<string, string>;
    writeFileSync(path.join(to, OFFLINE.scripts, OFFLINE.searchIndexFile(lang)), offlineIndexScript({ lang, pages: indexed, t2s }));
  }

  for (const [file, text] of html) writeFileSync(path.join(to, file), rewriteHtml(text, file, { base, classicScripts, elementScripts: { 'site-search': OFFLINE.searchScript } }));
  for (const file of files.filter((f) => f.endsWith('.css'))) writeFileSync(path.join(to, file), rewriteCssUrls(readFileSync(path.join(to, file), 'utf8'), file, base));
  const all = filesOf(to);
  return { files: all.length, bytes: all.reduce((n, f) => n + readFileSync(path.join(to, f)).length, 0) };
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

/** A zip of a folder under one top folder, so unzipping makes one folder. */
function zipFolder(root: string, top: string): Uint8Array {
  return zipSync(Object.fromEntries(filesOf(root).map((f) => [`${top}/${f}`, readFileSync(path.join(root, f))])), { level: 9 });
}
