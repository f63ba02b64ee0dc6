// `npm run published-urls`: adds every page and section anchor of the built dist/ (a build at base /)
// to tests/published-urls.txt. Lines are only ever added: a published address stays published.
import { existsSync } from 'node:fs';
import { DIST } from '../tests/lib/site.mjs';
import { PUBLISHED_LIST, publishedAddresses, writePublishedList } from '../tests/lib/published.mjs';

if (!existsSync(`${DIST}/index.html`)) {
	console.error('No dist/index.html: run `npm run build` first (without BASE_PATH).');
	process.exit(1);
}
const { total, added } = writePublishedList(publishedAddresses(DIST));
console.log(`${PUBLISHED_LIST}: ${total} addresses, ${added} new`);
