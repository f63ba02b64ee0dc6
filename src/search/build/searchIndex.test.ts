import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IndexBackend } from '../client/indexBackend.ts';
import { INDEX_FILES, type Manifest } from '../indexFormat.ts';
import { containsQuery, parseQuery } from '../text.ts';
import { indexPage } from './indexPage.ts';
import { CHUNK_CHARS, searchIndexFiles, type PageToIndex } from './searchIndex.ts';

const page = (body: string, facts = '') =>
	`<!doctype html><html><head><title>t</title></head><body><article data-pagefind-body>${facts}${body}</article></body></html>`;
const SOURCES: [string, string][] = [
	[
		'zh/plans/a/',
		page(
			'<h1>巴南区中医药发展方案</h1><h2 id="s1">总体要求</h2><p>到2027年，医联体建设更加完善，市级名中医培育到<data value="5">5</data>名。</p>',
			'<span data-pagefind-filter="kind:plan"></span><span data-pagefind-sort="date:2024-05-08"></span>'
		),
	],
	[
		'zh/notices/b/',
		page(
			'<h1>专科联盟通知</h1><p>医联体和专科联盟。In medical consortia, 2024–2027 plans.</p><h2 id="s2">人才</h2><p>人人人才培养</p>',
			'<span data-pagefind-filter="kind:notice"></span><span data-pagefind-filter="region:zj"></span>'
		),
	],
	[
		'zh/about/',
		page('<h1>关于本站</h1><p>Medical care and TCM beds (2024) for all; medicine.</p>'),
	],
];
const pages: PageToIndex[] = SOURCES.map(([url, html]) => ({ url, page: indexPage(html)! }));

/** A backend over the files in memory, as the browser would read them. */
function backendOver(files: Map<string, string>) {
	const reads: string[] = [];
	const load = (file: string) => {
		reads.push(file);
		const body = files.get(file);
		return body === undefined
			? Promise.reject(new Error(`no file ${file}`))
			: Promise.resolve(JSON.parse(body) as unknown);
	};
	return { backend: new IndexBackend('zh', load, (path) => `/${path}`), reads };
}

test('searchIndexFiles: a manifest naming a hashed folder that holds every other file', () => {
	const files = searchIndexFiles('zh', pages, { 醫: '医' });
	const manifest = JSON.parse(files.get(INDEX_FILES.manifest)!) as Manifest;
	assert.equal(manifest.pages, 3);
	assert.match(manifest.root, /^[0-9a-f]{10}\/$/);
	for (const file of files.keys())
		assert.ok(file === INDEX_FILES.manifest || file.startsWith(manifest.root), file);
	assert.deepEqual(JSON.parse(files.get(`${manifest.root}${INDEX_FILES.t2s}`)!), { 醫: '医' });
	const record = JSON.parse(files.get(`${manifest.root}${INDEX_FILES.record(0)}`)!) as Record<
		string,
		unknown
	>;
	assert.deepEqual(
		[record.url, record.title, record.kind, record.date],
		['zh/plans/a/', '巴南区中医药发展方案', undefined, '2024-05-08']
	);
	// The same pages give the same files; a changed page changes the folder.
	assert.deepEqual(searchIndexFiles('zh', pages, { 醫: '医' }), files);
	assert.notEqual(
		(JSON.parse(searchIndexFiles('zh', pages.slice(1), {}).get(INDEX_FILES.manifest)!) as Manifest)
			.root,
		manifest.root
	);
});

test('the index finds exactly the pages that contain every substring of their text (the search promise)', async () => {
	// Small chunks, so that look-ups and prefixes cross chunk boundaries.
	const saved = { ...CHUNK_CHARS };
	Object.assign(CHUNK_CHARS, { positions: 64, pageLists: 32, prefixes: 32 });
	const { backend } = backendOver(searchIndexFiles('zh', pages, {}));
	Object.assign(CHUNK_CHARS, saved);
	const texts = pages.map((p) => p.page.text);
	const queries = new Set<string>();
	for (const text of texts)
		for (let from = 0; from < text.length; from += 3)
			for (const length of [1, 2, 3, 5, 9]) queries.add(text.slice(from, from + length).trim());
	for (const q of [
		...queries,
		'medical c',
		'medic',
		'Medical Con',
		'市级名中医培育到5名',
		'2027',
		'me',
		'm',
		'人人',
	]) {
		const query = parseQuery(q);
		if (!query.text) continue;
		const found = new Set<string>();
		for (const match of await backend.match(query))
			if (await backend.details(match, query)) found.add(match.id);
		const want = texts.flatMap((t, i) => (containsQuery(t, query) ? [String(i)] : []));
		assert.deepEqual([...found].sort(), want, q);
	}
});

test('one short word reads the prefix table; a later keystroke reads only the files it adds', async () => {
	const { backend, reads } = backendOver(searchIndexFiles('zh', pages, {}));
	await backend.match(parseQuery('m'));
	assert.ok(
		reads.some((f) => f.includes('/x/')) &&
			!reads.some((f) => f.includes('/w/') || f.includes('/p/')),
		reads.join()
	);
	reads.length = 0;
	await backend.match(parseQuery('medical c'));
	assert.ok(
		reads.every((f) => f.includes('/p/')),
		reads.join()
	);
	const before = reads.length;
	await backend.match(parseQuery('medical c'));
	assert.equal(reads.length, before, 'cached');
});

test('facts and an empty query: every page with its filters and date', async () => {
	const { backend } = backendOver(searchIndexFiles('zh', pages, {}));
	const all = await backend.match(parseQuery(''));
	assert.deepEqual(
		all.map((m) => [m.id, m.facts]),
		[
			['0', { facets: { kind: ['plan'] }, date: '2024-05-08' }],
			['1', { facets: { kind: ['notice'], region: ['zj'] }, date: undefined }],
			['2', { facets: {}, date: undefined }],
		]
	);
});

test('typing: each keystroke finds what a fresh backend finds (a longer query looks only among the pages of the last)', async () => {
	const files = searchIndexFiles('zh', pages, {});
	const { backend } = backendOver(files);
	const ids = async (b: IndexBackend, q: string) =>
		(await b.match(parseQuery(q))).map((m) => [m.id, m.score]).sort();
	// Typed one character at a time, then erased back (the shorter query must not be narrowed).
	for (const typed of ['医联体建设', 'medical consortia', '2024–2027', '人人人才']) {
		const steps = [...typed].map((_, i) => typed.slice(0, i + 1));
		for (const q of [...steps, ...steps.reverse()])
			assert.deepEqual(await ids(backend, q), await ids(backendOver(files).backend, q), q);
	}
});
