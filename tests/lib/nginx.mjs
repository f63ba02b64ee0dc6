// nginx for the deployment tests: the server block the build wrote ({outDir}-deploy/nginx.conf),
// unchanged but for its `listen` and `root` lines, inside a minimal main configuration that runs
// unprivileged from a temporary prefix (own pid file, logs and temp paths), in the foreground,
// on a free loopback port.
import { spawn } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BROTLI_MODULE, ensureNginx } from '../../scripts/ensure-debian.mjs';
import { DEPLOY_FOLDER_SUFFIX } from '../../src/deploy/site.ts';

/** A free port on loopback (another process could take it before nginx does; the start retries). */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** Whether something accepts connections on the port. */
const listening = (port) =>
	new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
		socket.on('error', () => resolve(false));
	});

/**
 * Serves a build with its generated nginx configuration.
 * @param {{ dist: string, base?: string }} options the build folder and its base path
 * @returns {Promise<{ url: string, origin: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startNginx({ dist, base = '/' }) {
	const nginx = ensureNginx();
	const serverBlock = readFileSync(`${dist}${DEPLOY_FOLDER_SUFFIX}/nginx.conf`, 'utf8');
	const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
	// Started as root, nginx's workers run as nobody, who must reach the site through this folder.
	chmodSync(prefix, 0o755);
	// The server block's root holds the site at its base: the build itself for `/`, else a folder with the build at `kb/`.
	let root = dist;
	if (base !== '/') {
		root = path.join(prefix, 'www');
		mkdirSync(path.dirname(path.join(root, base)), { recursive: true });
		symlinkSync(dist, path.join(root, base.replace(/\/$/, '')));
	}
	for (let attempt = 0; attempt < 3; attempt++) {
		const port = await freePort();
		const conf = path.join(prefix, 'nginx.conf');
		writeFileSync(
			path.join(prefix, 'site.conf'),
			serverBlock
				.replace(/^ {4}listen .*;$/m, `    listen 127.0.0.1:${port};`)
				.replace(/^ {4}root .*;$/m, `    root ${root};`)
		);
		writeFileSync(
			conf,
			[
				existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
				'daemon off;',
				'worker_processes 1;',
				`pid ${prefix}/nginx.pid;`,
				`error_log ${prefix}/error.log warn;`,
				'events { worker_connections 1024; }',
				'http {',
				'    access_log off;',
				'    sendfile on;',
				...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
					(t) => `    ${t}_temp_path ${prefix}/${t};`
				),
				// docs/deploy.md: one line more where nginx has the Brotli module.
				existsSync(BROTLI_MODULE) ? '    brotli_static on;' : '',
				`    include ${prefix}/site.conf;`,
				'}',
				'',
			].join('\n')
		);
		const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', `${prefix}/error.log`], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		const exited = new Promise((resolve) => child.on('exit', resolve));
		const started = Date.now();
		while (Date.now() - started < 5000 && child.exitCode === null && !(await listening(port)))
			await new Promise((r) => setTimeout(r, 50));
		if (child.exitCode === null && (await listening(port))) {
			return {
				url: `http://127.0.0.1:${port}${base}`,
				origin: `http://127.0.0.1:${port}`,
				pid: /** @type {number} */ (child.pid),
				stop: async () => {
					child.kill('SIGQUIT');
					await exited;
					rmSync(prefix, { recursive: true, force: true });
				},
			};
		}
		child.kill('SIGKILL');
		await exited;
		const log = existsSync(`${prefix}/error.log`)
			? readFileSync(`${prefix}/error.log`, 'utf8')
			: '';
		if (!/Address already in use/.test(stderr + log))
			throw new Error(`nginx did not start: ${stderr}${log}`);
	}
	throw new Error('nginx found no free port in three attempts');
}
