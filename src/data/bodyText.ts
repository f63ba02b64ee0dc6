import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import DocumentBody from '../components/DocumentBody.astro';
import { sectionsOf, type BodyText } from '../lib/bodySections.ts';
import type { LocalizedDocument } from './documents.ts';

let container: Promise<experimental_AstroContainer> | undefined;
const texts = new Map<string, Promise<BodyText>>();

/**
 * A document's text in its language, split into sections (`sectionsOf`), from its body rendered exactly
 * as its page renders it (DocumentBody through Astro's container API), so `<Fig>`, `<Term>`, tables and
 * links read as on the page. Rendered once per document and language in a build, and shared by the
 * open data files and the topic views. (The container API is marked experimental; this is the one
 * place to adapt if a later Astro changes it.)
 */
export function bodyText(doc: LocalizedDocument): Promise<BodyText> {
	const key = `${doc.id}/${doc.lang}`;
	let text = texts.get(key);
	if (!text) {
		container ??= experimental_AstroContainer
			.create()
			.then((c) => (c.addServerRenderer({ renderer: mdxRenderer }), c));
		text = container
			// DocumentBody's type comes from Astro's language tools, which typescript-eslint does not load.
			// eslint-disable-next-line @typescript-eslint/no-unsafe-argument
			.then((c) => c.renderToString(DocumentBody, { props: { doc } }))
			.then(sectionsOf);
		texts.set(key, text);
	}
	return text;
}
