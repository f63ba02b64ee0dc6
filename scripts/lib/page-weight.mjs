// The weight of a built page as a reader's browser fetches it: the HTML plus the stylesheets and
// scripts it loads on arrival (images aside), raw and gzip-compressed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * @param {string} root built site folder
 * @param {string} file page path relative to root
 * @param {string} base the site's base path
 */
export function pageWeight(root, file, base = '/') {
	const html = readFileSync(path.join(root, file));
	const text = html.toString('utf8');
	const local = (ref) =>
		path.join(
			root,
			ref.startsWith(base) ? ref.slice(base.length) : path.posix.join(path.posix.dirname(file), ref)
		);
	const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
		readFileSync(local(m[1]))
	);
	const externalJs = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)]
		.map((m) => m[1])
		.filter((ref) => existsSync(local(ref)))
		.map((ref) => readFileSync(local(ref)));
	const inlineJs = [
		...text.matchAll(
			/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g
		),
	].map((m) => Buffer.from(m[1]));
	const js = [...externalJs, ...inlineJs];
	const sum = (bufs, f) => bufs.reduce((n, b) => n + f(b), 0);
	return {
		file,
		html: { raw: html.length, gzip: gz(html) },
		css: { raw: sum(css, (b) => b.length), gzip: sum(css, gz) },
		js: { raw: sum(js, (b) => b.length), gzip: sum(js, gz) },
		total: {
			raw: html.length + sum(css, (b) => b.length) + sum(js, (b) => b.length),
			gzip: gz(html) + sum(css, gz) + sum(js, gz),
		},
	};
}

/** docs/design.md §8: a reading page is at most 60 KB over the wire and at most 10 KB of JavaScript. */
export const BUDGET = { totalGzip: 60 * 1024, jsGzip: 10 * 1024 };
