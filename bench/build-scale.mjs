// Build time at scale, against the bare stack (docs/performance.md). For each size it writes the
// generated corpus (bench/lib/corpus.mjs: entries/2 documents, each in zh and en), then builds it
//   - with the bare reference project in bench/reference/ (Astro + MDX, one page per entry, a minimal
//     layout), then plain Pagefind with its default settings (its CLI) over that output;
//   - with this site (CONTENT_ROOT, OUT_DIR, SITE_URL so the sitemap is written too, and BUILD_TIMING,
//     which records where the time goes: src/integrations/buildTiming.ts),
// each from a cold content cache, and prints both times, their ratio and the site's time by phase.
// Takes long (10,000 entries: tens of minutes); not part of npm test.
// Usage: npm run bench:build-scale -- [--site-only | --reference-only] [entries…]   e.g. -- 1000 10000
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { buildPhases } from '../src/lib/buildTiming.ts';
import { writeCorpus } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const SIZES = args.map(Number).filter(Boolean);
const SITE = !args.includes('--reference-only');
const REFERENCE = !args.includes('--site-only');
const OUT = 'bench/out';
const GOALS = { growth: 11, ratio: 2.5 };
if (SIZES.length === 0)
	throw new Error(
		'usage: npm run bench:build-scale -- [--site-only | --reference-only] 1000 10000'
	);

const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');
const secs = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '–');
const bin = (name) => path.resolve('node_modules/.bin', name);

/**
 * Runs a command, timing it from start to exit, with the CPU time of it and every process it ran
 * (bash's `times`: user + system of the waited-for children); its output goes to a log file.
 */
function run(label, command, commandArgs, env, log) {
	const started = performance.now();
	const loadBefore = load();
	const result = spawnSync(
		'bash',
		['-c', '"$@"; s=$?; times >&2; exit $s', 'bash', command, ...commandArgs],
		{ encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 }
	);
	const ms = performance.now() - started;
	writeFileSync(log, `${result.stdout}\n${result.stderr}`);
	if (result.status !== 0)
		throw new Error(
			`${label} failed (exit ${result.status ?? result.signal}); see ${log}:\n${result.stderr.slice(-2000)}`
		);
	const [, um, us, sm, ss] = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(result.stderr) ?? [];
	const cpuMs = ((Number(um) + Number(sm)) * 60 + Number(us) + Number(ss)) * 1000;
	return { ms, cpuMs, load: `${loadBefore} → ${load()}` };
}

