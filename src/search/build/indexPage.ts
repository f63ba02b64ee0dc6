import { attrOf, scanHtml } from '../../lib/htmlScan.ts';
import {
	IGNORE_ATTRIBUTE,
	INLINE_ELEMENTS,
	LABEL_ELEMENTS,
	labelSeparator,
	SKIPPED_ELEMENTS,
} from '../elements.ts';
import { SEARCH_FILTERS, type PageFacts } from '../results.ts';
import {
	fromIndexTokens,
	readableToken,
	SPACE_TOKEN,
	tokenOffsets,
	toIndexTokens,
} from '../indexTokens.ts';
import type { SectionStart } from '../text.ts';

/**
 * Reads a built page once for search (build time only: a streaming read with htmlparser2, src/lib/htmlScan.ts). What it reads is what search promises
 * to find (docs/search.md): the `data-pagefind-body` regions without their ignored parts and skipped
 * elements (src/search/elements.ts), with a space at every element boundary except inline ones.
 *
 * The text is also given as index tokens (`toIndexTokens`: whitespace as SPACE_TOKEN, Han characters as
 * bigrams), one index word per token, so that word positions in the index are token positions and a
 * query can be located character by character (docs/search.md).
 */

/** A piece of the indexed text: a text node of the page, or text the reading adds (a label's separator). */
type Piece = { value: string };

