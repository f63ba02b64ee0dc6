import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { entryFromPath } from './entryFile.ts';

/** Rank of a section heading (h2–h4), or 0 for anything else. */
function rank(node: RootContent): number {
	return node.type === 'element' && /^h[2-4]$/.test(node.tagName) ? Number(node.tagName[1]) : 0;
}

/**
 * Wraps each heading with everything up to the next heading of the same or a higher rank.
 * @example sectionize([h2, p, h3, p, h2]) // [section(h2, p, section(h3, p)), section(h2)]
 */
export function sectionize(nodes: RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	let i = 0;
	while (i < nodes.length) {
		const r = rank(nodes[i]!);
		if (!r) {
			out.push(nodes[i++]!);
			continue;
		}
		let end = i + 1;
		while (end < nodes.length && !(rank(nodes[end]!) && rank(nodes[end]!) <= r)) end++;
		const [heading, ...body] = nodes.slice(i, end);
		const section: Element = {
			type: 'element',
			tagName: 'section',
			properties: { className: ['doc-section'] },
			children: [heading, ...sectionize(body)] as ElementContent[],
		};
		out.push(section);
		i = end;
	}
	return out;
}

/**
 * Gives each section of a document its own `<section class="doc-section">`, nested by heading
 * level, so a linked section can be highlighted as a whole (`:target`), the contents can tell
 * which section is being read, and print can keep sections together. Plain `<section>` without a
 * name stays out of the landmark list.
 */
export function rehypeSections() {
	return (tree: Root, file: VFile) => {
		if (!entryFromPath(file.path)) return;
		tree.children = sectionize(tree.children);
	};
}
