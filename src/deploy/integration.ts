import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageRedirects } from '../redirects.ts';
import { LANGS } from '../schemas/common.ts';
import { SECURITY_HEADERS } from './csp.ts';
import { nginxServerBlock } from './nginx.ts';
import { precompress } from './precompress.ts';
import { DEPLOY_FOLDER_SUFFIX, describeSite, HOST_FILES } from './site.ts';
import { headersFile, redirectsFile } from './staticHosts.ts';

/**
 * Host configuration generated from the finished build (docs/deploy.md), after every other
 * integration (the offline edition copies the build, without these):
 * - `_headers` and `_redirects` in the site, which Netlify and Cloudflare Pages read;
 * - `{outDir}-deploy/nginx.conf`, a server block for nginx;
 * - `x.gz` and `x.br` beside each text file, which nginx sends as they are.
 * Under `astro preview` (`npm start`) the preview server sends the same security headers.
 */
export function hostConfig(): AstroIntegration {
	let base = '/';
	return {
		name: 'site:host-config',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'preview') updateConfig({ server: { headers: { ...SECURITY_HEADERS } } });
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir).replace(/\/$/, '');
				const files = readdirSync(root, { recursive: true, withFileTypes: true })
					.filter((d) => d.isFile())
					.map((d) =>
						path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/')
					)
					.filter((f) => !HOST_FILES.includes(f))
					.sort();
				const site = describeSite(files, { base, langs: LANGS, redirects: pageRedirects });
				writeFileSync(path.join(root, '_headers'), headersFile(site));
				writeFileSync(
					path.join(root, '_redirects'),
					redirectsFile(site, { force: process.env.NETLIFY === 'true' })
				);
				const deploy = `${root}${DEPLOY_FOLDER_SUFFIX}`;
				mkdirSync(deploy, { recursive: true });
				// For base `/` the server block serves this very folder; under a sub-path, root is where a deployer copies it to.
				writeFileSync(
					path.join(deploy, 'nginx.conf'),
					nginxServerBlock(site, { listen: '8080', root: base === '/' ? root : '/srv/www' })
				);
				const sizes = await precompress(root, files);
				const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
				logger.info(
					`_headers, _redirects, ${path.basename(deploy)}/nginx.conf; ${sizes.files} files precompressed, ${kb(sizes.raw)} → gzip ${kb(sizes.gzip)}, brotli ${kb(sizes.brotli)}; ${((performance.now() - started) / 1000).toFixed(1)} s`
				);
			},
		},
	};
}