/** A built page as search reads it. */
export interface IndexedPage {
	/** The indexed text, whitespace collapsed. */
	text: string;
	/** The text as index tokens; `tokenOffsets(tokens)` gives where each starts in `text`. */
	tokens: string[];
	/** Headings h2–h6 with an id and indexed text, where each starts in `text`. */
	headings: SectionStart[];
	/** `data-pagefind-meta="title"`, else the first `h1`, whitespace collapsed. */
	title: string;
	/** `data-pagefind-meta="kind:…"`: the document kind; absent on the glossary and about pages. */
	kind?: string | undefined;
	/** Its `data-pagefind-filter` values and `data-pagefind-sort` date. */
	facts: PageFacts;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const HEADING = /^h[2-6]$/;

/** Tokenises the pieces as one text and says which text node each token starts in. */
function tokensOf(parts: (Piece | null)[]) {
	let text = '';
	const starts: { node: Piece; at: number }[] = [];
	for (const p of parts) {
		if (p === null) text += ' ';
		else {
			starts.push({ node: p, at: text.length });
			text += p.value;
		}
	}
	text = text.replace(/\s+$/, '');
	const lead = text.length - text.trimStart().length;
	const tokens = toIndexTokens(text.slice(lead));
	// Offsets of tokens in `text`, to find the node each starts in.
	const owners: Piece[] = [];
	const space = /\s+/y;
	let at = lead;
	let s = 0;
	for (const token of tokens) {
		while (s + 1 < starts.length && starts[s + 1]!.at <= at) s++;
		owners.push(starts[s]!.node);
		space.lastIndex = at;
		at += token === SPACE_TOKEN ? space.exec(text)![0].length : readableToken(token).length;
	}
	return { tokens, owners };
}

/** A Pagefind attribute's `key:value`, or undefined. */
function pairOf(value: string | undefined): [string, string] | undefined {
	const at = value?.indexOf(':') ?? -1;
	return value && at > 0 ? [value.slice(0, at).trim(), value.slice(at + 1).trim()] : undefined;
}

/** An element open while the page is read. */
interface Open {
	name: string;
	skipped: boolean;
	boundary: boolean;
	body: boolean;
	/** A section heading: its id and the first piece read inside it. */
	heading?: { anchor: string; from: number };
	/** Collects this element's whole text: the title (`data-pagefind-meta="title"`, else the first `h1`). */
	title?: { text: string; meta: boolean };
}

/**
 * A built page as search reads it (see the module comment), or undefined when it has no
 * `data-pagefind-body` (Pagefind leaves such pages out, and so does every index of ours).
 */
export function indexPage(html: string): IndexedPage | undefined {
	// Most pages of a site (lists, browse pages, parallel readings) are not indexed: skip their reading.
	if (!html.includes('data-pagefind-body')) return undefined;
	const parts: (Piece | null)[] = [];
	const stack: Open[] = [];
	const headingRanges: { anchor: string; from: number; to: number }[] = [];
	const meta = new Map<string, string>();
	const sort = new Map<string, string>();
	const facets: Record<string, string[]> = {};
	const titles: { meta?: string; h1?: string } = {};
	let [bodies, skipped, lang, hasBody] = [0, 0, '', false];
	const reading = () => bodies > 0 && skipped === 0;
	const close = (el: Open) => {
		if (el.skipped) skipped--;
		else if (reading()) {
			if (LABEL_ELEMENTS.has(el.name)) parts.push({ value: labelSeparator(lang) });
			if (el.boundary) parts.push(null);
		}
		if (el.heading)
			headingRanges.push({ anchor: el.heading.anchor, from: el.heading.from, to: parts.length });
		if (el.title)
			titles[el.title.meta ? 'meta' : 'h1'] ??= collapse(el.title.text.normalize('NFKC'));
		if (el.body) bodies--;
	};
	scanHtml(html, {
		startTag(tag) {
			const { name } = tag;
			if (name === 'html') lang = attrOf(tag, 'lang') ?? '';
			const metaValue = attrOf(tag, 'data-pagefind-meta');
			const metaPair = pairOf(metaValue);
			if (metaPair) meta.set(...metaPair);
			const sortPair = pairOf(attrOf(tag, 'data-pagefind-sort'));
			if (sortPair) sort.set(...sortPair);
			const filter = pairOf(attrOf(tag, 'data-pagefind-filter'));
			if (filter && (SEARCH_FILTERS as readonly string[]).includes(filter[0]))
				(facets[filter[0]] ??= []).push(filter[1]);
			const el: Open = {
				name,
				skipped: SKIPPED_ELEMENTS.has(name) || attrOf(tag, IGNORE_ATTRIBUTE) !== undefined,
				boundary: !INLINE_ELEMENTS.has(name),
				body: attrOf(tag, 'data-pagefind-body') !== undefined,
			};
			if (metaValue === 'title' && titles.meta === undefined) el.title = { text: '', meta: true };
			else if (name === 'h1' && titles.h1 === undefined) el.title = { text: '', meta: false };
			if (el.body) {
				bodies++;
				hasBody = true;
			}
			if (el.skipped) skipped++;
			else if (reading() && el.boundary) parts.push(null);
			const anchor = attrOf(tag, 'id');
			if (anchor && HEADING.test(name)) el.heading = { anchor, from: parts.length };
			stack.push(el);
		},
		endTag(name) {
			// Close up to the element this ends (one left open is closed with it); a stray end tag closes nothing.
			const at = stack.findLastIndex((el) => el.name === name);
			if (at >= 0) stack.splice(at).reverse().forEach(close);
		},
		text(text) {
			for (const el of stack) if (el.title) el.title.text += text;
			if (reading()) parts.push({ value: text });
		},
	});
	if (!hasBody) return undefined;
	const { tokens, owners } = tokensOf(parts);
	const offsets = tokenOffsets(tokens);
	// The first and last token of each piece, so a heading finds its tokens without a scan per heading.
	const span = new Map<Piece, [number, number]>();
	owners.forEach((piece, i) => span.set(piece, [span.get(piece)?.[0] ?? i, i]));
	const headings: SectionStart[] = [];
	for (const { anchor, from, to } of headingRanges.sort((a, b) => a.from - b.from)) {
		let [first, last] = [Infinity, -1];
		for (const piece of parts.slice(from, to)) {
			const own = piece && span.get(piece);
			if (own) [first, last] = [Math.min(first, own[0]), Math.max(last, own[1])];
		}
		if (last >= 0)
			headings.push({
				anchor,
				title: fromIndexTokens(tokens.slice(first, last + 1)).trim(),
				start: offsets[first]!,
			});
	}
	return {
		text: fromIndexTokens(tokens),
		tokens,
		headings,
		title: titles.meta ?? titles.h1 ?? '',
		kind: meta.get('kind'),
		facts: { facets, date: sort.get('date') ?? meta.get('date') },
	};
}
