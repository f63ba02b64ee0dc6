// A strict XML parse for the feeds and the sitemap: saxes (XML 1.0 + namespaces) throws on any
// well-formedness or namespace error instead of repairing it as an HTML parser would, and builds a
// small element tree to query.
import { SaxesParser } from 'saxes';

/** One element: qualified name, namespace, local name, attributes by qualified name, own text. */
export interface XmlElement {
	name: string;
	uri: string;
	local: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/** Parses an XML document; an error throws with its line and column. */
export function parseXml(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		const el: XmlElement = {
			name: tag.name,
			uri: tag.uri,
			local: tag.local,
			attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
			children: [],
			text: '',
		};
		stack.at(-1)?.children.push(el);
		root ??= el;
		stack.push(el);
	});
	parser.on('text', (text) => {
		const el = stack.at(-1);
		if (el) el.text += text;
	});
	parser.on('closetag', () => stack.pop());
	parser.write(xml).close();
	if (!root) throw new Error('no root element');
	return root;
}

/** Child elements with a local name, in namespace `uri` when given. */
export const childrenNamed = (el: XmlElement, local: string, uri?: string) =>
	el.children.filter((c) => c.local === local && (uri === undefined || c.uri === uri));

/** The first child with a local name, or undefined. */
export const childNamed = (el: XmlElement, local: string, uri?: string): XmlElement | undefined =>
	childrenNamed(el, local, uri)[0];
