// Browser-test harness: Debian's chromium driven by playwright-core (never a downloaded browser),
// the built site served on loopback, and a page wrapper that records console errors and every
// request that would leave the local server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, ensureChromium } from '../../scripts/ensure-debian.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { DIST } from './site.mjs';

const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Runs in every page before its own scripts: a Content-Security-Policy violation becomes a console
 * error, which `watched()` records as a problem, so every browser test fails on one (src/deploy/csp.ts).
 */
function reportCspViolations() {
	document.addEventListener('securitypolicyviolation', (e) =>
		console.error(
			`CSP violation: ${e.violatedDirective} refused ${e.blockedURI || 'an inline script or style'} (${e.sourceFile || location.href}:${e.lineNumber})`
		)
	);
}

/** A browser context that reports CSP violations as console errors. */
async function newContext(browser, options) {
	const context = await browser.newContext(options);
	await context.addInitScript(reportCspViolations);
	return context;
}
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Launches Debian's chromium with the project's flags. */
export async function launchBrowser() {
	ensureChromium();
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/**
 * A page that records its problems in `page.problems`: console errors, page errors, failed requests,
 * and requests to anything but `local` (a URL prefix), data: and blob:. A request aborted because
 * the page navigated away (a favicon when a link is clicked at once) is not a problem.
 */
function watched(page, local, outside) {
	const problems = [];
	page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	page.on('requestfailed', (req) => {
		const error = req.failure()?.errorText ?? '';
		if (error !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${req.url()} ${error}`);
	});
	page.on('request', (req) => {
		const u = req.url();
		if (!u.startsWith(local) && !u.startsWith('data:') && !u.startsWith('blob:'))
			problems.push(`${outside}: ${u}`);
	});
	return Object.assign(page, { problems });
}

/**
 * Lends open pages to checks, one at a time each: `withPage(check)` runs `check(page)` on a page an
 * earlier check gave back, or on a new one. A new page starts a renderer process: loading 64 pages
 * took 44.5 s with a new page each and 11.6 s in one page (tests/e2e, one run each, load 7). A page
 * goes back, in the state of a new one (no routes, the context's colour scheme and viewport, no
 * problems recorded), only when its check passes; otherwise it is closed.
 * @param {() => Promise<import('playwright-core').Page & { problems: string[] }>} open
 * @param {'light' | 'dark'} colorScheme the context's
 */
function pagePool(open, colorScheme) {
	const idle = [];
	/** @template T @param {(page: Awaited<ReturnType<typeof open>>) => Promise<T>} check */
	return async function withPage(check) {
		const page = idle.pop() ?? (await open());
		const viewport = page.viewportSize();
		page.problems.length = 0;
		let result;
		try {
			result = await check(page);
		} catch (error) {
			await page.close();
			throw error;
		}
		await page.unrouteAll();
		await page.emulateMedia({ colorScheme });
		if (viewport) await page.setViewportSize(viewport);
		idle.push(page);
		return result;
	};
}

/**
 * Starts the server and browser once for a test file.
 * @param {{ root?: string, base?: string, colorScheme?: 'light' | 'dark' }} [options]
 */
export async function openSite({ root = DIST, base = '/', colorScheme = 'light' } = {}) {
	const server = await startStaticServer({ root, base });
	return { ...(await openServer(server.url, { colorScheme, close: server.close })), server };
}

/**
 * A browser on a site that something else serves (nginx, in tests/deploy/).
 * @param {string} siteUrl the site's root, base included
 * @param {{ colorScheme?: 'light' | 'dark', close?: () => Promise<void> }} [options] `close` stops the server with the browser
 */
export async function openServer(siteUrl, { colorScheme = 'light', close = async () => {} } = {}) {
	const browser = await launchBrowser();
	const context = await newContext(browser, { colorScheme, locale: 'en-GB' });
	const origin = new URL(siteUrl).origin;
	const newPage = async () => watched(await context.newPage(), origin, 'external request');
	return {
		url: (path = '') => new URL(path.replace(/^\//, ''), siteUrl).href,
		browser,
		context,
		/** A new page that records problems: console errors, page errors, failed and external requests. */
		newPage,
		/** Runs a check on an open page that records problems (see `pagePool`). */
		withPage: pagePool(newPage, colorScheme),
		async close() {
			await browser.close();
			await close();
		},
	};
}

/**
 * Opens a folder from the file system (the offline edition), as a reader who unzipped it would:
 * pages at `file://` URLs. A request outside the folder is a problem, as is any console error.
 * @param {string} root
 */
export async function openFolder(root) {
	const browser = await launchBrowser();
	const context = await newContext(browser, { locale: 'en-GB' });
	const prefix = pathToFileURL(root).href.replace(/\/?$/, '/');
	const newPage = async () =>
		watched(await context.newPage(), prefix, 'request outside the folder');
	return {
		/** The file:// URL of a file of the folder, e.g. `zh/index.html`. */
		url: (file) => pathToFileURL(path.join(root, file)).href,
		/** A file's path inside the folder from its file:// URL (query and hash dropped), or undefined outside it. */
		fileOf: (url) =>
			url.startsWith(prefix)
				? decodeURIComponent(new URL(url).pathname).slice(
						decodeURIComponent(new URL(prefix).pathname).length
					)
				: undefined,
		browser,
		context,
		/** A new page that records problems: console errors, page errors, failed requests and requests outside the folder. */
		newPage,
		/** Runs a check on an open page that records problems (see `pagePool`). */
		withPage: pagePool(newPage, 'light'),
		close: () => browser.close(),
	};
}

/**
 * A clock of the page's renderer CPU time in seconds (all its threads, through the DevTools
 * protocol): unlike the wall-clock time it does not grow when other work shares the cores. For the
 * benchmarks, beside the time a reader waits.
 * @returns {Promise<() => Promise<number>>}
 */
export async function rendererCpuClock(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	return async () =>
		(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime').value;
}

/**
 * The axe rules whose outcome depends on colour. The dark scheme changes colours only (a test in
 * tests/e2e/pages.test.mjs holds global.css to that), so in the dark scheme only these run again.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page and returns its violations (id, impact, targets). It is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern; an
 * injected inline <script> would be refused, as it should be. It is injected once per document.
 * @param {{ rules?: string[], include?: string }} [options] `rules`: run only these axe rules (default:
 * axe's own set); `include`: check only the elements this selector matches (default: the document)
 */
export async function axeViolations(page, { rules, include } = {}) {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async ({ rules, include }) => {
			// @ts-expect-error axe is injected above
			const result = await window.axe.run(include ? { include: [include] } : document, {
				resultTypes: ['violations'],
				...(rules && { runOnly: { type: 'rule', values: rules } }),
			});
			return result.violations.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
			}));
		},
		{ rules, include }
	);
	return violations;
}

/**
 * Opens a forwarding page (a permanent link, a redirect) with its scripts removed, so that it stays
 * put for axe instead of moving on to its target.
 */
export async function gotoWithoutScripts(page, url) {
	await page.route(url, async (route) => {
		const response = await route.fetch();
		await route.fulfill({
			response,
			body: (await response.text()).replace(/<script[\s\S]*?<\/script>/g, ''),
		});
	});
	await page.goto(url);
}

/** Whether the site's stylesheet applies to the page: global.css sets `body { margin: 0 }` (browsers default to 8px). */
export const isStyled = (page) =>
	page.evaluate(() => getComputedStyle(document.body).marginTop === '0px');
