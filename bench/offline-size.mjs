// Prints the size of the offline edition (run `npm run build` first): the folder by part, the zip,
// and the pages a reader gets. Usage: npm run bench:offline-size -- [dist-offline]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { OFFLINE } from '../src/offline/layout.ts';

const root = path.resolve(process.argv[2] ?? `dist${OFFLINE.folderSuffix}`);
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => statSync(path.join(root, f)).isFile())
  .map((f) => f.split(path.sep).join('/'));
const parts = {
  'pages (HTML)': (f) => f.endsWith('.html'),
  'search index': (f) => f.startsWith(`${OFFLINE.scripts}/search-index.`),
  'scripts': (f) => f.endsWith('.js') && !f.startsWith(`${OFFLINE.scripts}/search-index.`),
  'styles': (f) => f.endsWith('.css'),
  'other': () => true,
};
const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
const taken = new Set();
let total = 0;
for (const [name, test] of Object.entries(parts)) {
  const mine = files.filter((f) => !taken.has(f) && test(f));
  mine.forEach((f) => taken.add(f));
  const bytes = mine.reduce((n, f) => n + statSync(path.join(root, f)).size, 0);
  total += bytes;
  console.log(name.padEnd(16), String(mine.length).padStart(4), 'files', kb(bytes));
}
console.log('total'.padEnd(16), String(files.length).padStart(4), 'files', kb(total));
console.log('zip'.padEnd(16), '    ', '     ', kb(readFileSync(`${root}.zip`).length), `(${path.basename(root)}.zip)`);
