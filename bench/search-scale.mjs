// Search at scale, on a generated corpus (bench/lib/corpus.mjs), side by side with plain Pagefind:
// for each size (entries, half per language) it builds the site (or reuses a build), prints the size of
// the site's index (docs/search.md) and of Pagefind's bundle, then measures in headless Chromium, medians
// of RUNS cold runs, the bytes fetched and the time to results for a first query from a cold page and
// for the next keystrokes, against the budgets of docs/design.md §8:
//   ours   the search page (<site-search>, the site's own index);
//   plain  Pagefind 1.5.2 with its default settings over the same built pages (the site's /pagefind/
//          bundle, which the build writes with Pagefind's defaults), called through its JS API in a
//          page of the same site, loading the data of as many results as the search page shows (10).
// Usage: npm run bench:search-scale -- [--reuse] [--copies=K] [entries…]   e.g. -- 1000 10000
// --reuse measures the sites already built in bench/out/dist-N (or site-N, by bench/build-scale.mjs). --copies=K also measures a site K
// times larger than the last size: its document pages copied K times under new ids and indexed again
// by the site's search integration (the vocabulary is the same, the index K times larger).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchIndex } from '../src/search/build/searchIntegration.ts';
import { openSite, rendererCpuClock } from '../tests/lib/browser.mjs';
import { writeCorpus } from './lib/corpus.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const REUSE = process.argv.includes('--reuse');
const COPIES = Number(
	process.argv.find((a) => a.startsWith('--copies='))?.slice('--copies='.length) ?? 0
);
const RUNS = 5;
/** docs/design.md §8. */
const BUDGET = { firstMs: 300, nextMs: 50, firstKB: 250, plainRatio: 1.1 };
/** What a reader types: the first query, then one more character at a time. */
const TYPING = {
	zh: ['医联', '医联体', '医联体建', '医联体建设'],
	en: ['medical', 'medical c', 'medical con', 'medical consortia'],
};
/** Results whose data a first query loads: the search page shows ten (PAGE in siteSearch.ts). */
const SHOWN = 10;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(1);
const secs = (s) => (Number.isFinite(s) ? s.toFixed(1) : '–');

/** Bytes and files under a folder (Pagefind's ready-made UIs, never loaded, left out). */
function folderBytes(root) {
	let bytes = 0;
	let files = 0;
	for (const f of readdirSync(root, { recursive: true }).map(String)) {
		if (/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(f)) continue;
		const s = statSync(path.join(root, f));
		if (s.isFile()) {
			bytes += s.size;
			files++;
		}
	}
	return { bytes, files };
}

function build(entries) {
	const root = `bench/out/corpus-${entries}`;
	const out = `bench/out/dist-${entries}`;
	// --reuse: this benchmark's last build of that size, else the build-scale benchmark's (bench/build-scale.mjs).
	if (REUSE)
		return existsSync(out)
			? { out, seconds: NaN, log: '' }
			: {
					out: `bench/out/site-${entries}`,
					seconds: NaN,
					log: readFileSync(`bench/out/site-${entries}.build.log`, 'utf8'),
				};
	writeCorpus(root, entries / 2);
	const started = performance.now();
	const run = spawnSync('npx', ['astro', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, CONTENT_ROOT: `./${root}`, OUT_DIR: `./${out}` },
		maxBuffer: 1 << 30,
	});
	if (run.status !== 0)
		throw new Error(
			`build of ${entries} entries failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`
		);
	return { out, seconds: (performance.now() - started) / 1000, log: run.stdout };
}

