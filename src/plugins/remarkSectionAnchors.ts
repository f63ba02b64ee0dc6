import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast'; // types data.hProperties
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { anchorAliases } from '../lib/redirects.ts';
import { headingNumber, partLabel } from '../lib/sections.ts';
import { anchorRenames } from '../redirects.ts';
import { entryFromPath } from './entryFile.ts';

/** `## 主要任务 \{#s3}`: MDX cannot parse `{#id}`, so authors escape the brace and we read the marker here. */
const MARKER = /\s*\{#([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * Gives every h2–h4 of a document an explicit, language-neutral id from its `\{#anchor}` marker
 * (never from the heading text, which differs between languages), its official number as
 * `data-secnum`, and what a citation calls it as `data-part` (第三部分（一） / Part 3(1)), with the
 * text's language as `data-lang`; anchors renamed away from it (src/redirects.ts) as `data-aliases`. A section heading without a marker, or a repeated anchor, fails the build.
 */
export function remarkSectionAnchors() {
	return (tree: Root, file: VFile) => {
		const entry = entryFromPath(file.path);
		if (!entry) return;
		const seen = new Set<string>();
		visit(tree, 'heading', (node: Heading) => {
			if (node.depth < 2 || node.depth > 4) return;
			const last = node.children.at(-1);
			const match = last?.type === 'text' ? MARKER.exec(last.value) : null;
			if (!match || last?.type !== 'text') {
				file.fail(
					`heading "${toString(node)}" has no anchor: end it with \\{#s1} (official numbering) or \\{#short-name}`,
					node
				);
			}
			const id = match[1]!;
			if (seen.has(id)) file.fail(`anchor #${id} is used twice`, node);
			seen.add(id);
			last.value = last.value.slice(0, match.index);
			const secnum = headingNumber(id, entry.lang);
			const part = partLabel(id, entry.lang, toString(node).trim());
			const aliases = anchorAliases(entry.doc, id, anchorRenames);
			node.data = {
				...node.data,
				hProperties: {
					...node.data?.hProperties,
					id,
					'data-level': node.depth,
					'data-lang': entry.lang,
					'data-part': part,
					...(secnum ? { 'data-secnum': secnum } : {}),
					...(aliases.length ? { 'data-aliases': aliases.join(' ') } : {}),
				},
			};
		});
	};
}
