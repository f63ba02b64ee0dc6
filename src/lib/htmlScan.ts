import { Parser } from 'htmlparser2';

/**
 * A one-pass reading of an HTML string as tokens, with where each sits in the source: for build-time
 * readers that touch every page of the site (the search index, the offline edition), where building
 * a tree per page costs several times more than reading the tokens. htmlparser2's tokenizer, which
 * reads script and style contents as raw text, honours self-closing tags in SVG, decodes character
 * references, and reports every element's end, also the implied ones (void elements, a `<p>` a block
 * closes). Build time only.
 */

/** A start tag: its name, its attributes (values decoded, in source order), and its place in the source. */
export interface StartTag {
	name: string;
	attrs: { name: string; value: string }[];
	/** Source offsets of the whole tag, `<` up to and including `>`. */
	start: number;
	end: number;
}

export interface ScanHandlers {
	startTag?(tag: StartTag): void;
	/** The end of an element, written (`</p>`, with its source offsets) or implied (offsets of no use). */
	endTag?(name: string, start: number, end: number, implied: boolean): void;
	/** Text (character references decoded), possibly in several pieces, with the source offsets of each. */
	text?(text: string, start: number, end: number): void;
}

/** Reads `html` once, calling the handlers in document order (synchronously). */
export function scanHtml(html: string, handlers: ScanHandlers): void {
	const parser: Parser = new Parser(
		{
			onopentag(name, attribs) {
				handlers.startTag?.({
					name,
					attrs: Object.entries(attribs).map(([n, value]) => ({ name: n, value })),
					start: parser.startIndex,
					end: parser.endIndex + 1,
				});
			},
			onclosetag(name, implied) {
				handlers.endTag?.(name, parser.startIndex, parser.endIndex + 1, implied);
			},
			ontext(text) {
				handlers.text?.(text, parser.startIndex, parser.endIndex + 1);
			},
		},
		{ decodeEntities: true }
	);
	parser.end(html);
}

/** An attribute's value on a start tag, or undefined. */
export const attrOf = (tag: StartTag, name: string): string | undefined =>
	tag.attrs.find((a) => a.name === name)?.value;

/**
 * An attribute value as written in a double-quoted attribute (as parse5's serialiser escapes it).
 * @example escapeAttribute('a "b" & c') // 'a &quot;b&quot; &amp; c'
 */
export const escapeAttribute = (value: string): string =>
	value
		.replace(/&/g, '&amp;')
		.replace(/\u00a0/g, '&nbsp;')
		.replace(/"/g, '&quot;');
