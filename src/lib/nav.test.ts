import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSE_FACETS } from './browse.ts';
import { isCurrentNav, navGroups } from './nav.ts';
import { KIND_SEGMENT } from './paths.ts';
import { KINDS } from '../schemas/document.ts';

for (const lang of ['zh', 'en'] as const) {
	test(`${lang}: the nav groups hold every kind, every browse facet, the timeline, the targets, glossary and about, once each`, () => {
		const groups = navGroups(lang);
		assert.deepEqual(
			groups.map((g) => g.id),
			['documents', 'browse', 'reference']
		);
		const paths = groups.flatMap((g) => g.links.map((l) => l.path));
		const expected = [
			...KINDS.map((k) => `${lang}/${KIND_SEGMENT[k]}/`),
			...BROWSE_FACETS.map((f) => `${lang}/${f}/`),
			`${lang}/timeline/`,
			`${lang}/targets/`,
			`${lang}/glossary/`,
			`${lang}/about/`,
		];
		assert.deepEqual(paths, expected);
		for (const g of groups) {
			assert.ok(g.label.trim(), `group ${g.id} has no label`);
			for (const l of g.links) assert.ok(l.label.trim(), `${l.path} has no label`);
		}
	});
}

test('the two languages label the groups differently (no untranslated string)', () => {
	const [zh, en] = [navGroups('zh'), navGroups('en')];
	zh.forEach((g, i) => assert.notEqual(g.label, en[i]!.label));
});

test('isCurrentNav marks the link of the page and of its section', () => {
	const cases: [string, string, boolean][] = [
		['en/plans/', 'en/plans/', true],
		['en/plans/', 'en/plans/banan/', true],
		['en/plans/', 'en/notices/x/', false],
		['zh/regions/', 'zh/regions/beijing/', true],
		['zh/about/', 'en/about/', false],
	];
	for (const [link, current, want] of cases)
		assert.equal(isCurrentNav(link, current), want, `${link} vs ${current}`);
});