/** The bare stack: the reference project's build, then plain Pagefind over its pages. */
function reference(entries, corpus) {
	const out = `${OUT}/reference-${entries}`;
	const cache = `${OUT}/reference-cache-${entries}`;
	rmSync(cache, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
	const build = run(
		'reference build',
		bin('astro'),
		['build', '--root', 'bench/reference'],
		{ CONTENT_ROOT: corpus, OUT_DIR: path.resolve(out), CACHE_DIR: path.resolve(cache) },
		`${out}.build.log`
	);
	const pagefind = run('pagefind', bin('pagefind'), ['--site', out], {}, `${out}.pagefind.log`);
	return { build, pagefind, ms: build.ms + pagefind.ms, cpuMs: build.cpuMs + pagefind.cpuMs };
}

/** The steps the integrations time themselves, from their log lines (the offline edition's files and zip, Pagefind's bundle). */
function ownTimings(log) {
	const seconds = (re) => Number(re.exec(log)?.[1] ?? NaN) * 1000;
	return {
		editionFiles: seconds(/\[site:offline\] .* files in ([\d.]+) s/),
		zip: seconds(/\[site:offline\] .* zip \d+ KB in ([\d.]+) s/),
		pagefind: seconds(/\[site:search\] pagefind: \d+ pages in ([\d.]+) s/),
	};
}

/** This site, timed by phase. */
function site(entries, corpus) {
	const out = `${OUT}/site-${entries}`;
	const timing = `${out}.timing.json`;
	// The site's content cache for this corpus (astro.config.mjs cacheDir), emptied for a cold build,
	// and the last run's output removed beforehand (Astro would spend the build's time emptying it).
	rmSync(`node_modules/.astro-${corpus.replace(/[^a-z0-9]+/gi, '-')}`, {
		recursive: true,
		force: true,
	});
	for (const old of [out, `${out}-offline`, `${out}-offline.zip`])
		rmSync(old, { recursive: true, force: true });
	const build = run(
		'site build',
		bin('astro'),
		['build'],
		{
			CONTENT_ROOT: corpus,
			OUT_DIR: `./${out}`,
			SITE_URL: 'https://example.org',
			BUILD_TIMING: timing,
		},
		`${out}.build.log`
	);
	const phases = buildPhases(JSON.parse(readFileSync(timing, 'utf8')));
	return {
		build,
		phases,
		own: ownTimings(readFileSync(`${out}.build.log`, 'utf8')),
		ms: build.ms,
		cpuMs: build.cpuMs,
	};
}

const cell = (wall, cpu) => `${secs(wall).padStart(7)} s ${`(cpu ${secs(cpu)})`.padStart(13)}`;
/** A phase's wall and CPU time, the garbage collections within it, and the heap in use when it ended. */
const phaseCells = (p) =>
	`${cell(p.ms, p.cpuMs)} ${p.gcMs === undefined ? ''.padStart(10) : `gc ${secs(p.gcMs)}`.padStart(10)} ${p.heapEnd ? `heap ${(p.heapEnd / 2 ** 20).toFixed(0)} MB` : ''}`.trimEnd();
const rows = [];
mkdirSync(OUT, { recursive: true });
for (const entries of SIZES) {
	const corpus = `./${OUT}/corpus-${entries}`;
	writeCorpus(corpus, entries / 2);
	console.log(
		`\n${entries.toLocaleString('en')} entries (${entries / 2} documents × zh, en); wall time, and CPU time of the build process and its children`
	);
	const ref = REFERENCE ? reference(entries, corpus) : undefined;
	if (ref) {
		console.log(`  reference: ${cell(ref.ms, ref.cpuMs)}`);
		console.log(
			`    ${'astro build'.padEnd(62)} ${cell(ref.build.ms, ref.build.cpuMs)}  load ${ref.build.load}`
		);
		console.log(
			`    ${'pagefind (CLI, default settings)'.padEnd(62)} ${cell(ref.pagefind.ms, ref.pagefind.cpuMs)}  load ${ref.pagefind.load}`
		);
	}
	const own = SITE ? site(entries, corpus) : undefined;
	if (own) {
		console.log(`  this site: ${cell(own.ms, own.cpuMs)}  load ${own.build.load}`);
		console.log(
			`    by phase: wall, CPU time of the build process (not of Pagefind's indexer, a program of its own), garbage collection, heap at the end`
		);
		for (const p of own.phases) {
			console.log(
				`    ${p.label.padEnd(62)} ${phaseCells(p)}${p.pages ? `  ${p.pages} pages, ${(p.ms / p.pages).toFixed(1)} ms each` : ''}`
			);
			// Shared work done once per build, under the phase it ran in; the many tiny ones summed.
			const [big, small] = [
				(p.parts ?? []).filter((x) => x.ms >= 100),
				(p.parts ?? []).filter((x) => x.ms < 100),
			];
			for (const part of big)
				console.log(`      of which ${part.label.padEnd(53)} ${phaseCells(part)}`);
			if (small.length)
				console.log(
					`      of which ${`${small.length} more shared steps of < 0.1 s each`.padEnd(53)} ${cell(
						small.reduce((n, x) => n + x.ms, 0),
						small.reduce((n, x) => n + x.cpuMs, 0)
					)}`
				);
			if (p.label === 'integration site:search')
				console.log(
					`      of which Pagefind's bundle (its own log line)${''.padEnd(16)} ${secs(own.own.pagefind).padStart(7)} s`
				);
			if (p.label === 'integration site:offline') {
				console.log(
					`      of which the edition's files (its own log line)${''.padEnd(14)} ${secs(own.own.editionFiles).padStart(7)} s`
				);
				console.log(
					`      of which the zip (its own log line)${''.padEnd(26)} ${secs(own.own.zip).padStart(7)} s`
				);
			}
		}
		console.log(
			'    (no published-URL check runs in the build: npm run published-urls and npm test do it)'
		);
	}
	rows.push({
		entries,
		ref: ref?.ms,
		refCpu: ref?.cpuMs,
		site: own?.ms,
		siteCpu: own?.cpuMs,
		phases: own?.phases,
	});
}

console.log(
	'\nentries   reference: wall (cpu) s   this site: wall (cpu) s   site / reference: wall (cpu)'
);
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : '–');
for (const r of rows)
	console.log(
		`${r.entries.toLocaleString('en').padStart(7)}   ${`${secs(r.ref)} (${secs(r.refCpu)})`.padStart(23)}   ${`${secs(r.site)} (${secs(r.siteCpu)})`.padStart(23)}   ${`${ratio(r.site, r.ref)} (${ratio(r.siteCpu, r.refCpu)})`.padStart(28)}`
	);
if (rows.length > 1) {
	const [a, b] = [rows[0], rows.at(-1)];
	const growth = (k) => `${(b[k] / a[k]).toFixed(1)}×`;
	console.log(
		`growth from ${a.entries.toLocaleString('en')} to ${b.entries.toLocaleString('en')} entries (${b.entries / a.entries}× the entries): reference ${growth('ref')} (cpu ${growth('refCpu')}), this site ${growth('site')} (cpu ${growth('siteCpu')})`
	);
}
console.log(
	`goals (issue 13): 10,000 entries within ${GOALS.growth}× the 1,000-entry time; this site within ${GOALS.ratio}× the reference at 10,000 entries`
);
console.log(
	`load average now ${load()} (2 cores: above 2 the machine was shared and the times are longer than on an idle one)`
);
writeFileSync(`${OUT}/build-scale.json`, `${JSON.stringify(rows, null, 2)}\n`);
