// Route families on a made-up src/pages/ and build: the most specific route wins, variants are
// families of their own, entries and choices are one family, and what no route explains is reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familyOf, pageRoutes, routeFamilies } from './routes.mjs';
import { temporaryFolders } from './temp-folder.mjs';

const folder = temporaryFolders('routes-');

const pages = folder(
	Object.fromEntries(
		[
			'404.astro',
			'[...redirect].astro',
			'index.astro',
			'[lang]/index.astro',
			'[lang]/about/index.astro',
			'[lang]/[kind]/[id]/index.astro',
			'[lang]/[facet]/index.astro',
			'[lang]/[facet]/[key]/index.astro',
			'[lang]/feed.xml.ts',
			'd/[id]/index.astro',
		].map((f) => [f, ''])
	)
);
const routes = pageRoutes(pages);

test('a page goes to the most specific route that matches, variants named, entries and choices not', () => {
	const cases = {
		'404.html': '404',
		'index.html': '',
		'en/index.html': 'en',
		'en/about/index.html': 'en/about',
		'zh/plans/x/index.html': 'zh/[kind]/[id]',
		'en/faq/y/index.html': 'en/[kind]/[id]',
		'en/regions/index.html': 'en/regions',
		'en/regions/hebei/index.html': 'en/regions/[key]',
		'd/x/index.html': 'd/[id]',
		'en/faqs/index.html': '[...redirect]', // no kind or facet is called faqs
		'old/deep/page/index.html': '[...redirect]',
	};
	for (const [file, family] of Object.entries(cases))
		assert.equal(familyOf(file, routes)?.family, family, file);
});

test('a build: the first page of each family stands for it; pages and routes left over are reported', () => {
	const page = (body) => `<!doctype html><html><body>${body}</body></html>`;
	const root = folder({
		'en/plans/a/index.html': page('<p>a</p>'),
		'en/plans/b/index.html': page('<table class="task-table"></table>'),
		'en/about/index.html': page(''),
		'fr/index.html': page(''),
	});
	const { families, representatives, unmatched, unbuilt, missingFeatures } = routeFamilies(
		root,
		routes
	);
	assert.deepEqual([...families.keys()], ['en/about', 'en/[kind]/[id]', '[...redirect]']);
	assert.deepEqual(representatives, [
		{ file: 'en/about/index.html', why: 'en/about' },
		{ file: 'en/plans/a/index.html', why: 'en/[kind]/[id]' },
		{ file: 'fr/index.html', why: '[...redirect]' },
		{ file: 'en/plans/b/index.html', why: 'en task table' },
	]);
	assert.deepEqual(unmatched, []);
	assert.deepEqual(
		unbuilt.sort(),
		[
			'404.astro',
			'd/[id]/index.astro',
			'index.astro',
			'[lang]/[facet]/[key]/index.astro',
			'[lang]/[facet]/index.astro',
			'[lang]/index.astro',
		].sort()
	);
	assert.ok(
		missingFeatures.includes('en: chart') &&
			missingFeatures.includes('zh: task table') &&
			!missingFeatures.includes('en: task table')
	);
});
