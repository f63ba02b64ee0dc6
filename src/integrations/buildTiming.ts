import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { writeFileSync } from 'node:fs';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import {
	BUILD_TIMING_KEY,
	cpuNow,
	endSpan,
	startSpan,
	type BuildTimingRecorder,
	type BuildTimingReport,
} from '../lib/buildTiming.ts';

/**
 * The site's integrations, timed when `file` (BUILD_TIMING) is set (bench/build-scale.mjs,
 * docs/performance.md): every hook of every integration is wrapped with `performance.now()`, and one
 * more integration, last, wraps Astro's prerenderer (static paths, and each page's render including
 * reading its body) and writes the report (src/lib/buildTiming.ts) to `file` when the build is done.
 * Garbage collections come from Node's performance timeline.
 * Without `file` the integrations are returned untouched.
 */
export function withBuildTiming(
	integrations: AstroIntegration[],
	file: string | undefined
): AstroIntegration[] {
	if (!file) return integrations;
	const report: BuildTimingReport = {
		hooks: [],
		steps: [],
		routes: {},
		gc: [],
		shared: [],
		end: 0,
		cpuEnd: 0,
		hrtimeOrigin: 0,
	};
	const recorder: BuildTimingRecorder = { shared: report.shared, current: undefined };
	(globalThis as { [BUILD_TIMING_KEY]?: BuildTimingRecorder })[BUILD_TIMING_KEY] = recorder;
	const timeHooks = (integration: AstroIntegration): AstroIntegration => ({
		...integration,
		hooks: Object.fromEntries(
			Object.entries(integration.hooks).map(([hook, run]) => [
				hook,
				async (...args: unknown[]) => {
					const span = startSpan(`${integration.name} ${hook}`);
					try {
						return await (run as (...a: unknown[]) => unknown)(...args);
					} finally {
						report.hooks.push(endSpan(span, true));
					}
				},
			])
		),
	});
	const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
		const span = startSpan(label);
		recorder.current = label;
		try {
			return await run();
		} finally {
			recorder.current = undefined;
			report.steps.push(endSpan(span, true));
		}
	};
	// A collection is reported a little after it ran, so the pages rendered last are remembered: one
	// that ran during a page counts to its route, any other to the phase it falls in (report.gc).
	let rendering: { start: number; route: string } | undefined;
	const recent: { start: number; end: number; route: string }[] = [];
	const countGc = (entries: PerformanceEntry[]) => {
		for (const { startTime, duration } of entries) {
			const page =
				rendering && startTime >= rendering.start
					? rendering
					: recent.findLast((p) => startTime >= p.start && startTime <= p.end);
			if (page) report.routes[page.route]!.gcMs += duration;
			else report.gc.push([startTime, duration]);
		}
	};
	const gc = new PerformanceObserver((list) => countGc(list.getEntries()));
	gc.observe({ entryTypes: ['gc'] });
	const timedPrerenderer = (inner: AstroPrerenderer): AstroPrerenderer => ({
		...inner,
		name: `${inner.name} (timed)`,
		setup: () => step('prerender set-up', async () => inner.setup?.()),
		getStaticPaths: () => step('static paths', () => inner.getStaticPaths()),
		async render(request, options) {
			const route = options.routeData.route;
			recorder.current = route;
			const span = startSpan(route);
			const entry = (report.routes[route] ??= { pages: 0, ms: 0, cpuMs: 0, gcMs: 0 });
			rendering = { start: span.start, route };
			const result = await inner.render(request, options);
			const response = result instanceof Response ? result : result.response;
			// Astro streams a page as it reads the body, so the render ends when the body has been read.
			// A response without a body is passed on as it is (Astro writes no file for it).
			const read = response.body
				? new Response(await response.arrayBuffer(), {
						status: response.status,
						statusText: response.statusText,
						headers: response.headers,
					})
				: response;
			endSpan(span);
			rendering = undefined;
			recent.push({ start: span.start, end: span.end, route });
			if (recent.length > 100) recent.shift();
			entry.pages++;
			entry.ms += span.end - span.start;
			entry.cpuMs += span.cpuEnd - span.cpuStart;
			recorder.current = undefined;
			return result instanceof Response ? read : { ...result, response: read };
		},
	});
	const collector: AstroIntegration = {
		name: 'site:build-timing',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => setPrerenderer(timedPrerenderer),
			'astro:build:generated': () => {},
			'astro:build:done': ({ logger }) => {
				countGc(gc.takeRecords());
				gc.disconnect();
				report.end = performance.now();
				report.cpuEnd = cpuNow();
				report.hrtimeOrigin = Number(process.hrtime.bigint() / 1000n) - report.end * 1000;
				writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
				logger.info(`build timing written to ${file}`);
			},
		},
	};
	return [...integrations, collector].map(timeHooks);
}
