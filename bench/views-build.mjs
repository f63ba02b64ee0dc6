// Build cost of the topic and target views (docs/reading-views.md) on the generated corpus
// (bench/lib/corpus.mjs, whose documents carry section topics, targets and results): for each size it
// writes the corpus, builds it once, and prints the build's total time and, from Astro's per-page
// timings, the pages of each kind with their summed and largest render times, so the views' share
// shows and can be compared across sizes (it should grow linearly with the number of documents).
// Per-page times leave out getStaticPaths and work shared through a build-wide cache (a document's
// body text, rendered once for the open data and the topic views, is charged to whichever page asks
// first). Not part of npm test.
// Usage: npm run bench:views-build -- [entries…]   e.g. npm run bench:views-build -- 100 1000 (default 1000)
// --reuse reads bench/out/views-N.log from an earlier run instead of building.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { writeCorpus } from './lib/corpus.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const REUSE = process.argv.includes('--reuse');

/** Kinds of pages, by path; the first that matches counts. */
const KINDS = [
	['compare views', /^\/(zh|en)\/topics\/[^/]+\/compare\/index\.html$/],
	['topic pages', /^\/(zh|en)\/topics\/[^/]+\/index\.html$/],
	['targets pages', /^\/(zh|en)\/targets\/index\.html$/],
	['home pages', /^\/(zh|en)\/index\.html$/],
	['targets data', /^\/data\/(schema\/)?targets\./],
	['document pages', /^\/(zh|en)\/(agreements|plans|notices|briefings|faq)\/[^/]+\/index\.html$/],
	['other pages and files', /./],
];

function build(entries) {
	const log = `bench/out/views-${entries}.log`;
	if (REUSE && existsSync(log)) return JSON.parse(readFileSync(log, 'utf8'));
	const root = `bench/out/corpus-${entries}`;
	writeCorpus(root, entries / 2);
	const started = performance.now();
	const run = spawnSync('npx', ['astro', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, CONTENT_ROOT: `./${root}`, OUT_DIR: `./bench/out/dist-${entries}` },
		maxBuffer: 1 << 30,
	});
	if (run.status !== 0)
		throw new Error(
			`build of ${entries} entries failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`
		);
	const result = { seconds: (performance.now() - started) / 1000, stdout: run.stdout };
	mkdirSync('bench/out', { recursive: true });
	writeFileSync(log, JSON.stringify(result));
	return result;
}

/** Astro's per-page lines, `├─ /en/topics/talent/compare/index.html (+12ms)`, with their colours taken out. */
function pageTimes(stdout) {
	// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
	const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
	return [...plain.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map((m) => ({
		path: m[1],
		ms: Number(m[2]),
	}));
}

console.log(
	`load average ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} at start (2 cores shared: times vary with the load)`
);
for (const entries of SIZES.length ? SIZES : [1000]) {
	const { seconds, stdout } = build(entries);
	const times = pageTimes(stdout);
	const rendering = times.reduce((s, p) => s + p.ms, 0);
	console.log(
		`\n${entries} entries (${entries / 2} documents × 2 languages): build ${seconds.toFixed(0)} s, ${times.length} pages and files rendered in ${(rendering / 1000).toFixed(1)} s`
	);
	console.log('kind                      count   sum (s)   largest (ms)   share of rendering');
	for (const [kind, pattern] of KINDS) {
		const mine = times.filter(
			(p) =>
				pattern.test(p.path) &&
				!KINDS.slice(
					0,
					KINDS.findIndex(([k]) => k === kind)
				).some(([, earlier]) => earlier.test(p.path))
		);
		const sum = mine.reduce((s, p) => s + p.ms, 0);
		console.log(
			`${kind.padEnd(24)}  ${String(mine.length).padStart(5)}  ${(sum / 1000).toFixed(1).padStart(8)}  ${String(Math.max(0, ...mine.map((p) => p.ms))).padStart(13)}   ${((100 * sum) / rendering).toFixed(1).padStart(5)} %`
		);
	}
}
