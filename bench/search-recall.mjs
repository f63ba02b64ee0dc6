// Recall and precision of search, per language, against the substring ground truth (docs/search.md),
// in Chromium, for three set-ups on the same built site and query set:
//   default   Pagefind 1.5.2 as shipped: its own index of the pages (jieba words for Chinese,
//             stemming for English) and pagefind.search(query)
//   rewrite   the same default index, the query split into words/characters, and the results
//             post-filtered on their text (the cheap fix that keeps Pagefind's index)
//   ours      the site's search: our token index and the real <site-search> code
// Usage: npm run bench:search-recall -- [dist]   (run `npm run build` first; writes bench/out/recall-site)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { openSite } from '../tests/lib/browser.mjs';
import { indexedPages, querySet, score, viaSiteSearch } from './lib/recall.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const root = path.resolve('bench/out/recall-site');
rmSync(root, { recursive: true, force: true });
cpSync(dist, root, { recursive: true });
for (const lang of ['zh', 'en']) {
	const { index } = await pagefind.createIndex({ forceLanguage: lang });
	await index.addDirectory({ path: root, glob: `${lang}/**/*.html` });
	await index.writeFiles({ outputPath: path.join(root, lang, 'pagefind-default') });
}
await pagefind.close();
// The shared matching code as browser JS, for the rewrite set-up's post-filter.
mkdirSync(path.join(root, '__bench'));
writeFileSync(
	path.join(root, '__bench/text.js'),
	stripTypeScriptTypes(readFileSync('src/search/text.ts', 'utf8'))
);

/** Runs `q` on the default index in the page; `rewrite` splits the query and checks the text. */
const viaDefault = (page, lang, rewrite) => (q) =>
	page.evaluate(
		async ([q, lang, rewrite]) => {
			const pf = await import(`/${lang}/pagefind-default/pagefind.js`);
			await pf.options({ basePath: `/${lang}/pagefind-default/`, highlightParam: null });
			const { parseQuery, containsQuery } = await import('/__bench/text.js');
			// The site's Traditional → Simplified map (docs/search.md), from its own index.
			const index = `/_search/${lang}/`;
			const t2s = rewrite
				? await fetch(`${index}index.json`)
						.then((r) => r.json())
						.then((m) => fetch(`${index}${m.root}t2s.json`))
						.then((r) => r.json())
				: {};
			const query = parseQuery(q, t2s);
			const term = rewrite ? query.words.join(' ') : q;
			const results = (await pf.search(term))?.results ?? [];
			const data = await Promise.all(results.map((r) => r.data()));
			return data
				.filter((d) => !rewrite || containsQuery(d.content.replace(/\s+/g, ' '), query))
				.map((d) => d.raw_url);
		},
		[q, lang, rewrite]
	);

const site = await openSite({ root });
const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log('lang  set-up    queries  relevant  recall  precision  substring-recall');
for (const lang of ['zh', 'en']) {
	const pages = indexedPages(root, lang);
	const queries = querySet(pages, lang);
	// Pagefind needs WebAssembly, which the site's Content-Security-Policy forbids (its own search
	// needs none): the page is opened with the policy bypassed, as a site using Pagefind would allow it.
	const page = await (
		await site.browser.newContext({ bypassCSP: true, locale: 'en-GB' })
	).newPage();
	await page.goto(site.url(`/${lang}/search/`));
	for (const [name, search] of [
		['default', viaDefault(page, lang, false)],
		['rewrite', viaDefault(page, lang, true)],
		['ours', viaSiteSearch(page, lang)],
	]) {
		const s = await score(pages, queries, search);
		console.log(
			`${lang.padEnd(5)} ${name.padEnd(9)} ${String(queries.length).padStart(7)} ${String(s.relevant).padStart(9)} ${pct(s.recall)} ${pct(s.precision)}    ${pct(s.substringRecall)}`
		);
		const lost = s.rows
			.filter((r) => r.missed.length)
			.map((r) => `${r.q} (${r.hits}/${r.relevant})`);
		if (lost.length)
			console.log(
				`      queries that lose pages: ${lost.slice(0, 12).join(', ')}${lost.length > 12 ? ` … ${lost.length} in all` : ''}`
			);
	}
}
await site.close();
