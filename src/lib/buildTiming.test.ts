import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	BUILD_TIMING_KEY,
	buildPhases,
	routeFamily,
	timed,
	type BuildTimingRecorder,
	type BuildTimingReport,
	type Span,
} from './buildTiming.ts';

test('routeFamily names the families the bench reports, and nothing for an unknown route', () => {
	const cases: [string, string | undefined][] = [
		['/[lang]/[kind]/[id]', 'document pages'],
		['/[lang]/[kind]/[id]/parallel', 'parallel pages'],
		['/d/[id]', '/d/ permalinks'],
		['/[lang]/[facet]/[key]', 'browse pages'],
		['/[lang]/feed.xml', 'feeds'],
		['/data/[...file]', 'open data endpoints'],
		['/[lang]/new-page', undefined],
	];
	for (const [route, family] of cases) assert.equal(routeFamily(route), family, route);
});

/** A span from `start` to `end` ms, whose CPU time is half its wall time. */
const span = (label: string, start: number, end: number, within?: string): Span => ({
	label,
	start,
	end,
	cpuStart: start / 2,
	cpuEnd: end / 2,
	...(within ? { within } : {}),
});

// A build: config 10–12, content sync to 40, bundling 41–100, static paths 101–130, pages to 200,
// the two integrations 201–260 and 260–300, and the report written at 310.
const report: BuildTimingReport = {
	hooks: [
		span('astro:mdx astro:config:setup', 10, 11),
		span('site:pagefind astro:config:done', 11, 12),
		span('site:build-timing astro:build:start', 40, 41),
		span('site:build-timing astro:build:generated', 200, 200),
		span('site:pagefind astro:build:done', 201, 260),
		span('site:offline astro:build:done', 260, 300),
		span('site:build-timing astro:build:done', 300, 301),
	],
	steps: [span('prerender set-up', 100, 101), span('static paths', 101, 130)],
	routes: {
		'/[lang]/[kind]/[id]': { pages: 10, ms: 40, cpuMs: 20, gcMs: 4 },
		'/[lang]/[kind]/[id]/parallel': { pages: 10, ms: 20, cpuMs: 10, gcMs: 1 },
		'/[lang]/unknown': { pages: 1, ms: 1, cpuMs: 1, gcMs: 0 },
	},
	gc: [
		[50, 3],
		[150, 2],
		[270, 5],
	],
	shared: [
		span('open data files', 102, 120, 'static paths'),
		span('related documents (zh)', 131, 132, '/[lang]/[kind]/[id]'),
	],
	end: 310,
	cpuEnd: 155,
	hrtimeOrigin: 0,
};

test('buildPhases: one line per phase, in order, adding up to the whole build', () => {
	const phases = buildPhases(report);
	const line = (label: string) => phases.find((p) => p.label.startsWith(label))!;
	const cases: [string, number, number, number | undefined][] = [
		['start-up', 10, 5, 0],
		['content sync', 28, 14, 0],
		['bundling', 59, 29.5, 3],
		['static paths', 29, 14.5, 0],
		['pages: document pages', 40, 20, 4],
		['pages: parallel pages', 20, 10, 1],
		['pages: /[lang]/unknown', 1, 1, 0],
		// Page generation runs 130–200: 70 ms, 61 of them rendering; GC outside the renders at 150.
		['page generation outside the renders', 9, 35 - 31, 2],
		['integration site:pagefind', 59, 29.5, 0],
		['integration site:offline', 40, 20, 5],
	];
	for (const [label, ms, cpuMs, gcMs] of cases)
		assert.deepEqual(
			[line(label).ms, line(label).cpuMs, line(label).gcMs],
			[ms, cpuMs, gcMs],
			label
		);
	assert.equal(
		phases.reduce((n, p) => n + p.ms, 0),
		report.end,
		'wall times add up'
	);
	assert.equal(
		phases.reduce((n, p) => n + p.cpuMs, 0),
		report.cpuEnd,
		'CPU times add up'
	);
	assert.equal(
		phases.reduce((n, p) => n + (p.gcMs ?? 0), 0),
		15,
		'every collection counted once'
	);
	assert.deepEqual(
		line('static paths').parts?.map((p) => [p.label, p.ms]),
		[['open data files', 18]]
	);
	assert.deepEqual(
		line('pages: document pages').parts?.map((p) => p.label),
		['related documents (zh)']
	);
	assert.equal(
		line('integration site:build-timing'),
		undefined,
		'the timing itself is not a phase'
	);
});

test('buildPhases refuses a report of a build that did not finish', () => {
	assert.throws(() => buildPhases({ ...report, steps: [] }), /lacks a hook or step/);
});

test('timed runs the work, and records it only while a build is being timed', async () => {
	const global = globalThis as { [BUILD_TIMING_KEY]?: BuildTimingRecorder };
	assert.equal(await timed('untimed', () => Promise.resolve(1)), 1);
	const recorder: BuildTimingRecorder = { shared: [], current: '/[lang]/[kind]/[id]' };
	global[BUILD_TIMING_KEY] = recorder;
	try {
		assert.equal(await timed('timed', () => Promise.resolve(2)), 2);
		await assert.rejects(
			timed('failing', () => Promise.reject(new Error('no'))),
			/no/
		);
	} finally {
		delete global[BUILD_TIMING_KEY];
	}
	assert.deepEqual(
		recorder.shared.map((s) => [s.label, s.within, s.end >= s.start]),
		[
			['timed', '/[lang]/[kind]/[id]', true],
			['failing', '/[lang]/[kind]/[id]', true],
		]
	);
});
