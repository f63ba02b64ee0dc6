/**
 * Where a build's time goes, for bench/build-scale.mjs (docs/performance.md). With BUILD_TIMING set,
 * src/integrations/buildTiming.ts records when each build step starts and ends (Astro's hooks, each
 * integration's hooks, the prerenderer's static paths and every page render) and the data layer
 * records the work it does once per build ({@link timed}); {@link buildPhases} turns the record into
 * the table the bench prints. Without BUILD_TIMING nothing is recorded.
 */

/**
 * A stretch of the build: what ran, from when to when (ms since the build process started), and the
 * process's CPU time (user + system, ms since it started) at both ends: on a shared machine the wall
 * time grows with the load, the CPU time much less.
 */
export interface Span {
	label: string;
	start: number;
	end: number;
	cpuStart: number;
	cpuEnd: number;
	/** The JavaScript heap in use at the end, in bytes (hooks and steps only). */
	heapEnd?: number | undefined;
	/** The step it ran inside: a route pattern while a page renders, else the phase (e.g. `static paths`). */
	within?: string | undefined;
}

/** Everything recorded in one build, written as JSON at the end of `astro:build:done`. */
export interface BuildTimingReport {
	/** Hooks of every integration, in the order they ran: `label` is `{integration} {hook}`. */
	hooks: Span[];
	/** The prerenderer's static paths of every route (one span) and its set-up. */
	steps: Span[];
	/** Per route pattern (e.g. `/[lang]/[kind]/[id]`): pages rendered, the time (wall, CPU) spent rendering them and in garbage collections meanwhile. */
	routes: Record<string, { pages: number; ms: number; cpuMs: number; gcMs: number }>;
	/** Garbage collections while no page was rendering: `[start, duration]` in ms. */
	gc: [number, number][];
	/** Work done once per build and shared by pages ({@link timed}). */
	shared: Span[];
	/** When the report was written (ms since the build process started), and the CPU time then. */
	end: number;
	cpuEnd: number;
	/** process.hrtime (µs) at the report's zero, to line it up with a CPU profile (`node --cpu-prof`), whose times are on that clock. */
	hrtimeOrigin: number;
}

/** Where pages and the data layer find the recorder; absent unless BUILD_TIMING is set. */
export const BUILD_TIMING_KEY = Symbol.for('site:build-timing');

/** What the integration puts at {@link BUILD_TIMING_KEY}. */
export interface BuildTimingRecorder {
	shared: Span[];
	/** The step running now, for {@link Span.within}. */
	current: string | undefined;
}

