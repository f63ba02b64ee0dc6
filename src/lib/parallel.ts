import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { attr, hasClass, isElement } from './html.ts';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Fragment = DefaultTreeAdapterMap['documentFragment'];

/** One section of a rendered document body: the HTML from its heading up to the next section heading. */
export interface BodySection {
	/** The section's anchor, or null for text before the first heading. */
	anchor: string | null;
	html: string;
}

/** A row of the parallel reading: the same section in both columns (either may be missing). */
export interface ParallelRow {
	anchor: string | null;
	first?: string | undefined;
	second?: string | undefined;
}

/** A section heading as SectionHeading renders it: an h2–h4 with an id and the `section-heading` class. */
function sectionAnchor(node: Node): string | null {
	if (!isElement(node) || !/^h[2-4]$/.test(node.tagName) || !hasClass(node, 'section-heading'))
		return null;
	return attr(node, 'id') ?? null;
}

function* descendants(node: Node | Fragment): Generator<Element> {
	for (const child of 'childNodes' in node ? node.childNodes : []) {
		if (isElement(child)) {
			yield child;
			yield* descendants(child);
			if (child.tagName === 'template')
				yield* descendants((child as DefaultTreeAdapterMap['template']).content);
		}
	}
}

/**
 * Gives a column its own ids, so two columns can share a page: the section headings lose theirs (the
 * row carries the anchor, so `#s1` still lands on the section), and every other id, with the
 * `href="#…"` links and aria-labelledby/for/headers references to it inside the column, gets
 * `{prefix}-` in front.
 */
function scopeIds(fragment: Fragment, prefix: string): void {
	const elements = [...descendants(fragment)];
	const renamed = new Set<string>();
	for (const el of elements) {
		const id = attr(el, 'id');
		if (id === undefined) continue;
		if (sectionAnchor(el)) el.attrs = el.attrs.filter((a) => a.name !== 'id');
		else {
			renamed.add(id);
			el.attrs = el.attrs.map((a) => (a.name === 'id' ? { ...a, value: `${prefix}-${id}` } : a));
		}
	}
	const scoped = (id: string) => (renamed.has(id) ? `${prefix}-${id}` : id);
	for (const el of elements) {
		for (const a of el.attrs) {
			if (a.name === 'href' && a.value.startsWith('#')) a.value = `#${scoped(a.value.slice(1))}`;
			else if (ID_REFS.has(a.name)) a.value = a.value.split(/\s+/).map(scoped).join(' ');
		}
	}
}

/** Attributes that name other elements by id (space-separated lists). */
const ID_REFS = new Set([
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
	'for',
	'headers',
	'list',
]);

/** Wrappers a rendered body puts around its sections (DocumentBody, rehypeSections): unwrapped before splitting. */
const isWrapper = (node: Node) =>
	isElement(node) &&
	((node.tagName === 'div' && hasClass(node, 'document__text')) ||
		(node.tagName === 'section' && hasClass(node, 'doc-section')));

/** The body's nodes with its section wrappers taken away, so its headings and text are one flat list. */
const flatten = (nodes: Node[]): Node[] =>
	nodes.flatMap((n) => (isWrapper(n) ? flatten((n as Element).childNodes) : [n]));

/**
 * The `data-*` attributes a rendered body carries on its wrapper (DocumentBody's citation facts and
 * page address), for a column that shows it without the wrapper, so the section tools work there too.
 * @example bodyData('<div class="document__text" data-href="/zh/plans/x/"><p>a</p></div>') // { 'data-href': '/zh/plans/x/' }
 */
export function bodyData(html: string): Record<string, string> {
	// Only the body's top-level start tags are parsed, not the whole text (a parallel page has two bodies).
	const startTags = html.match(/^(?:\s*<[a-z][^>]*>)*/i)![0];
	const wrapper = parseFragment(startTags).childNodes.find(
		(n) => isElement(n) && hasClass(n, 'document__text')
	) as Element | undefined;
	return Object.fromEntries(
		(wrapper?.attrs ?? []).filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])
	);
}

/**
 * Splits a rendered document body at every section heading (h2, h3 and h4 alike, so sub-sections
 * align too), scoping its ids with `prefix` (see scopeIds). The body's wrappers (the citation's `div`,
 * nested `<section>`s) are taken away first, so every heading is at the top level.
 * @example splitSections('<p>a</p><h2 id="s1" class="section-heading">T</h2><p>b</p>', 'zh')
 * // [{ anchor: null, html: '<p>a</p>' }, { anchor: 's1', html: '<h2 class="section-heading">T</h2><p>b</p>' }]
 */
export function splitSections(html: string, prefix: string): BodySection[] {
	const fragment = parseFragment(html);
	fragment.childNodes = flatten(fragment.childNodes);
	const anchors = fragment.childNodes.map(sectionAnchor);
	scopeIds(fragment, prefix);
	const sections: { anchor: string | null; nodes: Node[] }[] = [];
	fragment.childNodes.forEach((node, i) => {
		const anchor = anchors[i] ?? null;
		if (anchor || sections.length === 0) sections.push({ anchor, nodes: [] });
		sections.at(-1)!.nodes.push(node);
	});
	return sections
		.map(({ anchor, nodes }) => ({
			anchor,
			html: nodes
				.map((n) => serialize({ nodeName: '#document-fragment', childNodes: [n] }))
				.join(''),
		}))
		.filter((s) => s.anchor !== null || s.html.trim() !== '');
}

/**
 * Pairs the sections of two languages by anchor, in the first language's order; a section only one
 * language has (the content tests forbid it, but a draft may) still gets its row, after its predecessor.
 */
export function alignSections(first: BodySection[], second: BodySection[]): ParallelRow[] {
	const rows: ParallelRow[] = first.map((s) => ({ anchor: s.anchor, first: s.html }));
	let at = -1;
	for (const s of second) {
		const i = rows.findIndex((r) => r.anchor === s.anchor);
		if (i >= 0) {
			rows[i]!.second = s.html;
			at = i;
		} else rows.splice(++at, 0, { anchor: s.anchor, second: s.html });
	}
	return rows;
}

/**
 * Whether an entry gets a parallel reading page: it needs sections to align on. Every document has
 * them; an FAQ entry that is one short answer has none and gets no page.
 */
export const hasParallelReading = (headings: readonly unknown[]): boolean => headings.length > 0;
