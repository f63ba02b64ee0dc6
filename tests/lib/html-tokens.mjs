// The start and end tags of a built page, read by regular expressions in one pass: for the checks that
// read every page of a build (links, anchors, published addresses, other hosts, the offline edition),
// whose time grows with the content. A tree per page (parse5) costs about six times more, and the
// build's own reader (src/lib/htmlScan.ts, htmlparser2) is the code under test for the offline edition.
// Built pages are valid HTML (html-validate and the Nu checker say so), so the tokenizer of the HTML
// standard reduces to this: comments, doctype and CDATA are skipped, a start tag's attributes are read
// with the standard's quoting rules, and the text of raw-text elements (script, style, textarea, title)
// is kept whole instead of being read as tags. tests/lib/html-tokens.test.mjs holds it to parse5.
import { parseFragment } from 'parse5';

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set([
	'script',
	'style',
	'textarea',
	'title',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
]);

/** The end tag of each raw-text element (compiled once: a page holds dozens of scripts and titles). */
const RAW_TEXT_END = new Map(
	[...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'ig')])
);

/** Elements that have no end tag. */
export const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/**
 * Whatever starts with `<` and means something: a comment, a doctype or CDATA section, an end tag, or a
 * start tag (its name, then its attributes up to the `>` that is outside a quoted value; `(?=(…))\4`
 * takes a run of other characters whole, as an atomic group would, so a tag never backtracks).
 */
const TOKEN =
	/<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<\/([a-zA-Z][^\s/>]*)[^>]*>|<([a-zA-Z][^\s/>]*)((?:(?=([^>=]+))\4|=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))*)>/g;
const ATTR = /([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

/** Character references as built pages write them; any other is decoded by parse5. */
const COMMON = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(value) {
	if (!value.includes('&')) return value;
	return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (ref, dec, hex, name) =>
		dec
			? String.fromCodePoint(Number(dec))
			: hex
				? String.fromCodePoint(parseInt(hex, 16))
				: (COMMON[name] ?? parseFragment(`<i title="${ref}">`).childNodes[0].attrs[0].value)
	);
}

/**
 * @typedef {{ name: string, attrs: Record<string, string>, start: number, end: number, selfClosing: boolean, text?: string }} StartTag
 *   `attrs`: names lower-cased, values decoded, the first of a repeated name kept; `selfClosing`: written
 *   `<x … />`; `text`: the content of a raw-text element (a script's code, a stylesheet)
 * @typedef {{ name: string, start: number }} EndTag
 */

/**
 * The tags of an HTML page in source order, end tags as `{ name, start, close: true }`.
 * @param {string} html
 * @returns {(StartTag | (EndTag & { close: true }))[]}
 */
export function tokens(html) {
	const out = [];
	TOKEN.lastIndex = 0;
	for (let m; (m = TOKEN.exec(html));) {
		if (m[1]) out.push({ name: m[1].toLowerCase(), start: m.index, close: true });
		if (!m[2]) continue;
		const attrs = {};
		let read = 0;
		ATTR.lastIndex = 0;
		for (let a; (a = ATTR.exec(m[3])); read = ATTR.lastIndex) {
			const name = a[1].toLowerCase();
			if (!(name in attrs)) attrs[name] = decode(a[2] ?? a[3] ?? a[4] ?? '');
		}
		// A final `/` makes the tag self-closing unless an unquoted value took it (`<a href=/x/>`).
		const tag = {
			name: m[2].toLowerCase(),
			attrs,
			start: m.index,
			end: TOKEN.lastIndex,
			selfClosing: m[3].endsWith('/') && read < m[3].length,
		};
		out.push(tag);
		if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
			const close = RAW_TEXT_END.get(tag.name);
			close.lastIndex = tag.end;
			const found = close.exec(html);
			const textEnd = found ? found.index : html.length;
			tag.text =
				tag.name === 'script' || tag.name === 'style'
					? html.slice(tag.end, textEnd)
					: decode(html.slice(tag.end, textEnd));
			TOKEN.lastIndex = textEnd;
		}
	}
	return out;
}

/** The start tags of a page, in source order. @returns {StartTag[]} */
export const startTags = (html) => tokens(html).filter((t) => !t.close);

/**
 * Calls `visit(tag, open)` for each start tag with the elements it sits in (outermost first), from the
 * written end tags: a built page closes what it opens, void and self-closing (SVG) elements aside. A
 * raw-text element holds no tags, so it is never open.
 * @param {string} html
 * @param {(tag: StartTag, open: readonly StartTag[]) => void} visit
 */
export function walkTags(html, visit) {
	const open = [];
	for (const t of tokens(html)) {
		if (t.close) {
			const at = open.findLastIndex((o) => o.name === t.name);
			if (at >= 0) open.length = at;
			continue;
		}
		visit(t, open);
		if (!VOID.has(t.name) && !t.selfClosing && t.text === undefined) open.push(t);
	}
}
