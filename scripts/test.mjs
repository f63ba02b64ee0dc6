// `npm test`: every check, in order — the type check and lint side by side, format check, build, then one Node test run over unit tests
// (src/**/*.test.ts), content checks, built-site checks, browser tests and the deployment tests
// against nginx (tests/**/*.test.mjs).
// One test run at the end means one closing summary line for the whole suite.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { SUBPATH } from '../tests/lib/site.mjs';
import { ensureDebianTools } from './ensure-debian.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'npm-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');

let runs = 0;
/**
 * Runs a command under bash, whose `times` gives the CPU time (user + system) of the command and
 * everything it started, so a run on a shared machine says what it cost as well as how long it took.
 * Its output goes to the terminal, or is kept and returned when `capture` (for steps run side by side).
 */
function run(command, args, env, capture) {
	const times = path.join(scratch, `times-${++runs}`);
	const started = Date.now();
	const child = spawn(
		'bash',
		['-c', '"$@"; s=$?; times > "$TIMES"; exit $s', 'bash', command, ...args],
		{
			stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: { ...process.env, ...env, TIMES: times },
		}
	);
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	return new Promise((resolve) =>
		child.on('close', (status, signal) => {
			const [, um, us, sm, ss] =
				/\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(
					existsSync(times) ? readFileSync(times, 'utf8') : ''
				) ?? [];
			resolve({
				status: status ?? signal,
				wall: (Date.now() - started) / 1000,
				cpu: (Number(um) + Number(sm)) * 60 + Number(us) + Number(ss),
				output,
			});
		})
	);
}

/** Prints what a step took, and whether it failed; returns whether it passed. */
function report(label, { status, wall, cpu }, loadBefore) {
	console.log(
		`  ${label} took ${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s; load ${loadBefore} → ${load()})`
	);
	if (status !== 0) console.error(`✗ ${label} failed (exit ${status})`);
	return status === 0;
}

/** Runs a command, echoing it, then `after()`; stops the whole run if it failed. */
async function step(label, command, args, env = {}, after = () => {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const loadBefore = load();
	const result = await run(command, args, env, false);
	after();
	if (!report(label, result, loadBefore)) process.exit(1);
}

/**
 * Runs steps that only read the sources at the same time, one per core, and prints each one's output
 * once all are over, so that the outputs do not interleave; stops the run if any failed.
 * @param {[label: string, command: string, args: string[]][]} steps
 */
async function sideBySide(steps) {
	const loadBefore = load();
	const results = await Promise.all(steps.map(([, command, args]) => run(command, args, {}, true)));
	const passed = steps.map(([label, command, args], i) => {
		console.log(`\n▶ ${label}: ${command} ${args.join(' ')}\n${results[i].output.trimEnd()}`);
		return report(label, results[i], loadBefore);
	});
	if (passed.includes(false)) process.exit(1);
}

// The types of the content collections and astro: modules (.astro/), which both the type check and
// ESLint's typed rules read. Then the type check and ESLint as Starlight sets it up (eslint.config.mjs:
// typescript-eslint with types, eslint-plugin-astro), which each build a TypeScript program on one
// core: side by side they took 22–24 s on a clean clone, against 39 s one after the other (docs/testing.md).
await step('content types', 'astro', ['sync']);
await sideBySide([
	['type check', 'astro', ['check', '--noSync']],
	['lint', 'eslint', ['.']],
]);
await step('format check', 'prettier', ['--check', '.']);
// The tests read dist/ as the default build (no SITE_URL, base /); variants build into their own folders.
await step('build', 'astro', ['build'], { SITE_URL: '', BASE_PATH: '' });
// The site must work under any base path and with a public origin: one more build, under /kb/ with
// SITE_URL set, for the link checker, a smoke test, and the absolute links of feeds and sitemap.
await step('build under a sub-path with SITE_URL', 'astro', ['build'], {
	SITE_URL: SUBPATH.site,
	BASE_PATH: SUBPATH.base,
	OUT_DIR: SUBPATH.root,
});
// Chromium, Java (the Nu HTML Checker), bibutils and nginx (tests/deploy/), from Debian's packages when missing.
ensureDebianTools();
// Two test files at a time: most of a browser test's time is spent waiting on Chromium, and the two
// cores this is run on would otherwise idle. Beside spec, scripts/slowest-tests.mjs writes the ten
// slowest tests and the count, printed once the run is over.
const slowest = path.join(scratch, 'slowest.txt');
await step(
	'tests',
	process.execPath,
	[
		'--test',
		'--test-concurrency=2',
		'--test-reporter=spec',
		'--test-reporter-destination=stdout',
		'--test-reporter=./scripts/slowest-tests.mjs',
		`--test-reporter-destination=${slowest}`,
		'src/**/*.test.ts',
		'tests/**/*.test.mjs',
	],
	{},
	() => existsSync(slowest) && console.log(`\n${readFileSync(slowest, 'utf8').trimEnd()}`)
);
