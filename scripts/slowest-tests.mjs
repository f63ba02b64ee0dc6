// A node:test reporter that `npm test` runs beside spec: at the end it writes the ten slowest tests
// (each with its file and the suites it sits in) and a plain `N passed, N failed` line, so a run shows
// where its time goes and closes with its count whatever the reporters' order (scripts/test.mjs prints
// the file after the run).
import path from 'node:path';

const TOP = 10;

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* slowestTests(source) {
	/** The names of the tests and suites open at each nesting level, by file. */
	const open = new Map();
	const done = [];
	const count = { passed: 0, failed: 0, skipped: 0 };
	for await (const { type, data } of source) {
		if (type === 'test:start') {
			const names = open.get(data.file) ?? [];
			names.length = data.nesting;
			names.push(data.name);
			open.set(data.file, names);
		}
		if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
		if (data.skip || data.todo) count.skipped++;
		else count[type === 'test:pass' ? 'passed' : 'failed']++;
		const within = (open.get(data.file) ?? []).slice(0, data.nesting);
		const file = data.file ? path.relative(process.cwd(), data.file) : '?';
		done.push({
			ms: data.details?.duration_ms ?? 0,
			name: [file, ...within, data.name].join(' › '),
		});
	}
	const slowest = done.sort((a, b) => b.ms - a.ms).slice(0, TOP);
	yield `The ${slowest.length} slowest tests:\n${slowest.map((t) => `${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.name}`).join('\n')}\n`;
	yield `${count.passed} passed, ${count.failed} failed${count.skipped ? `, ${count.skipped} skipped` : ''}\n`;
}
