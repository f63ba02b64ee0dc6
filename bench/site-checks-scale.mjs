// The whole-site checks of npm test at scale (issue 13: tests whose time does not grow with the content
// beyond what must see every page). For each build folder given (bench/build-scale.mjs writes
// bench/out/site-N, its offline edition beside it as site-N-offline) it runs the same functions as the
// tests (tests/lib/) and prints, per check, the pages it read, wall and CPU time and pages per second:
// reading every page once (the index the checks share), links and anchors, lang/title/hreflang,
// published addresses, other hosts, the offline edition's links (relative, resolving, leading where the
// web page's lead), reachability and stylesheets, and the route families. Then the HTML checks: html-validate on a sample of pages (every page with --validate-all),
// its time for every page extrapolated, and the Nu checker on one page of each family, as npm test runs it.
// Usage: npm run bench:site-checks -- [--validate-all] [build folder…]   (default: bench/out/site-1000)
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pageRedirects } from '../src/redirects.ts';
import { externalRefsInFolder } from '../tests/lib/other-hosts.mjs';
import { htmlValidateProblems, nuErrors } from '../tests/lib/html-validity.mjs';
import { brokenLinks, pageMetadataProblems } from '../tests/lib/links.mjs';
import {
	misdirectedLinks,
	unreachablePages,
	unstyledPages,
} from '../tests/lib/offline-edition.mjs';
import { builtPages, lostAddresses, publishedAddresses } from '../tests/lib/published.mjs';
import { routeFamilies } from '../tests/lib/routes.mjs';
import { loadSiteIndex, siteIndex } from '../tests/lib/site-index.mjs';
import { htmlFiles } from '../tests/lib/site.mjs';
import { OFFLINE } from '../src/offline/layout.ts';
import { JAVA_PATH } from '../scripts/ensure-debian.mjs';

const args = process.argv.slice(2);
const VALIDATE_ALL = args.includes('--validate-all');
const FOLDERS = args.filter((a) => !a.startsWith('--'));
/** Pages html-validate reads when not every page: enough for a steady rate. */
const SAMPLE = 300;
/** The goal of issue 13 for the checks that must see every page of a 10,000-entry build. */
const GOAL_S = 60;

const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');
const secs = (ms) => (ms / 1000).toFixed(1);

/** Runs a check, timing it (wall and this process's CPU), and prints a row. */
async function measure(rows, label, pages, check) {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const problems = await check();
	const ms = performance.now() - started;
	const { user, system } = process.cpuUsage(cpu);
	const row = { label, pages, ms, cpuMs: (user + system) / 1000, problems: problems.length };
	rows.push(row);
	const rate = pages
		? `${Math.round(pages / (ms / 1000))
				.toLocaleString('en')
				.padStart(7)} pages/s`
		: ''.padStart(15);
	console.log(
		`  ${label.padEnd(56)} ${String(pages || '').padStart(6)} ${secs(ms).padStart(7)} s  (cpu ${secs(row.cpuMs).padStart(6)})  ${rate}  ${problems.length} problems${problems.length ? `: ${problems.slice(0, 3).join(' | ')}` : ''}`
	);
	return problems;
}

/** The origin a build was made with (SITE_URL), from its home page's canonical link, if absolute. */
function siteOf(root) {
	const href =
		/<link rel="canonical" href="([^"]+)"/.exec(
			readFileSync(path.join(root, 'en/index.html'), 'utf8')
		)?.[1] ?? '';
	return /^https?:\/\//.test(href) ? new URL(href).origin : undefined;
}

