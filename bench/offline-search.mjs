// Times the offline edition's search in Chromium from file://, as a reader types (run a build first;
// for scale, pass the `…-offline` folder the build-scale benchmark writes, e.g. bench/out/site-10000-offline).
// Per keystroke, the median of RUNS cold runs (a fresh page each) of the UI's own measure (`site-search`:
// search start to results shown, as bench/search-scale.mjs reads it on the web) and the renderer's CPU
// time over the same span; the first query includes loading the language's index scripts.
// Budgets (issue 13): first query within 1 s, later keystrokes within 100 ms.
// Usage: npm run bench:offline-search -- [dist-offline]
import { loadavg } from 'node:os';
import path from 'node:path';
import { openFolder, rendererCpuClock } from '../tests/lib/browser.mjs';

const RUNS = 5;
const TYPING = {
	zh: ['医联', '医联体', '医联体建', '医联体建设'],
	en: ['medical', 'medical c', 'medical con', 'medical consortia'],
};
const BUDGET = { first: 1000, next: 100 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const folder = await openFolder(path.resolve(process.argv[2] ?? 'dist-offline'));
console.log(
	`file:// in headless Chromium, medians of ${RUNS} cold runs; load average ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} at start`
);
console.log('lang  query                   ms    cpu  results');
const over = [];
for (const [lang, queries] of Object.entries(TYPING)) {
	const runs = [];
	for (let run = 0; run < RUNS; run++) {
		const page = await folder.newPage();
		const cpuSeconds = await rendererCpuClock(page);
		await page.goto(folder.url(`${lang}/search/index.html`));
		const rows = [];
		for (const [i, q] of queries.entries()) {
			const cpuBefore = await cpuSeconds();
			await page.locator('#search-q').fill(q);
			await page.waitForFunction((n) => performance.getEntriesByName('site-search').length > n, i, {
				timeout: 60_000,
			});
			const cpuMs = ((await cpuSeconds()) - cpuBefore) * 1000;
			const ms = await page.evaluate(
				() => performance.getEntriesByName('site-search').at(-1).duration
			);
			rows.push({ ms, cpuMs, status: await page.locator('.search-status').textContent() });
		}
		if (page.problems.length) console.log('problems:', page.problems);
		await page.close();
		runs.push(rows);
	}
	for (const [i, q] of queries.entries()) {
		const ms = median(runs.map((r) => r[i].ms));
		const cpu = median(runs.map((r) => r[i].cpuMs));
		console.log(
			`${lang.padEnd(4)}  ${q.padEnd(20)} ${ms.toFixed(0).padStart(5)}  ${cpu.toFixed(0).padStart(5)}  ${runs[0][i].status}`
		);
		if (ms > (i === 0 ? BUDGET.first : BUDGET.next))
			over.push(`${lang} ${i === 0 ? 'first query' : `keystroke "${q}"`}`);
	}
}
console.log(
	`\nbudgets (issue 13): first query ≤ ${BUDGET.first} ms, next keystrokes ≤ ${BUDGET.next} ms`
);
for (const o of over) console.log(`over budget: ${o}`);
await folder.close();
