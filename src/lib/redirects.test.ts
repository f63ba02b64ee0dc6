import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	anchorAliases,
	finalPath,
	redirectProblems,
	redirectTarget,
	type PageRedirect,
} from './redirects.ts';

test('redirectProblems accepts sound lists and names each problem', () => {
	const cases: [PageRedirect[], string[]][] = [
		[[], []],
		[
			[
				{ from: 'en/faqs/', to: 'en/faq/' },
				{ from: 'zh/old.html', to: 'zh/' },
			],
			[],
		],
		[
			[{ from: '/en/a/', to: 'en/b/' }],
			[
				'"/en/a/" is not a page path inside the site: write it without base or host, ending in "/", e.g. "en/faq/"',
			],
		],
		[
			[{ from: 'en/a', to: 'https://x.org/' }],
			[
				'"en/a" is not a page path inside the site: write it without base or host, ending in "/", e.g. "en/faq/"',
				'"https://x.org/" is not a page path inside the site: write it without base or host, ending in "/", e.g. "en/faq/"',
			],
		],
		[[{ from: 'en/a/', to: 'en/a/' }], ['en/a/ redirects to itself']],
		[
			[
				{ from: 'en/a/', to: 'en/b/' },
				{ from: 'en/a/', to: 'en/c/' },
			],
			['en/a/ is redirected twice: keep one entry'],
		],
		[
			[
				{ from: 'en/a/', to: 'en/b/' },
				{ from: 'en/b/', to: 'en/a/' },
			],
			['redirect loop: en/a/ → en/b/ → en/a/', 'redirect loop: en/b/ → en/a/ → en/b/'],
		],
	];
	for (const [list, expected] of cases) assert.deepEqual(redirectProblems(list), expected);
});

test('finalPath follows chains of redirects', () => {
	const list = [
		{ from: 'en/a/', to: 'en/b/' },
		{ from: 'en/b/', to: 'en/c/' },
	];
	assert.equal(finalPath('en/a/', list), 'en/c/');
	assert.equal(finalPath('en/c/', list), 'en/c/');
	assert.equal(finalPath('zh/', []), 'zh/');
});

test('redirectTarget is relative and names the file, for sub-paths and the file system', () => {
	const cases: [PageRedirect, string][] = [
		[{ from: 'en/faqs/', to: 'en/faq/' }, '../faq/index.html'],
		[{ from: 'en/plans/old/', to: 'zh/' }, '../../../zh/index.html'],
		[{ from: 'old.html', to: 'en/about/' }, 'en/about/index.html'],
	];
	for (const [redirect, expected] of cases) assert.equal(redirectTarget(redirect), expected);
});

test('anchorAliases lists the anchors renamed to a section, renames of renames included', () => {
	const renames = [
		{ document: 'banan', from: 's3', to: 's3-1' },
		{ document: 'banan', from: 's3-1', to: 's3-2' },
		{ document: 'other', from: 'x', to: 's3-2' },
		{ document: 'loop', from: 'a', to: 'b' },
		{ document: 'loop', from: 'b', to: 'a' },
	];
	assert.deepEqual(anchorAliases('banan', 's3-2', renames), ['s3-1', 's3']);
	assert.deepEqual(anchorAliases('banan', 's1', renames), []);
	assert.deepEqual(anchorAliases('loop', 'a', renames), ['b']);
});
