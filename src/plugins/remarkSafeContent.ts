import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { entryFromPath } from './entryFile.ts';

/**
 * HTML elements an entry may use: text-level and table markup only. Anything else (scripts, frames,
 * embedded objects, forms, styles, head elements) is refused, with a reason for the usual suspects.
 */
const TEXT_ELEMENTS = new Set(
	'a abbr b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'.split(
		' '
	)
);
const REASONS: Record<string, string> = {
	script: 'entries hold text, never code',
	iframe: 'it embeds another page, usually from another host',
	frame: 'it embeds another page, usually from another host',
	frameset: 'it embeds other pages',
	object: 'it embeds a plugin or another page',
	embed: 'it embeds a plugin or another page',
	applet: 'it embeds a plugin',
	portal: 'it embeds another page',
	style: "styles come from the site's stylesheet",
	link: 'it loads a file into the page',
	meta: 'it changes how the page behaves',
	base: 'it changes where every link on the page points',
	h1: 'write headings in Markdown, with their anchor: ## Title \\{#s1}',
	h2: 'write headings in Markdown, with their anchor: ## Title \\{#s1}',
	h3: 'write headings in Markdown, with their anchor: ### Title \\{#s1-1}',
	h4: 'write headings in Markdown, with their anchor: #### Title \\{#s1-1-1}',
};
const COMPONENTS = '<Fig>, <Term>, <DocLink>, <FigureTable>, <TaskTable>';

/** Attributes whose value is an address (one, or a srcset list). */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'cite',
	'action',
	'formaction',
	'poster',
	'data',
	'background',
	'xlink:href',
	'ping',
	'longdesc',
	'usemap',
]);
/** Attributes that put raw HTML into the page. */
const RAW_HTML = new Set(['set:html', 'dangerouslySetInnerHTML', 'is:raw']);

/**
 * Bases no entry can name: a relative address resolves to them, anything else is another host. Both
 * schemes, because `https:host` is relative on an https page and another host on an http one.
 */
const SITES = [new URL('https://site.invalid/entry/'), new URL('http://site.invalid/entry/')];

/**
 * What is wrong with an address in an entry, or undefined when it stays inside the site. Read with
 * the URL parser browsers use, so `JaVaScRiPt:`, `java\tscript:`, ` javascript:`, `//host`, `/\host`
 * and `https:host` are all seen for what they are. No entry links to another host: the site asks no
 * other host for anything (docs/design.md §6) and a document names its source in meta.yaml `source`.
 * @example urlProblem('javascript:alert(1)') // 'javascript: addresses run code'
 */
export function urlProblem(url: string): string | undefined {
	for (const site of SITES) {
		let parsed: URL;
		try {
			parsed = new URL(url, site);
		} catch {
			return 'is not an address a browser can follow';
		}
		if (parsed.protocol === 'javascript:' || parsed.protocol === 'vbscript:')
			return `${parsed.protocol} addresses run code`;
		if (parsed.protocol === 'data:') return 'data: addresses smuggle a whole file into the page';
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
			return `${parsed.protocol} addresses are not allowed in an entry`;
		if (parsed.host !== site.host)
			return `${parsed.host} is another host: entries link only inside the site (documents with <DocLink>); the source is named in meta.yaml \`source\`, and an address meant as text goes in backticks`;
	}
	return undefined;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Fails the build on anything in an entry that could run code or reach another host: `<script>`,
 * frames and embedded objects, event-handler attributes (`onerror=`, `onClick`), raw-HTML attributes,
 * `javascript:`/`data:` addresses and links or images to other hosts (in Markdown or JSX), MDX's
 * JavaScript (`import`/`export`, `{expressions}`, attribute values in braces). Each
 * failure names the file and line (the build prints it with src/integrations/contentErrors.ts).
 */
export function remarkSafeContent() {
	return (tree: Root, file: VFile) => {
		if (!entryFromPath(file.path)) return;
		const fail = (message: string, node: Node) => file.fail(message, node);
		visit(tree, (node) => {
			switch (node.type) {
				case 'link':
				case 'image':
				case 'definition': {
					const problem = urlProblem(node.url);
					if (problem)
						fail(`${node.type === 'image' ? 'image' : 'link'} "${node.url}": ${problem}`, node);
					return;
				}
				case 'mdxjsEsm':
					return fail(
						`import and export are JavaScript and not allowed in an entry: the components (${COMPONENTS}) need no import`,
						node
					);
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					// `{/* a comment */}` is the one harmless expression: no code in it.
					if (node.value.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '') return;
					return fail(
						`{${node.value}} is JavaScript in MDX and not allowed in an entry: write \\{ for a literal brace`,
						node
					);
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					return checkElement(node, fail);
			}
		});
	};
}

function checkElement(element: Element, fail: (message: string, node: Node) => never) {
	const name = element.name ?? '';
	const isHtml = /^[a-z]/.test(name) && !name.includes('.');
	if (isHtml && !TEXT_ELEMENTS.has(name)) {
		fail(
			`<${name}> is not allowed in an entry${REASONS[name] ? `: ${REASONS[name]}` : ''}. Write Markdown, or use ${COMPONENTS}`,
			element
		);
	}
	for (const attribute of element.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute')
			fail(
				`<${name} {${attribute.value}}>: write each attribute out as name="value"`,
				attribute.position ? attribute : element
			);
		else {
			const where = attribute.position ? attribute : element;
			const { name: attr, value } = attribute;
			if (/^on/i.test(attr))
				fail(
					`<${name} ${attr}>: event-handler attributes run code and are not allowed in an entry`,
					where
				);
			if (RAW_HTML.has(attr)) fail(`<${name} ${attr}>: raw HTML is not allowed in an entry`, where);
			if (attr === 'style')
				fail(
					`<${name} style>: styles come from the site's stylesheet (the Content-Security-Policy blocks style attributes)`,
					where
				);
			if (value && typeof value === 'object')
				fail(
					`<${name} ${attr}={${value.value}}>: attribute values are written as text, ${attr}="…", never as JavaScript`,
					where
				);
			if (typeof value !== 'string' || !URL_ATTRIBUTES.has(attr)) continue;
			const urls =
				attr === 'srcset'
					? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
					: [value];
			for (const url of urls) {
				const problem = urlProblem(url);
				if (problem) fail(`<${name} ${attr}="${url}">: ${problem}`, where);
			}
		}
	}
}