for (const folder of FOLDERS.length ? FOLDERS : ['bench/out/site-1000']) {
	const root = path.resolve(folder);
	const offline = `${root}${OFFLINE.folderSuffix}`;
	if (!existsSync(path.join(root, 'index.html')))
		throw new Error(`${root} holds no build: npm run bench:build-scale -- 1000`);
	const site = siteOf(root);
	console.log(
		`\n${root} (SITE_URL ${site ?? 'none'}), offline edition ${existsSync(offline) ? offline : 'missing'}; load ${load()}`
	);
	console.log(
		`  ${'check'.padEnd(56)} ${'pages'.padStart(6)} ${'wall'.padStart(9)}  ${'(cpu)'.padStart(12)}`
	);
	const rows = [];
	const pages = htmlFiles(root).length;
	await measure(
		rows,
		'web: read and tokenize every page (shared index)',
		pages,
		async () => (await loadSiteIndex(root), [])
	);
	await measure(rows, 'web: links and #anchors', pages, () => brokenLinks({ root, site }));
	await measure(rows, 'web: lang, title, hreflang', pages, () => pageMetadataProblems(root));
	await measure(rows, 'web: published addresses, none lost', pages, () =>
		lostAddresses(publishedAddresses(root), builtPages(root), pageRedirects)
	);
	await measure(rows, 'web: other hosts (every file)', pages, () =>
		externalRefsInFolder(root, { allowOrigins: site ? [site] : [] })
	);
	await measure(rows, 'web: route families and special cases', pages, () => {
		const { unmatched, unbuilt, missingFeatures } = routeFamilies(root);
		return [...unmatched, ...unbuilt, ...missingFeatures];
	});
	if (existsSync(offline)) {
		const count = htmlFiles(offline).length;
		await measure(
			rows,
			'offline: read and tokenize every page (shared index)',
			count,
			async () => (await loadSiteIndex(offline), [])
		);
		await measure(rows, 'offline: links relative, naming files, resolving', count, () =>
			brokenLinks({ root: offline, offline: true })
		);
		await measure(rows, "offline: links lead where the web page's lead", count, () =>
			misdirectedLinks(offline, root)
		);
		await measure(rows, 'offline: every page reachable from the home pages', count, () =>
			unreachablePages(offline)
		);
		await measure(rows, 'offline: stylesheets as on the web', count, () =>
			unstyledPages(offline, root)
		);
		await measure(rows, 'offline: no module script', count, () =>
			[...siteIndex(offline).pages].filter(([, f]) => f.moduleScripts).map(([file]) => file)
		);
		await measure(rows, 'offline: other hosts (every file)', count, () =>
			externalRefsInFolder(offline)
		);
	}
	const total = rows.reduce((t, r) => ({ ms: t.ms + r.ms, cpuMs: t.cpuMs + r.cpuMs }), {
		ms: 0,
		cpuMs: 0,
	});
	console.log(
		`  ${'whole-site checks in all'.padEnd(56)} ${''.padStart(6)} ${secs(total.ms).padStart(7)} s  (cpu ${secs(total.cpuMs).padStart(6)})  goal at 10,000 entries: ${GOAL_S} s`
	);

	// HTML validity: html-validate reads every page in npm test; the Nu checker one page of each family.
	const step = VALIDATE_ALL ? 1 : Math.max(1, Math.floor(pages / SAMPLE));
	const sample = htmlFiles(root).filter((_, i) => i % step === 0);
	const validated = [];
	await measure(
		validated,
		`html-validate, ${step === 1 ? 'every page' : `every ${step}th page`}`,
		sample.length,
		() => htmlValidateProblems(root, sample)
	);
	if (step > 1)
		console.log(
			`  ${'html-validate, every page (extrapolated)'.padEnd(56)} ${String(pages).padStart(6)} ${secs((validated[0].ms * pages) / sample.length).padStart(7)} s  (cpu ${secs((validated[0].cpuMs * pages) / sample.length).padStart(6)})`
		);
	const representatives = routeFamilies(root).representatives.map((r) => r.file);
	if (existsSync(JAVA_PATH))
		await measure(
			[],
			'Nu checker (Java, its CPU not counted): one page of each family, web and offline',
			representatives.length * 2,
			() =>
				nuErrors(
					representatives.flatMap((f) => [
						path.join(root, f),
						...(existsSync(offline) ? [path.join(offline, f)] : []),
					]),
					root
				).errors
		);
	else console.log('  Nu checker: skipped, no Java (npm test installs it)');
}
console.log(
	`\nload average now ${load()} (2 cores: above 2 the machine was shared and the times are longer than on an idle one)`
);
