// The other-host scan of a built folder (docs/design.md §6): every file the scanners of tests/lib/external-refs.mjs
// read, its pages from the folder's index (tests/lib/site-index.mjs), which scanned them as it read them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allowed, SCANNERS } from './external-refs.mjs';
import { siteIndex } from './site-index.mjs';

/**
 * Pagefind writes its ready-made search UIs beside the index; our pages never load them (the site has
 * its own UI). Their code parses URLs against a dummy `https://p` base, which is not a request.
 */
const UNLOADED = /(?:^|\/)pagefind\/pagefind-(?:component-|modular-)?ui\.(?:js|css)$/;

/**
 * Every reference to another host in a built folder, as `file: <element attr> url` lines.
 * @param {string} root
 * @param {import('./external-refs.mjs').Options} [options]
 */
export function externalRefsInFolder(root, options = {}) {
	const { pages } = siteIndex(root);
	const out = [];
	for (const file of readdirSync(root, { recursive: true })
		.map((f) => String(f).split(path.sep).join('/'))
		.sort()) {
		const scan = SCANNERS[path.extname(file).toLowerCase()];
		if (!scan || UNLOADED.test(file)) continue;
		const refs =
			pages.get(file)?.hosts.filter((ref) => !allowed(ref, options)) ??
			scan(readFileSync(path.join(root, file), 'utf8'), options);
		for (const ref of refs) out.push(`${file}: ${ref.where} ${ref.url}`);
	}
	return out;
}
