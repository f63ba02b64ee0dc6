// `npm test`: every check, in order — type check, lint, format check, build, then one Node test run over unit tests
// (src/**/*.test.ts), content checks, built-site checks, browser tests and the deployment tests
// against nginx (tests/**/*.test.mjs).
// One test run at the end means one closing summary line for the whole suite.
import { spawnSync } from 'node:child_process';
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

/**
 * Runs a command, echoing it, then `after()`, and stops the whole run on failure. It runs under bash,
 * whose `times` gives the CPU time (user + system) of the command and everything it started, so a run
 * on a shared machine says what it cost as well as how long it took.
 */
function step(label, command, args, env = {}, after = () => {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const loadBefore = load();
	const times = path.join(scratch, 'times');
	const result = spawnSync(
		'bash',
		['-c', '"$@"; s=$?; times > "$TIMES"; exit $s', 'bash', command, ...args],
		{ stdio: 'inherit', env: { ...process.env, ...env, TIMES: times } }
	);
	const [, um, us, sm, ss] =
		/\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(
			existsSync(times) ? readFileSync(times, 'utf8') : ''
		) ?? [];
	const cpu = (Number(um) + Number(sm)) * 60 + Number(us) + Number(ss);
	after();
	console.log(
		`  ${label} took ${((Date.now() - started) / 1000).toFixed(1)} s (CPU ${cpu.toFixed(1)} s; load ${loadBefore} → ${load()})`
	);
	if (result.status !== 0) {
		console.error(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
		process.exit(result.status || 1);
	}
}

step('type check', 'astro', ['check']);
// ESLint as Starlight sets it up (eslint.config.mjs): typescript-eslint with types, eslint-plugin-astro.
step('lint', 'eslint', ['.']);
// Prettier as Starlight sets it up (.prettierrc): the tree is formatted, or the run stops here.
step('format check', 'prettier', ['--check', '.']);
// The tests read dist/ as the default build (no SITE_URL, base /); variants build into their own folders.
step('build', 'astro', ['build'], { SITE_URL: '', BASE_PATH: '' });
// The site must work under any base path and with a public origin: one more build, under /kb/ with
// SITE_URL set, for the link checker, a smoke test, and the absolute links of feeds and sitemap.
step('build under a sub-path with SITE_URL', 'astro', ['build'], {
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
step(
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
