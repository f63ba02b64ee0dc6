// Reads an MDX body the way the build does (remark with MDX and GFM tables), for content checks that
// need its structure: sections by anchor, paragraphs, and the <DocLink>s in them.
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The mdast tree of an MDX file's body; the frontmatter is blanked, so positions are the file's lines. */
export const parseBody = (mdx) =>
	parser.parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, '')));

/** A heading's anchor: the `{#id}` its text ends with (written `\{#id}` in MDX). */
const anchorOf = (heading) => /\{#([a-z][a-z0-9-]*)\}\s*$/.exec(toString(heading))?.[1];

/**
 * Each section's blocks by anchor: its heading and everything up to the next heading of the same or a
 * higher level, so a section holds its subsections, as the page's <section> does.
 */
export function sectionsOf(tree) {
	const sections = new Map();
	const open = [];
	for (const node of tree.children) {
		if (node.type === 'heading') {
			while (open.length && open.at(-1).depth >= node.depth) open.pop();
			const anchor = anchorOf(node);
			if (anchor) {
				const section = { depth: node.depth, nodes: [] };
				sections.set(anchor, section.nodes);
				open.push(section);
			}
		}
		for (const section of open) section.nodes.push(node);
	}
	return sections;
}

/** The text a reader sees in some blocks, one line per block (components without children add nothing). */
export const textOf = (nodes) => nodes.map((n) => toString(n)).join('\n');

/** Blocks that are read as part of a neighbouring paragraph: lists, tables and block components. */
const ATTACHED = new Set(['list', 'table', 'mdxJsxFlowElement']);

/**
 * The body's paragraphs, as the FAQ source check counts them: each top-level Markdown paragraph
 * together with the lists, tables and block components that follow it before the next paragraph or
 * heading (a lead-in and its items are read as one). A list, table or block component with no
 * paragraph before it in its section belongs to the paragraph right after it (a table and its
 * note), or stands alone when there is none. Headings and imports are not paragraphs.
 */
export function paragraphsOf(tree) {
	const paragraphs = [];
	let current = null;
	let pending = [];
	for (const node of tree.children) {
		if (node.type === 'paragraph') {
			current = { nodes: [...pending, node] };
			pending = [];
			paragraphs.push(current);
		} else if (ATTACHED.has(node.type)) {
			if (current) current.nodes.push(node);
			else pending.push(node);
		} else {
			if (pending.length) paragraphs.push({ nodes: pending });
			current = null;
			pending = [];
		}
	}
	if (pending.length) paragraphs.push({ nodes: pending });
	return paragraphs.map((p) => ({
		...p,
		line: p.nodes[0].position.start.line,
		text: textOf(p.nodes),
	}));
}

/** Every element named `name` (e.g. DocLink) inside some nodes, with its attributes as a plain object. */
export function elementsNamed(nodes, name) {
	const found = [];
	const walk = (node) => {
		if (
			(node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
			node.name === name
		) {
			found.push({
				node,
				attrs: Object.fromEntries(
					node.attributes.filter((a) => a.type === 'mdxJsxAttribute').map((a) => [a.name, a.value])
				),
			});
		}
		for (const child of node.children ?? []) walk(child);
	};
	nodes.forEach(walk);
	return found;
}
