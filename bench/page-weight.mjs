// Prints the weight of every reading page of the built site (run `npm run build` first):
// HTML, CSS and JS, raw and gzip, against docs/design.md §8's budget.  Usage: npm run bench:page-weight -- [dist]
import path from 'node:path';
import { BUDGET, pageWeight } from '../scripts/lib/page-weight.mjs';
import { htmlFiles } from '../tests/lib/site.mjs';

const root = path.resolve(process.argv[2] ?? 'dist');
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const rows = htmlFiles(root)
	.filter((f) => /^(zh|en)\//.test(f) && !f.includes('/search/'))
	.map((f) => pageWeight(root, f))
	.sort((a, b) => b.total.gzip - a.total.gzip);
console.log('page'.padEnd(62), 'html.gz', ' css.gz', '  js.gz', 'total.gz', '(KB)');
for (const w of rows)
	console.log(w.file.padEnd(62), kb(w.html.gzip), kb(w.css.gzip), kb(w.js.gzip), kb(w.total.gzip));
const worst = rows[0];
console.log(
	`\nheaviest: ${worst?.file} ${kb(worst?.total.gzip ?? 0)} KB gzip (budget ${BUDGET.totalGzip / 1024} KB), JS ${kb(worst?.js.gzip ?? 0)} KB (budget ${BUDGET.jsGzip / 1024} KB)`
);