/** The site of `from` with each generated document page copied COPIES times, indexed again. */
async function copiedSite(from, entries) {
	const out = `bench/out/dist-${entries}`;
	rmSync(out, { recursive: true, force: true });
	cpSync(from, out, { recursive: true });
	for (const lang of ['zh', 'en']) {
		for (const kind of readdirSync(path.join(out, lang))) {
			const dir = path.join(out, lang, kind);
			if (!statSync(dir).isDirectory()) continue;
			for (const id of readdirSync(dir).filter((d) => d.startsWith('gen-')))
				for (let k = 1; k < COPIES; k++)
					cpSync(path.join(dir, id), path.join(dir, `${id}-${k}`), { recursive: true });
		}
	}
	const lines = [];
	await searchIndex().hooks['astro:build:done']({
		dir: pathToFileURL(`${path.resolve(out)}/`),
		logger: { info: (m) => lines.push(`[site:search] ${m}`) },
	});
	return { out, seconds: NaN, log: lines.join('\n') };
}

/**
 * Bytes of every response a browser context receives (the page's, and those of any worker, which the
 * page's Resource Timing does not see), raw and gzipped as a compressing server would send them.
 */
function countResponses(context) {
	const finished = [];
	context.on('requestfinished', (request) => finished.push(request));
	return {
		mark: () => finished.length,
		// Bodies are read after the measured span, so reading them does not slow the search down.
		async since(mark) {
			const body = async (request) =>
				(await (await request.response())?.body().catch(() => null)) ?? Buffer.alloc(0);
			const got = await Promise.all(finished.slice(mark).map(body));
			return {
				raw: got.reduce((sum, b) => sum + b.length, 0),
				gzip: got.reduce((sum, b) => sum + Math.min(b.length, gzipSync(b).length), 0),
			};
		},
	};
}

/** A fresh browser context with its byte counter and the renderer's CPU clock. */
async function coldPage(site, contextOptions = {}) {
	const context = await site.browser.newContext(contextOptions);
	const responses = countResponses(context);
	const page = await context.newPage();
	return { context, page, responses, cpuSeconds: await rendererCpuClock(page) };
}

/** Ours: the search page, the reader typing. Time is the UI's own measure, from search start to results shown. */
async function oursRun(site, lang) {
	const { context, page, responses, cpuSeconds } = await coldPage(site);
	await page.goto(site.url(`/${lang}/search/`), { waitUntil: 'networkidle' });
	const rows = [];
	for (const q of TYPING[lang]) {
		const mark = responses.mark();
		const measures = await page.evaluate(() => performance.getEntriesByName('site-search').length);
		const cpuBefore = await cpuSeconds();
		await page.locator('#search-q').fill(q);
		await page.waitForFunction(
			(n) => performance.getEntriesByName('site-search').length > n,
			measures
		);
		const cpuMs = ((await cpuSeconds()) - cpuBefore) * 1000;
		const ms = await page.evaluate(
			() => performance.getEntriesByName('site-search').at(-1).duration
		);
		await page.waitForTimeout(100);
		rows.push({ ms, cpuMs, ...(await responses.since(mark)) });
	}
	await context.close();
	return rows;
}

/**
 * Plain Pagefind: its JS API in a page of the same site (same language), the same queries, the data of
 * the first results. The site's Content-Security-Policy forbids WebAssembly, which Pagefind needs: a
 * site that used plain Pagefind would allow it, so the policy is bypassed for this page.
 */
async function plainRun(site, lang) {
	const { context, page, responses, cpuSeconds } = await coldPage(site, { bypassCSP: true });
	await page.goto(site.url(`/${lang}/search/`), { waitUntil: 'networkidle' });
	const rows = [];
	for (const q of TYPING[lang]) {
		const mark = responses.mark();
		const cpuBefore = await cpuSeconds();
		const ms = await page.evaluate(
			async ([q, shown, bundle]) => {
				const started = performance.now();
				globalThis.plainPagefind ??= import(bundle).then(
					async (pf) => (await pf.options({ basePath: bundle.replace(/pagefind\.js$/, '') }), pf)
				);
				const pf = await globalThis.plainPagefind;
				const found = await pf.search(q);
				await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
				return performance.now() - started;
			},
			[q, SHOWN, site.url('/pagefind/pagefind.js')]
		);
		const cpuMs = ((await cpuSeconds()) - cpuBefore) * 1000;
		await page.waitForTimeout(100);
		rows.push({ ms, cpuMs, ...(await responses.since(mark)) });
	}
	await context.close();
	return rows;
}

