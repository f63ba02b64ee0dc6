import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// Browser code must never pull in build-time code: a build module (under a `build/` folder) reads files
// and parses HTML with Node-only libraries, and bundled into a page it would either fail or weigh
// megabytes. Browser code is every module under a `client/` folder and every `<script>` of a component,
// layout or page; this walks what each imports, type-only imports included (shared types belong in
// browser-safe modules), and fails on the first build module, Node built-in or build-only package.
const SRC = fileURLToPath(new URL('.', import.meta.url));
const BUILD_ONLY_PACKAGES =
	/^(?:node:|parse5|opencc-js|pagefind$|esbuild|fflate|astro:content|yaml|d3-)/;
const IMPORT =
	/(?:^|[;\s])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const files = (dir: string): string[] =>
	readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f)));
const clientModules = files(SRC).filter(
	(f) => /\/client\/[^/]+\.ts$/.test(f) && !f.endsWith('.test.ts')
);
/** The `<script>` blocks of .astro files, as pseudo-modules beside their file. */
const astroScripts = files(SRC)
	.filter((f) => f.endsWith('.astro'))
	.flatMap((f) =>
		[
			...readFileSync(f, 'utf8').matchAll(
				/<script(?![^>]*(?:type="application\/ld\+json"|is:inline))[^>]*>([\s\S]*?)<\/script>/g
			),
		].map((m) => ({ file: f, code: m[1]! }))
	);

function importsOf(file: string, code = readFileSync(file, 'utf8')): string[] {
	return [...code.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** The first forbidden import reachable from a module, as a chain of files, or undefined. */
function forbidden(from: string, code?: string, seen = new Set<string>()): string[] | undefined {
	for (const spec of importsOf(from, code)) {
		if (BUILD_ONLY_PACKAGES.test(spec)) return [from, spec];
		if (!spec.startsWith('.')) continue;
		const target = path.resolve(path.dirname(from), spec);
		if (target.split(path.sep).includes('build')) return [from, target];
		if (seen.has(target) || !/\.ts$/.test(target)) continue;
		seen.add(target);
		const chain = forbidden(target, undefined, seen);
		if (chain) return [from, ...chain];
	}
	return undefined;
}

test('the client modules and component scripts exist (the walk below has something to walk)', () => {
	assert.ok(clientModules.some((f) => f.endsWith('siteSearch.ts')));
	assert.ok(astroScripts.length >= 3);
});

test('no browser code imports a build module, a Node built-in or a build-only package', () => {
	const found = [
		...clientModules.map((f) => forbidden(f)),
		...astroScripts.map((s) => forbidden(s.file, s.code)),
	].filter(Boolean);
	assert.deepEqual(
		found.map((chain) => chain!.map((f) => path.relative(SRC, f)).join(' → ')),
		[]
	);
});

test('the boundary check catches a client module that imports a build module', () => {
	const fake = path.join(SRC, 'search/client/fake.ts');
	const chain = forbidden(fake, "import { indexPage } from '../build/indexPage.ts';");
	assert.ok(chain && chain.at(-1)!.endsWith('indexPage.ts'));
	assert.ok(
		forbidden(fake, "import type { X } from '../text.ts'; import { readFileSync } from 'node:fs';")
	);
});
