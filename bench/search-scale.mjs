// Search at scale, on a generated corpus (bench/lib/corpus.mjs): for 100, 1,000 and 10,000 entries
// (half per language) it prints the build time, the Pagefind indexing time and the index size per
// language; then, in headless Chromium on each corpus, the bytes fetched and the time to results
// for a first query from a cold page and for the next keystrokes (medians of RUNS runs), against
// DESIGN §8's budgets. Takes a while (the 10,000-entry build is several minutes); not part of npm test.
// Usage: npm run bench:search-scale -- [--reuse] [entries…]   e.g. npm run bench:search-scale -- 100 1000
// --reuse measures the sites already built in bench/out/dist-N (no build, so no build times).
// --copies=K also measures a site K times larger than the last size: its document pages copied K
// times under new ids and indexed again by the site's integration (for when building that size
// takes too long; the vocabulary is the same, the index and its postings K times larger).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindIndex } from '../src/search/build/pagefindIntegration.ts';
import { openSite } from '../tests/lib/browser.mjs';
import { writeCorpus } from './lib/corpus.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const REUSE = process.argv.includes('--reuse');
const COPIES = Number(process.argv.find((a) => a.startsWith('--copies='))?.slice('--copies='.length) ?? 0);
const RUNS = 5;
const BUDGET = { firstMs: 300, nextMs: 50, firstKB: 250 };
/** What a reader types: the first query, then one more character at a time. */
const TYPING = {
  zh: ['医联', '医联体', '医联体建', '医联体建设'],
  en: ['medical', 'medical c', 'medical con', 'medical consortia'],
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(1);
/** Seconds as printed; a dash when not measured (--reuse). */
const secs = (s) => (Number.isFinite(s) ? s.toFixed(1) : '–');

/** Bytes of Pagefind's index for one language: everything but its bundled UI, plus our facts and map. */
function indexBytes(bundle) {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(bundle, { recursive: true }).map(String)) {
    if (/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(f)) continue;
    const s = statSync(path.join(bundle, f));
    if (s.isFile()) (bytes += s.size), files++;
  }
  return { bytes, files };
}

