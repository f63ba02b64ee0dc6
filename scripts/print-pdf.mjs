// `npm run print-pdf -- /en/plans/banan-tcm-plan-2024-2027/ out.pdf`: prints a page of the built dist/
// to PDF with Debian's chromium (A4, print stylesheet), to look at what a reader's printout shows.
import { openSite } from '../tests/lib/browser.mjs';

const [path = '/en/', out = 'page.pdf'] = process.argv.slice(2);
const site = await openSite();
try {
	const page = await site.newPage();
	await page.goto(site.url(path), { waitUntil: 'load' });
	await page.pdf({
		path: out,
		format: 'A4',
		printBackground: false,
		margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
	});
	console.log(`${out}: ${path} printed`);
} finally {
	await site.close();
}
