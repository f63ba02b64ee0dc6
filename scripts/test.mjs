// `npm test`: every check, in order — type check, lint, build, then one Node test run over unit tests
// (src/**/*.test.ts), content checks, built-site checks, browser tests and the deployment tests
// against nginx (tests/**/*.test.mjs).
// One test run at the end means one closing summary line for the whole suite.
import { spawnSync } from 'node:child_process';
import { SUBPATH } from '../tests/lib/site.mjs';
import { ensureDebianTools } from './ensure-debian.mjs';

/** Runs a command, echoing it, and stops the whole run on failure. */
function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

step('type check', 'astro', ['check']);
// ESLint as Starlight sets it up (eslint.config.mjs): typescript-eslint with types, eslint-plugin-astro.
step('lint', 'eslint', ['.']);
// The tests read dist/ as the default build (no SITE_URL, base /); variants build into their own folders.
step('build', 'astro', ['build'], { SITE_URL: '', BASE_PATH: '' });
// The site must work under any base path and with a public origin: one more build, under /kb/ with
// SITE_URL set, for the link checker, a smoke test, and the absolute links of feeds and sitemap.
step('build under a sub-path with SITE_URL', 'astro', ['build'], { SITE_URL: SUBPATH.site, BASE_PATH: SUBPATH.base, OUT_DIR: SUBPATH.root });
// Chromium, Java (the Nu HTML Checker), bibutils and nginx (tests/deploy/), from Debian's packages when missing.
ensureDebianTools();
step('tests', process.execPath, ['--test', '--test-reporter=spec', 'src/**/*.test.ts', 'tests/**/*.test.mjs']);
