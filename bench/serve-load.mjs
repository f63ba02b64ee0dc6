// The servers people use, under load and faults (issue 15): Astro's preview server (`npm start`,
// `npm run serve`) and nginx with the generated configuration (docs/deploy.md), each given 2,000
// requests at 100 at once (pages, assets, citations, the offline zip, missing and hostile
// addresses), 300 downloads of the offline zip cut off after the first bytes, and the write
// methods. Prints the answers by status, the time taken, and the server's open file handles before
// and after, counted in /proc. Run after `npm run build`:  npm run bench:serve-load
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { OFFLINE } from '../src/offline/layout.ts';
import {
	cutDownloads,
	hammer,
	HOSTILE_PATHS,
	openHandles,
	request,
	settle,
	WRITE_METHODS,
} from '../tests/lib/load.mjs';
import { startNginx } from '../tests/lib/nginx.mjs';
import { DIST } from '../tests/lib/site.mjs';

const ZIP = `/${OFFLINE.download}`;
const first = (folder, ext) =>
	`/${folder}/${readdirSync(path.join(DIST, folder)).find((f) => f.endsWith(ext))}`;
const PATHS = [
	'/',
	'/en/',
	'/zh/',
	'/en/search/',
	first('_astro', '.css'),
	first('_astro', '.js'),
	first('data/en', '.ris'),
	first('data/en', '.bib'),
	'/en/no-such-page/',
	...HOSTILE_PATHS,
	ZIP,
];

/** A process and its children (nginx's workers), for counting handles. */
function family(pid) {
	const children = readdirSync('/proc')
		.filter((p) => /^\d+$/.test(p))
		.filter((p) => {
			try {
				return (
					readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(pid)
				);
			} catch {
				return false;
			}
		})
		.map(Number);
	return [pid, ...children];
}
const handles = (pid) => family(pid).reduce((n, p) => n + openHandles(p), 0);

async function run(name, origin, pid) {
	const before = handles(pid);
	const { statuses, ms } = await hammer(origin, PATHS, { total: 2000, concurrency: 100 });
	const cutStarted = performance.now();
	const cut = await cutDownloads(origin, ZIP, { count: 300, concurrency: 20 });
	const cutMs = performance.now() - cutStarted;
	const methods = Object.fromEntries(
		await Promise.all(
			WRITE_METHODS.map(async (m) => [
				m,
				(await request(origin, '/en/', { method: m, body: m === 'TRACE' ? undefined : 'x=1' }))
					.status,
			])
		)
	);
	http.globalAgent.destroy(); // our own idle keep-alive connections, which the server would count
	await settle(() => handles(pid) <= before, 5000);
	const after = handles(pid);
	const up = (await request(origin, '/en/')).status === 200;
	console.log(`\n${name}`);
	console.log(
		`  2,000 requests at 100 at once: ${(ms / 1000).toFixed(1)} s, by status ${JSON.stringify(statuses)}`
	);
	console.log(
		`  300 cut-off downloads of the zip: ${cut} cut after their first bytes, ${(cutMs / 1000).toFixed(1)} s`
	);
	console.log(`  write methods: ${JSON.stringify(methods)}`);
	console.log(
		`  open handles: ${before} before, ${after} after; still serving: ${up ? 'yes' : 'NO'}`
	);
}

// Astro's preview server, as `npm run serve` starts it (a port of its own).
const port = 4400 + Math.floor(Math.random() * 500);
const preview = spawn(
	path.resolve('node_modules/.bin/astro'),
	['preview', '--port', String(port), '--host', '127.0.0.1', '--force'],
	{ stdio: 'ignore' }
);
const origin = `http://127.0.0.1:${port}`;
await settle(() => false, 200);
for (let i = 0; i < 100 && (await request(origin, '/')).status !== 200; i++)
	await new Promise((r) => setTimeout(r, 200));
await run('astro preview (npm start, npm run serve)', origin, /** @type {number} */ (preview.pid));
preview.kill();

const nginx = await startNginx({ dist: DIST });
await run('nginx with dist-deploy/nginx.conf', nginx.origin, nginx.pid);
await nginx.stop();
