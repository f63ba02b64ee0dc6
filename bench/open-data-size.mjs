// Prints the size of the open data (docs/open-data.md) of a build (run `npm run build` first): each
// shared file, and the per-document files by format, raw and gzipped (what a server sends).
// Usage: npm run bench:open-data-size -- [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.join(path.resolve(process.argv[2] ?? 'dist'), 'data');
const files = readdirSync(root, { recursive: true })
	.map(String)
	.filter((f) => statSync(path.join(root, f)).isFile())
	.map((f) => f.split(path.sep).join('/'))
	.sort();
const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
const sizes = (list) =>
	list.reduce(
		([raw, gz], f) => {
			const bytes = readFileSync(path.join(root, f));
			return [raw + bytes.length, gz + gzipSync(bytes).length];
		},
		[0, 0]
	);
const row = (name, list) => {
	const [raw, gz] = sizes(list);
	console.log(
		name.padEnd(28),
		String(list.length).padStart(4),
		'files',
		kb(raw),
		'raw',
		kb(gz),
		'gzip'
	);
};
const perDocument = /^(zh|en)\//;
for (const f of files.filter((f) => !perDocument.test(f))) row(f, [f]);
for (const [name, ext] of [
	['{lang}/{id}.json', /\/[^/.]+\.json$/],
	['{lang}/{id}.ris', /\.ris$/],
	['{lang}/{id}.bib', /\.bib$/],
	['{lang}/{id}.csl.json', /\.csl\.json$/],
])
	row(
		name,
		files.filter((f) => perDocument.test(f) && ext.test(f))
	);
row('total', files);
