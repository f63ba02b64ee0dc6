import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapEntries, sitemapXml } from '../lib/sitemap.ts';

/**
 * After `astro build`, writes `sitemap.xml` at the base from the built pages' heads (src/lib/sitemap.ts):
 * every page that is not `noindex`, at its canonical URL, with its hreflang alternates. Only with
 * SITE_URL: a sitemap needs absolute URLs, and without SITE_URL the build names no host
 * (docs/metadata.md). Runs before the offline edition, so the copy is of the finished site.
 */
export function sitemap(): AstroIntegration {
	let site: string | undefined;
	return {
		name: 'site:sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!site) return logger.info('no SITE_URL: no sitemap.xml (it would need absolute URLs)');
				const root = fileURLToPath(dir);
				const files = readdirSync(root, { recursive: true })
					.map(String)
					.filter((f) => f.endsWith('.html'))
					.sort();
				// One page at a time, and only as far as its head: the rest is most of the site's bytes.
				const pages = (function* (): Generator<[string, string]> {
					for (const f of files) yield [f.split(path.sep).join('/'), readHead(path.join(root, f))];
				})();
				const entries = sitemapEntries(pages);
				writeFileSync(path.join(root, 'sitemap.xml'), sitemapXml(entries));
				logger.info(`sitemap.xml: ${entries.length} pages`);
			},
		},
	};
}

/**
 * The start of a built page, at least up to the end of its head (the whole page when it has no
 * `</head>`): the sitemap reads nothing else, and a page can run to megabytes. A character cut at the
 * end of what was read comes after the head, which is all that is used.
 */
function readHead(file: string): string {
	const fd = openSync(file, 'r');
	try {
		let buffer = Buffer.alloc(16 * 1024);
		let length = 0;
		for (;;) {
			if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]);
			const read = readSync(fd, buffer, length, buffer.length - length, length);
			length += read;
			const text = buffer.toString('utf8', 0, length);
			if (read === 0 || /<\/head[\s>]/i.test(text)) return text;
		}
	} finally {
		closeSync(fd);
	}
}
