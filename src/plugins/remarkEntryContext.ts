import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { entryFromPath } from './entryFile.ts';

/** Components that render facts from the document's meta.yaml and need to know which document and language. */
const CONTEXT_COMPONENTS = new Set(['Fig', 'Term', 'FigureTable', 'TaskTable', 'DocLink']);

/**
 * Adds `doc` and `lang` attributes (unless the author gave them) to `<Fig id="…"/>` and its siblings, taken from the file path,
 * so authors write only the id and the same component renders the right language on every page
 * (including the parallel page, which shows both languages at once).
 */
export function remarkEntryContext() {
	return (tree: Root, file: VFile) => {
		const entry = entryFromPath(file.path);
		if (!entry) return;
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
			if (!node.name || !CONTEXT_COMPONENTS.has(node.name)) return;
			const has = (name: string) =>
				node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
			const attr = (name: string, value: string): MdxJsxAttribute => ({
				type: 'mdxJsxAttribute',
				name,
				value,
			});
			// An author's own `doc` (DocLink's target) wins over the current document.
			if (!has('doc')) node.attributes.push(attr('doc', entry.doc));
			if (!has('lang')) node.attributes.push(attr('lang', entry.lang));
		});
	};
}
