// Prints the size of the offline edition (run `npm run build` first) by part, the zip, and the web
// build it was made from, side by side. Usage: npm run bench:offline-size -- [dist-offline]
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { OFFLINE } from '../src/offline/layout.ts';

const edition = path.resolve(process.argv[2] ?? `dist${OFFLINE.folderSuffix}`);
const web = edition.slice(0, -OFFLINE.folderSuffix.length);
const filesOf = (root) =>
	readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => ({
			file: path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'),
			bytes: statSync(path.join(d.parentPath, d.name)).size,
		}));
/** The parts of a build, first match wins. */
const PARTS = {
	'compressed copies': (f) => /\.(gz|br)$/.test(f),
	'pages (HTML)': (f) => f.endsWith('.html'),
	'search index': (f) => f.startsWith('_search/'),
	'Pagefind bundle': (f) => f.startsWith('pagefind/'),
	'open data': (f) => f.startsWith('data/'),
	'downloads (zip)': (f) => f.startsWith('downloads/'),
	scripts: (f) => f.endsWith('.js'),
	styles: (f) => f.endsWith('.css'),
	other: () => true,
};
const mb = (n) => `${(n / 2 ** 20).toFixed(1).padStart(8)} MB`;
const sizes = (root) => {
	const out = Object.fromEntries(Object.keys(PARTS).map((p) => [p, { files: 0, bytes: 0 }]));
	for (const { file, bytes } of filesOf(root)) {
		const part = Object.keys(PARTS).find((p) => PARTS[p](file));
		out[part].files++;
		out[part].bytes += bytes;
	}
	return out;
};
const [ed, wb] = [sizes(edition), existsSync(web) ? sizes(web) : undefined];
console.log(
	`${''.padEnd(20)} ${'offline edition'.padStart(24)} ${wb ? 'web build'.padStart(24) : ''}`
);
const row = (name, a, b) =>
	console.log(
		`${name.padEnd(20)} ${`${a.files} files`.padStart(12)} ${mb(a.bytes)} ${b ? `${`${b.files} files`.padStart(12)} ${mb(b.bytes)}` : ''}`
	);
const total = (s) =>
	Object.values(s).reduce((t, x) => ({ files: t.files + x.files, bytes: t.bytes + x.bytes }), {
		files: 0,
		bytes: 0,
	});
for (const name of Object.keys(PARTS))
	if (ed[name].files || wb?.[name].files) row(name, ed[name], wb?.[name]);
row('total', total(ed), wb && total(wb));
console.log(
	`${'zip'.padEnd(20)} ${''.padStart(12)} ${mb(statSync(`${edition}.zip`).size)}  (${path.basename(edition)}.zip)`
);