console.log('entries  build(s)  ours zh (KB, files)  ours en (KB, files)  pagefind (KB, files)');
const built = [];
const sizes = COPIES ? [...SIZES, SIZES.at(-1) * COPIES] : SIZES;
for (const [i, entries] of sizes.entries()) {
	const b = i < SIZES.length ? build(entries) : await copiedSite(built.at(-1)[1], entries);
	built.push([entries, b.out]);
	for (const line of b.log.split('\n').filter((l) => l.includes('[site:search]')))
		console.log(`         ${line.replace(/^.*\[site:search\] /, '')}`);
	const [zh, en, pf] = [
		folderBytes(path.join(b.out, '_search/zh')),
		folderBytes(path.join(b.out, '_search/en')),
		folderBytes(path.join(b.out, 'pagefind')),
	];
	const cell = (x) => `${kb(x.bytes)}, ${x.files}`.padStart(19);
	console.log(
		`${String(entries).padStart(7)}  ${secs(b.seconds).padStart(8)}  ${cell(zh)}  ${cell(en)}  ${cell(pf)}`
	);
}

console.log(
	`\nheadless Chromium, medians of ${RUNS} cold runs (a fresh context each); load average ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} at start`
);
console.log(
	'time: ours = search start to results shown (after the 120 ms typing pause); plain = search() to the data of its first 10 results'
);
console.log(
	"cpu: the renderer's CPU time over the same span; bytes: every response, gzipped as a compressing server sends them"
);
console.log(
	'entries  lang  query                 ours ms   cpu   KB gz | plain ms   cpu   KB gz | bytes ours/plain'
);
const verdicts = [];
for (const [entries, out] of built) {
	const site = await openSite({ root: out });
	for (const lang of ['zh', 'en']) {
		const [ours, plain] = [[], []];
		for (let i = 0; i < RUNS; i++) {
			ours.push(await oursRun(site, lang));
			plain.push(await plainRun(site, lang));
		}
		TYPING[lang].forEach((q, k) => {
			const m = (runs, key) => median(runs.map((r) => r[k][key]));
			const [ms, cpu, gz] = [m(ours, 'ms'), m(ours, 'cpuMs'), m(ours, 'gzip')];
			const [pms, pcpu, pgz] = [m(plain, 'ms'), m(plain, 'cpuMs'), m(plain, 'gzip')];
			const ratio = gz / pgz;
			console.log(
				`${String(entries).padStart(7)}  ${lang}    ${q.padEnd(20)}  ${ms.toFixed(0).padStart(6)} ${cpu.toFixed(0).padStart(5)} ${kb(gz).padStart(7)} | ${pms.toFixed(0).padStart(7)} ${pcpu.toFixed(0).padStart(5)} ${kb(pgz).padStart(7)} | ${k === 0 ? ratio.toFixed(2) : ''}`
			);
			if (k === 0)
				verdicts.push([
					entries,
					lang,
					ms <= BUDGET.firstMs,
					gz <= BUDGET.firstKB * 1024,
					ratio <= BUDGET.plainRatio,
				]);
			else verdicts.push([entries, lang, ms <= BUDGET.nextMs, true, true, q]);
		});
	}
	await site.close();
}
console.log(
	`\nbudgets (docs/design.md §8): first query ≤ ${BUDGET.firstMs} ms, ≤ ${BUDGET.firstKB} KB gzipped and ≤ ${BUDGET.plainRatio} × plain Pagefind's bytes; next keystrokes ≤ ${BUDGET.nextMs} ms`
);
for (const [entries, lang, time, bytes, ratio, q] of verdicts)
	if (!time || !bytes || !ratio)
		console.log(
			`over budget: ${entries} ${lang} ${q ? `keystroke "${q}"` : 'first query'}${time ? '' : ' (time)'}${bytes ? '' : ' (bytes)'}${ratio ? '' : ' (bytes against plain Pagefind)'}`
		);