/** The process's CPU time so far (user + system, all its threads), in ms. */
export function cpuNow(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** A span that starts now; {@link endSpan} closes it. */
export const startSpan = (label: string, within?: string): Span => ({
	label,
	start: performance.now(),
	end: 0,
	cpuStart: cpuNow(),
	cpuEnd: 0,
	...(within ? { within } : {}),
});
/** Closes a span, noting the heap in use with `heap` (which costs a little: not for every page). */
export function endSpan(span: Span, heap = false): Span {
	span.end = performance.now();
	span.cpuEnd = cpuNow();
	if (heap) span.heapEnd = process.memoryUsage().heapUsed;
	return span;
}

const recorder = (): BuildTimingRecorder | undefined =>
	(globalThis as { [BUILD_TIMING_KEY]?: BuildTimingRecorder })[BUILD_TIMING_KEY];

/**
 * Runs `compute` and, when the build is being timed, records how long its promise took under `label`.
 * @example await timed('documents (zh)', () => loadDocuments('zh'))
 */
export async function timed<T>(label: string, compute: () => Promise<T>): Promise<T> {
	const rec = recorder();
	if (!rec) return compute();
	const span = startSpan(label, rec.current);
	try {
		return await compute();
	} finally {
		rec.shared.push(endSpan(span, true));
	}
}

/**
 * The family of pages a route renders, as the bench reports them; `undefined` for a route it does not know.
 * @example routeFamily('/[lang]/[kind]/[id]') // 'document pages'
 */
export function routeFamily(route: string): string | undefined {
	return ROUTE_FAMILIES[route];
}

const ROUTE_FAMILIES: Record<string, string> = {
	'/[lang]/[kind]/[id]': 'document pages',
	'/[lang]/[kind]/[id]/parallel': 'parallel pages',
	'/d/[id]': '/d/ permalinks',
	'/[lang]/[facet]/[key]': 'browse pages',
	'/[lang]/[facet]': 'browse indexes (with who works with whom)',
	'/[lang]/[kind]': 'lists by kind',
	'/[lang]/timeline': 'timeline',
	'/[lang]': 'home pages',
	'/[lang]/feed.xml': 'feeds',
	'/data/[...file]': 'open data endpoints',
	'/[lang]/data': 'data pages',
	'/[lang]/about': 'about pages',
	'/[lang]/glossary': 'glossary',
	'/[lang]/search': 'search pages',
	'/[...redirect]': 'forwarding pages (redirects)',
	'/': 'language chooser',
	'/404': '404',
	'/robots.txt': 'robots.txt',
};

/** One line of the bench's table: a phase, its time, and the lines inside it. */
export interface Phase {
	label: string;
	/** Wall time. */
	ms: number;
	/** CPU time of the build process (not of the programs it runs, such as Pagefind's). */
	cpuMs: number;
	/** Time in garbage collections (part of the wall time). */
	gcMs?: number | undefined;
	/** The JavaScript heap in use when the phase ended, in bytes. */
	heapEnd?: number | undefined;
	/** Pages rendered, for page families. */
	pages?: number;
	/** Parts of this phase worth naming, e.g. shared work done while its pages rendered. */
	parts?: Phase[];
}

const first = (hooks: Span[], suffix: string) => hooks.find((h) => h.label.endsWith(` ${suffix}`));
/** A moment of the build: wall time and CPU time. */
type Moment = { at: number; cpu: number };
const startOf = (s: Span): Moment => ({ at: s.start, cpu: s.cpuStart });
const endOf = (s: Span): Moment => ({ at: s.end, cpu: s.cpuEnd });
type Times = { ms: number; cpuMs: number; gcMs: number };
const total = (phases: Phase[]): Times =>
	phases.reduce(
		(n: Times, p) => ({ ms: n.ms + p.ms, cpuMs: n.cpuMs + p.cpuMs, gcMs: n.gcMs + (p.gcMs ?? 0) }),
		{ ms: 0, cpuMs: 0, gcMs: 0 }
	);

/**
 * The phases of a timed build, in the order they ran; with `other` they add up to the report's end.
 * Start-up runs to the first `astro:config:setup`; content sync (with Vite's set-up) from the last
 * `astro:config:done` to the first `astro:build:start`; bundling from there to the prerenderer's set-up;
 * then static paths, pages by family (most time first), the rest of page generation (Astro's own work
 * per page: routing, writing the file, logging), and each integration's `astro:build:done` on its own
 * line. Shared work ({@link timed}) is listed under the phase or page family it ran in. Garbage
 * collections count to the page family being rendered, else to the phase whose time they fall in.
 */
export function buildPhases(report: BuildTimingReport): Phase[] {
	const { hooks, steps, routes, shared } = report;
	const configSetup = first(hooks, 'astro:config:setup');
	const configDone = hooks.filter((h) => h.label.endsWith(' astro:config:done')).at(-1);
	const buildStart = first(hooks, 'astro:build:start');
	const setup = steps.find((s) => s.label === 'prerender set-up');
	const paths = steps.find((s) => s.label === 'static paths');
	const generated = first(hooks, 'astro:build:generated');
	if (!configSetup || !configDone || !buildStart || !setup || !paths || !generated)
		throw new Error(
			'build timing: the report lacks a hook or step the phases need (did the build finish?)'
		);
	const gcIn = (a: Moment, b: Moment) =>
		report.gc.reduce((n, [at, ms]) => n + (at >= a.at && at < b.at ? ms : 0), 0);
	const from = (a: Moment, b: Moment, heapEnd?: number) => ({
		ms: b.at - a.at,
		cpuMs: b.cpu - a.cpu,
		gcMs: gcIn(a, b),
		...(heapEnd ? { heapEnd } : {}),
	});
	const partsWithin = (within: string[]): Phase[] =>
		shared
			.filter((s) => s.within !== undefined && within.includes(s.within))
			.map((s) => ({ label: s.label, ...from(startOf(s), endOf(s), s.heapEnd) }));
	const withParts = (phase: Phase, within: string[]): Phase => {
		const parts = partsWithin(within);
		return parts.length ? { ...phase, parts } : phase;
	};
	const families = new Map<
		string,
		{ ms: number; cpuMs: number; gcMs: number; pages: number; routes: string[] }
	>();
	for (const [route, r] of Object.entries(routes)) {
		const name = routeFamily(route) ?? route;
		const f = families.get(name) ?? { ms: 0, cpuMs: 0, gcMs: 0, pages: 0, routes: [] };
		families.set(name, {
			ms: f.ms + r.ms,
			cpuMs: f.cpuMs + r.cpuMs,
			gcMs: f.gcMs + r.gcMs,
			pages: f.pages + r.pages,
			routes: [...f.routes, route],
		});
	}
	const pageFamilies = [...families]
		.map(([name, f]) =>
			withParts(
				{ label: `pages: ${name}`, ms: f.ms, cpuMs: f.cpuMs, gcMs: f.gcMs, pages: f.pages },
				f.routes
			)
		)
		.sort((a, b) => b.ms - a.ms);
	const generation = from(endOf(paths), startOf(generated), generated.heapEnd);
	const rendered = total(pageFamilies);
	const integrations = hooks
		.filter(
			(h) => h.label.endsWith(' astro:build:done') && !h.label.startsWith('site:build-timing ')
		)
		.map((h): Phase => ({
			label: `integration ${h.label.replace(/ astro:build:done$/, '')}`,
			...from(startOf(h), endOf(h), h.heapEnd),
		}));
	const zero: Moment = { at: 0, cpu: 0 };
	const phases: Phase[] = [
		{ label: 'start-up (Node, Astro, config)', ...from(zero, startOf(configSetup)) },
		{ label: 'content sync (and Vite set-up)', ...from(endOf(configDone), startOf(buildStart)) },
		{ label: 'bundling (Vite)', ...from(endOf(buildStart), startOf(setup), setup.heapEnd) },
		withParts(
			{
				label: 'static paths (getStaticPaths of every route)',
				...from(startOf(paths), endOf(paths), paths.heapEnd),
			},
			['static paths']
		),
		...pageFamilies,
		// GC outside renders is in report.gc (the window's), inside them in the families'.
		{
			label: 'page generation outside the renders (routing, writing files)',
			ms: generation.ms - rendered.ms,
			cpuMs: generation.cpuMs - rendered.cpuMs,
			gcMs: generation.gcMs,
			...(generation.heapEnd ? { heapEnd: generation.heapEnd } : {}),
		},
		...integrations,
	];
	// Config hooks, the prerenderer's set-up, Astro's work after the pages: what the lines above leave out.
	const counted = total(phases);
	const allGc = report.gc.reduce((n, [, ms]) => n + ms, 0) + rendered.gcMs;
	return [
		...phases,
		{
			label: 'other (config hooks, prerender set-up, after the pages)',
			ms: report.end - counted.ms,
			cpuMs: report.cpuEnd - counted.cpuMs,
			gcMs: allGc - counted.gcMs,
		},
	];
}
