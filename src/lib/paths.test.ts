import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	browsePath,
	comparePath,
	docPath,
	feedPath,
	joinBase,
	KIND_SEGMENT,
	kindFromSegment,
	kindPath,
	langOfPath,
	langPath,
	parallelPath,
	publicUrl,
	relativePath,
	targetsPath,
} from './paths.ts';

test('joinBase keeps exactly one slash for root and sub-path bases', () => {
	assert.equal(joinBase('/', 'zh/'), '/zh/');
	assert.equal(joinBase('/kb/', '/zh/plans/x/'), '/kb/zh/plans/x/');
	assert.equal(joinBase('/kb', 'en/'), '/kb/en/');
});

test('docPath and langPath build trailing-slash paths', () => {
	assert.equal(langPath('zh'), 'zh/');
	assert.equal(langPath('en', 'glossary'), 'en/glossary/');
	assert.equal(docPath('en', 'plan', 'banan', 's3-1'), 'en/plans/banan/#s3-1');
	assert.equal(docPath('zh', 'faq', 'faq-x'), 'zh/faq/faq-x/');
	assert.equal(kindPath('notice', 'zj'), 'notices/zj/');
	assert.equal(parallelPath('briefing', 'tj'), 'briefings/tj/parallel/');
});

test('kindFromSegment inverts the kind segments', () => {
	assert.equal(kindFromSegment('plans'), 'plan');
	assert.equal(kindFromSegment('faq'), 'faq');
	assert.equal(kindFromSegment('nope'), undefined);
});

test('langOfPath reads the language segment after the base', () => {
	assert.equal(langOfPath('/kb/zh/plans/', '/kb/'), 'zh');
	assert.equal(langOfPath('/en/', '/'), 'en');
	assert.equal(langOfPath('/d/x/', '/'), undefined);
});

test('browsePath: index and entry pages of a facet', () => {
	assert.equal(browsePath('zh', 'regions', 'hebei'), 'zh/regions/hebei/');
	assert.equal(browsePath('en', 'years', '2024'), 'en/years/2024/');
	assert.equal(browsePath('en', 'organisations'), 'en/organisations/');
});

test('targetsPath and comparePath: the two views of targets and topics', () => {
	assert.equal(targetsPath('en'), 'en/targets/');
	assert.equal(targetsPath('zh', 'due-2027'), 'zh/targets/#due-2027');
	assert.equal(comparePath('zh', 'talent'), 'zh/topics/talent/compare/');
});

test('publicUrl is absolute only with an origin, under any base', () => {
	const origin = new URL('https://kb.example.org');
	const cases: [string, string, URL | undefined, string][] = [
		['/', 'zh/plans/x/', origin, 'https://kb.example.org/zh/plans/x/'],
		['/kb/', 'en/', origin, 'https://kb.example.org/kb/en/'],
		['/kb/', '', origin, 'https://kb.example.org/kb/'],
		['/', 'zh/plans/x/', undefined, '/zh/plans/x/'],
		['/kb/', feedPath('en'), undefined, '/kb/en/feed.xml'],
	];
	for (const [base, path, o, expected] of cases) assert.equal(publicUrl(base, path, o), expected);
});

test('relativePath between files of one folder', () => {
	assert.equal(relativePath('index.html', 'zh/index.html'), 'zh/index.html');
	assert.equal(relativePath('zh/index.html', 'zh/index.html'), 'index.html');
	assert.equal(relativePath('zh/a/index.html', 'zh/a.css'), '../a.css');
	assert.equal(relativePath('_astro/site.css', 'favicon.svg'), '../favicon.svg');
});

test('browse facets, document kinds and the fixed pages of a language never share a URL segment', async () => {
	// `[lang]/[facet]/…` and `[lang]/[kind]/…` are sibling dynamic routes: Astro cannot tell them apart,
	// so one segment used by both would give two pages the same address.
	const { readdirSync } = await import('node:fs');
	const { BROWSE_FACETS } = await import('./browse.ts');
	const fixed = readdirSync(new URL('../pages/[lang]/', import.meta.url)).filter(
		(name) => !name.startsWith('[')
	);
	const owners = new Map<string, string[]>();
	const claim = (segment: string, owner: string) =>
		owners.set(segment, [...(owners.get(segment) ?? []), owner]);
	BROWSE_FACETS.forEach((facet) => claim(facet, `browse facet ${facet}`));
	Object.entries(KIND_SEGMENT).forEach(([kind, segment]) => claim(segment, `kind ${kind}`));
	fixed.forEach((name) => claim(name.replace(/\.[a-z]+$/, ''), `src/pages/[lang]/${name}`));
	assert.deepEqual(
		[...owners].filter(([, who]) => who.length > 1),
		[]
	);
	assert.ok(fixed.includes('search'), 'the fixed pages are read from src/pages/[lang]/');
});
