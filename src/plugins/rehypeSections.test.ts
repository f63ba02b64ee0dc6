import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, RootContent } from 'hast';
import { sectionize } from './rehypeSections.ts';

const el = (tagName: string, id: string): Element => ({
	type: 'element',
	tagName,
	properties: { id },
	children: [],
});

/** The tree as a compact string: `[h2#a p#x [h3#b]]`, a section being a bracket. */
function shape(nodes: RootContent[]): string {
	return nodes
		.map((n) => {
			if (n.type !== 'element') return n.type;
			if (n.tagName === 'section') return `[${shape(n.children)}]`;
			return `${n.tagName}#${n.properties.id}`;
		})
		.join(' ');
}

test('sectionize nests sections by heading level', () => {
	const cases: [Element[], string][] = [
		[[el('p', 'intro')], 'p#intro'],
		[[el('p', 'intro'), el('h2', 'a'), el('p', 'x')], 'p#intro [h2#a p#x]'],
		[
			[el('h2', 'a'), el('h3', 'a1'), el('p', 'x'), el('h3', 'a2'), el('h2', 'b')],
			'[h2#a [h3#a1 p#x] [h3#a2]] [h2#b]',
		],
		[
			[el('h2', 'a'), el('h3', 'a1'), el('h4', 'a1i'), el('p', 'x'), el('h2', 'b'), el('p', 'y')],
			'[h2#a [h3#a1 [h4#a1i p#x]]] [h2#b p#y]',
		],
		// A document that starts at h3 still wraps each section; h5 and h1 are not sections.
		[[el('h3', 'a'), el('h5', 'n'), el('h2', 'b'), el('h1', 't')], '[h3#a h5#n] [h2#b h1#t]'],
	];
	for (const [input, expected] of cases) assert.equal(shape(sectionize(input)), expected);
});