function build(entries) {
  const root = `bench/out/corpus-${entries}`;
  const out = `bench/out/dist-${entries}`;
  if (REUSE) return { out, seconds: NaN, indexing: {} };
  writeCorpus(root, entries / 2);
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: `./${root}`, OUT_DIR: `./${out}` }, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`build of ${entries} entries failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const seconds = (performance.now() - started) / 1000;
  const indexing = Object.fromEntries([...run.stdout.matchAll(/(zh|en): indexed (\d+) pages in ([\d.]+) s/g)].map((m) => [m[1], Number(m[3])]));
  return { out, seconds, indexing };
}

/** The site of `from` with each generated document page copied `factor` times, indexed again. */
async function copiedSite(from, entries) {
  const out = `bench/out/dist-${entries}`;
  rmSync(out, { recursive: true, force: true });
  cpSync(from, out, { recursive: true });
  for (const lang of ['zh', 'en']) {
    rmSync(path.join(out, lang, 'pagefind'), { recursive: true, force: true });
    for (const kind of readdirSync(path.join(out, lang))) {
      const dir = path.join(out, lang, kind);
      if (!statSync(dir).isDirectory()) continue;
      for (const id of readdirSync(dir).filter((d) => d.startsWith('gen-'))) for (let k = 1; k < COPIES; k++) cpSync(path.join(dir, id), path.join(dir, `${id}-${k}`), { recursive: true });
    }
  }
  const indexing = {};
  const logger = {
    info(message) {
      const m = /^(zh|en): indexed \d+ pages in ([\d.]+) s/.exec(message);
      if (m) indexing[m[1]] = Number(m[2]);
    },
  };
  await pagefindIndex().hooks['astro:build:done']({ dir: pathToFileURL(`${path.resolve(out)}/`), logger });
  return { out, seconds: NaN, indexing };
}

/**
 * Bytes of every response a browser context receives, counted as they finish: those of the page and
 * of Pagefind's worker (which fetches the WebAssembly, the index chunks and the fragments, and which
 * the page's Resource Timing does not see). `raw` as our plain static server sends them, `gzip` as a
 * compressing server would (Pagefind's index files are gzipped already, so no smaller).
 */
function countResponses(context) {
  const finished = [];
  context.on('requestfinished', (request) => finished.push(request));
  return {
    mark: () => finished.length,
    // Bodies are read after the measured span, so reading them does not slow the search down.
    async since(mark) {
      const body = async (request) => (await (await request.response())?.body().catch(() => null)) ?? Buffer.alloc(0);
      const got = await Promise.all(finished.slice(mark).map(body));
      return { raw: got.reduce((sum, b) => sum + b.length, 0), gzip: got.reduce((sum, b) => sum + Math.min(b.length, gzipSync(b).length), 0) };
    },
  };
}

/** One cold run: a fresh browser context opens the search page, then the reader types. */
async function coldRun(site, lang) {
  const context = await site.browser.newContext();
  const responses = countResponses(context);
  const page = await context.newPage();
  // The renderer's CPU time (all its threads, Pagefind's worker included): unlike the wall-clock time
  // it does not grow when other work shares the cores.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime').value;
  await page.goto(site.url(`/${lang}/search/`), { waitUntil: 'networkidle' });
  const rows = [];
  for (const q of TYPING[lang]) {
    const mark = responses.mark();
    const measures = await page.evaluate(() => performance.getEntriesByName('site-search').length);
    const cpuBefore = await cpuSeconds();
    await page.locator('#search-q').fill(q);
    await page.waitForFunction((n) => performance.getEntriesByName('site-search').length > n, measures);
    const cpuMs = ((await cpuSeconds()) - cpuBefore) * 1000;
    const ms = await page.evaluate(() => performance.getEntriesByName('site-search').at(-1).duration);
    // Let the last finished requests' events arrive (the worker's come through their own target).
    await page.waitForTimeout(100);
    rows.push({ ms, cpuMs, ...(await responses.since(mark)) });
  }
  await context.close();
  return rows;
}

console.log('entries  build(s)  index zh(s)  index en(s)  index zh (KB, files)  index en (KB, files)');
const built = [];
const sizes = COPIES ? [...SIZES, SIZES.at(-1) * COPIES] : SIZES;
for (const [i, entries] of sizes.entries()) {
  const b = i < SIZES.length ? build(entries) : await copiedSite(built.at(-1)[1], entries);
  built.push([entries, b.out]);
  const size = (lang) => indexBytes(path.join(b.out, lang, 'pagefind'));
  const [zh, en] = [size('zh'), size('en')];
  console.log(`${String(entries).padStart(7)}  ${secs(b.seconds).padStart(8)}  ${secs(b.indexing.zh).padStart(11)}  ${secs(b.indexing.en).padStart(11)}  ${`${kb(zh.bytes)}, ${zh.files}`.padStart(20)}  ${`${kb(en.bytes)}, ${en.files}`.padStart(20)}`);
}

console.log(`\nheadless Chromium, medians of ${RUNS} cold runs; time = search start to results shown (without the 120 ms typing pause);`);
console.log(`cpu = the renderer's CPU time over the same span (with the typing pause); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
console.log('entries  lang  query                 time (ms)  cpu (ms)  fetched raw / gzip (KB)');
for (const [entries, out] of built) {
  const site = await openSite({ root: out });
  for (const lang of ['zh', 'en']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldRun(site, lang));
    TYPING[lang].forEach((q, k) => {
      const ms = median(runs.map((r) => r[k].ms));
      const [raw, gzip] = [median(runs.map((r) => r[k].raw)), median(runs.map((r) => r[k].gzip))];
      const cpu = median(runs.map((r) => r[k].cpuMs));
      const [budgetMs, note] = k === 0 ? [BUDGET.firstMs, ' (first query)'] : [BUDGET.nextMs, ''];
      const over = ms > budgetMs || (k === 0 && gzip > BUDGET.firstKB * 1024) ? '  over budget' : '';
      console.log(`${String(entries).padStart(7)}  ${lang}    ${q.padEnd(20)}  ${ms.toFixed(0).padStart(9)}  ${cpu.toFixed(0).padStart(8)}  ${`${kb(raw)} / ${kb(gzip)}`.padStart(23)}${note}${over}`);
    });
  }
  await site.close();
}
console.log(`\nbudgets (DESIGN §8): first query ≤ ${BUDGET.firstMs} ms and ≤ ${BUDGET.firstKB} KB fetched; next keystrokes ≤ ${BUDGET.nextMs} ms`);
