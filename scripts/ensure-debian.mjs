// Tools the tests take from Debian's packages, installed with apt-get when missing (never a
// downloaded build of their own): Chromium for the browser tests, a headless Java runtime for the
// Nu HTML Checker, bibutils to read the BibTeX files as another reference tool does, and nginx with
// its Brotli module, which serves the build with the configuration it generates (tests/deploy/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool: the file the tests run and the Debian package that installs it. */
export const DEBIAN_TOOLS = {
	chromium: { path: '/usr/bin/chromium', package: 'chromium' },
	java: { path: '/usr/bin/java', package: 'default-jre-headless' },
	bibutils: { path: '/usr/bin/bib2xml', package: 'bibutils' },
	nginx: { path: '/usr/sbin/nginx', package: 'nginx' },
	/** Debian's build of the module that serves precompressed `.br` files (docs/deploy.md). */
	brotli: {
		path: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
		package: 'libnginx-mod-http-brotli-static',
	},
};
export const CHROMIUM_PATH = DEBIAN_TOOLS.chromium.path;
export const JAVA_PATH = DEBIAN_TOOLS.java.path;
export const BIBUTILS_PATH = DEBIAN_TOOLS.bibutils.path;
export const NGINX_PATH = DEBIAN_TOOLS.nginx.path;
export const BROTLI_MODULE = DEBIAN_TOOLS.brotli.path;

/** Installs the packages of the named tools that are missing, in one apt-get run. */
export function ensureDebianTools(names = Object.keys(DEBIAN_TOOLS)) {
	const missing = names.map((name) => DEBIAN_TOOLS[name]).filter((tool) => !existsSync(tool.path));
	if (missing.length === 0) return;
	const packages = missing.map((tool) => tool.package);
	console.log(
		`missing ${missing.map((tool) => tool.path).join(', ')}: installing Debian's ${packages.join(', ')} with apt-get…`
	);
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	const run = (args) =>
		execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
	run(['apt-get', 'update', '-qq']);
	run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
	for (const tool of missing)
		if (!existsSync(tool.path)) throw new Error(`apt-get finished but ${tool.path} does not exist`);
}

export const ensureChromium = () => ensureDebianTools(['chromium']);
export const ensureNginx = () => (ensureDebianTools(['nginx', 'brotli']), NGINX_PATH);

if (import.meta.url === `file://${process.argv[1]}`) ensureDebianTools();
