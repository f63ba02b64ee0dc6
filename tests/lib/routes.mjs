// Route families: the page templates of src/pages/, each with its variants (a language, a browse
// facet), found in a build. The browser tests open one page of each family and of
// each special case (a chart, a kind of table) instead of every page, so their time stays the same as
// the content grows, and a new template is a new family without anyone listing it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BROWSE_FACETS } from '../../src/lib/browse.ts';
import { KIND_SEGMENT } from '../../src/lib/paths.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { DIST, htmlFiles } from './site.mjs';

const PAGES = path.resolve('src/pages');

/**
 * Route parameters that pick a variant of a template from a fixed set: each value is a family of its
 * own (`/en/regions/[key]/` and `/zh/topics/[key]/`), because the templates branch on them (the
 * regions index shows who works with whom, a topic's page its sections). Any other parameter names an
 * entry (`[id]`, `[key]`), and the pages of all its values are one family.
 */
const VARIANTS = { lang: LANGS, facet: BROWSE_FACETS };
/**
 * Route parameters with a fixed set of values that the template does not branch on: the kind of
 * document only chooses which documents a list shows. A path must use one of the values (`/en/faqs/`
 * is a redirect, not a kind), but all of them are one family (`en/[kind]/[id]`); the components that
 * only some documents have are special cases (FEATURES).
 */
const CHOICES = { kind: Object.values(KIND_SEGMENT) };

/**
 * @typedef {{ kind: 'static', value: string } | { kind: 'variant' | 'choice', name: string, values: readonly string[] } | { kind: 'entry', name: string } | { kind: 'rest', name: string }} Segment
 * @typedef {{ file: string, segments: Segment[] }} Route a page route: its file under src/pages/ and its path's segments
 */

/** The page routes of src/pages/ (endpoints such as feed.xml.ts write no HTML page). @returns {Route[]} */
export function pageRoutes(pagesDir = PAGES) {
	return readdirSync(pagesDir, { recursive: true })
		.map((f) => String(f).split(path.sep).join('/'))
		.filter((f) => f.endsWith('.astro'))
		.map((file) => ({
			file,
			segments: file
				.replace(/(?:^|\/)index\.astro$|\.astro$/, '')
				.split('/')
				.filter(Boolean)
				.map((s) => {
					const param = /^\[(\.\.\.)?(\w+)\]$/.exec(s);
					if (!param) return { kind: 'static', value: s };
					if (param[1]) return { kind: 'rest', name: param[2] };
					if (VARIANTS[param[2]])
						return { kind: 'variant', name: param[2], values: VARIANTS[param[2]] };
					if (CHOICES[param[2]])
						return { kind: 'choice', name: param[2], values: CHOICES[param[2]] };
					return { kind: 'entry', name: param[2] };
				}),
		}));
}

/**
 * How specific a segment is, as Astro ranks routes: a fixed value (or one of a fixed set), then one
 * entry, then any number of segments (a rest parameter such as `[...redirect]` takes whatever path no
 * other route explains).
 */
const RANK = { static: 0, variant: 0, choice: 0, entry: 1, rest: 2 };

/** The family name of a page's path segments under a route, or undefined when the route does not match. */
function familyUnder(route, parts) {
	const name = [];
	for (const [i, s] of route.segments.entries()) {
		if (s.kind === 'rest') return [...name, `[...${s.name}]`].join('/');
		const part = parts[i];
		if (part === undefined) return undefined;
		if (s.kind === 'static' && part !== s.value) return undefined;
		if ((s.kind === 'variant' || s.kind === 'choice') && !s.values.includes(part)) return undefined;
		name.push(s.kind === 'entry' || s.kind === 'choice' ? `[${s.name}]` : part);
	}
	return parts.length === route.segments.length ? name.join('/') : undefined;
}

/**
 * The family of a built page (`en/plans/x/index.html` → `en/plans/[id]`, `404.html` → `404`) and its
 * route, by the most specific route that matches its path, or undefined when no route does.
 * @param {string} file
 * @param {Route[]} routes
 * @returns {{ route: Route, family: string } | undefined}
 */
export function familyOf(file, routes) {
	const parts = file
		.replace(/(?:^|\/)index\.html$|\.html$/, '')
		.split('/')
		.filter(Boolean);
	const matches = routes
		.map((route) => ({ route, family: familyUnder(route, parts) }))
		.filter((m) => m.family !== undefined);
	const rank = (route) => route.segments.map((s) => RANK[s.kind]);
	const better = (a, b) => {
		const [ra, rb] = [rank(a.route), rank(b.route)];
		for (let i = 0; i < Math.max(ra.length, rb.length); i++)
			if ((ra[i] ?? -1) !== (rb[i] ?? -1)) return (ra[i] ?? -1) < (rb[i] ?? -1);
		return false;
	};
	return matches.reduce((best, m) => (!best || better(m, best) ? m : best), undefined);
}

/**
 * Special cases inside a family's pages that the browser must see too: components that only some
 * documents have. Each is found by its markup, the first page of each language that has it.
 */
export const FEATURES = {
	chart: (html) => html.includes('class="figure-charts'),
	'figure table': (html) => html.includes('<table class="figure-table"'),
	'task table': (html) => html.includes('<table class="task-table"'),
	'table in the text': (html) => html.includes('<table>'),
};

/**
 * The pages of a build grouped by family, and the pages that stand for them: the first page of each
 * family, and the first page of each language with each feature (documents, not their parallel pages,
 * which show the same components). Also what the grouping could not explain: pages no route matches,
 * routes with no page, features no page has.
 * @param {string} [root]
 * @returns {{
 *   families: Map<string, { route: string, files: string[] }>, representatives: { file: string, why: string }[],
 *   unmatched: string[], unbuilt: string[], missingFeatures: string[],
 * }}
 */
export function routeFamilies(root = DIST, routes = pageRoutes()) {
	const families = new Map();
	const unmatched = [];
	for (const file of htmlFiles(root)) {
		const found = familyOf(file, routes);
		if (!found) unmatched.push(file);
		else if (families.has(found.family)) families.get(found.family).files.push(file);
		else families.set(found.family, { route: found.route.file, files: [file] });
	}
	const unbuilt = routes
		.map((r) => r.file)
		.filter((file) => ![...families.values()].some((f) => f.route === file));
	const representatives = [...families].map(([family, { files }]) => ({
		file: files[0],
		why: family,
	}));
	// Each language's document pages are read once, in order, until every feature has its page.
	const missingFeatures = [];
	for (const lang of LANGS) {
		const wanted = new Map(Object.entries(FEATURES));
		const documents = [...families]
			.filter(([family]) => family.startsWith(`${lang}/`) && family.endsWith('/[id]'))
			.flatMap(([, { files }]) => files);
		for (const file of documents) {
			if (!wanted.size) break;
			const html = readFileSync(path.join(root, file), 'utf8');
			for (const [feature, has] of wanted) {
				if (!has(html)) continue;
				wanted.delete(feature);
				const chosen = representatives.find((r) => r.file === file);
				if (chosen) chosen.why += `, ${feature}`;
				else representatives.push({ file, why: `${lang} ${feature}` });
			}
		}
		missingFeatures.push(...[...wanted.keys()].map((feature) => `${lang}: ${feature}`));
	}
	return { families, representatives, unmatched, unbuilt, missingFeatures };
}
