// The deployment tests (tests/deploy/) serve the built site with nginx and the configuration the
// build generates; install Debian's nginx (and its Brotli module) with apt-get when it is missing,
// as scripts/ensure-chromium.mjs does for the browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const NGINX_PATH = '/usr/sbin/nginx';
/** Debian's build of the Brotli module that serves precompressed `.br` files (docs/deploy.md). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function ensureNginx() {
  if (existsSync(NGINX_PATH) && existsSync(BROTLI_MODULE)) return NGINX_PATH;
  console.log("nginx is missing: installing Debian's nginx and libnginx-mod-http-brotli-static packages with apt-get…");
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'nginx', 'libnginx-mod-http-brotli-static']);
  if (!existsSync(NGINX_PATH)) throw new Error(`apt-get finished but ${NGINX_PATH} does not exist`);
  return NGINX_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureNginx();
