import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagesGlob } from './pagesGlob.ts';

test('pagesGlob: one pattern per kind of page, deeper and shallower pages left out', () => {
	const glob = pagesGlob([
		'zh/plans/a/index.html',
		'zh/plans/b/index.html',
		'en/faq/q/index.html',
		'en/about/index.html',
		'zh/glossary/index.html',
	]);
	assert.equal(
		glob,
		'{en/about/index.html,en/faq/*/index.html,zh/glossary/index.html,zh/plans/*/index.html}'
	);
	const matches = (file: string) =>
		glob
			.slice(1, -1)
			.split(',')
			.some((p) => new RegExp(`^${p.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(file));
	assert.ok(matches('zh/plans/c/index.html'));
	assert.ok(!matches('zh/plans/c/parallel/index.html') && !matches('zh/plans/index.html'));
});
