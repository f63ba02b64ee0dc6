/**
 * The matching rules of site search, shared by the index writer, the search backend (on the web and
 * offline), the highlighter on the target page and the tests' ground truth, so all of them agree on
 * what "the page contains the query" means. See docs/search.md.
 *
 * - Text is compared after folding: each character's NFKC form where that has the same length
 *   (full-width `２０２４` and `，` become `2024` and `,`), curly quotes and apostrophes straight and
 *   dashes as hyphens, lower case likewise, and runs of whitespace collapsed to one space. Folding
 *   never changes lengths, so offsets stay valid.
 * - Text is split into tokens: every Han character is a token of its own; a run of other letters,
 *   digits and marks is a token (a "word"); any other character is a token; a run of whitespace is
 *   one token too (written as {@link SPACE_TOKEN} in the index).
 * - A page matches a query when its text contains the query text as a substring that starts at a
 *   token boundary. Every Han character is a token, so in Chinese any substring counts; in English a
 *   match starts at the beginning of a word or number (`2027` finds `2024–2027`, `care` does not
 *   find `healthcare`).
 */

const HAN = /\p{Script=Han}/u;
/** Whitespace run | Han character | word (letters, digits, marks; not Han) | any other character. */
const TOKEN = /\s+|\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+|[^]/gu;
const WORD = /^(?:\p{Script=Han}|[\p{L}\p{N}\p{M}]+)$/u;

/** One token of a text: its characters, where it starts, and whether it can be searched for. */
export interface Token {
	text: string;
	/** Offset in the string that was tokenised (UTF-16 units). */
	start: number;
	/** `word`: a Han character or a word; `space`: whitespace; `other`: punctuation and symbols. */
	type: 'word' | 'space' | 'other';
}

/** Whether a string contains a Han character. */
export const hasHan = (s: string): boolean => HAN.test(s);

/** A token's type (see {@link Token}), worked out once per distinct token: a page repeats its characters and words. */
const tokenTypes = new Map<string, Token['type'] | 'han'>();
/**
 * The type of a token of {@link tokenize}, with Han characters told apart from other words.
 * @example [tokenType('中'), tokenType('TCM'), tokenType(' '), tokenType('，')] // ['han', 'word', 'space', 'other']
 */
export function tokenType(token: string): Token['type'] | 'han' {
	let type = tokenTypes.get(token);
	if (type === undefined) {
		type = /^\s/.test(token)
			? 'space'
			: !WORD.test(token)
				? 'other'
				: hasHan(token)
					? 'han'
					: 'word';
		if (tokenTypes.size < 100_000) tokenTypes.set(token, type);
	}
	return type;
}

/** The tokens of a text as strings (see {@link tokenize}, which also gives their offsets). */
export const tokenStrings = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * Splits text into tokens (see the module comment).
 * @example tokenize('中医 2024–2027').map((t) => t.text) // ['中', '医', ' ', '2024', '–', '2027']
 */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((m) => ({
		text: m[0],
		start: m.index,
		type: /^\s/.test(m[0]) ? 'space' : WORD.test(m[0]) ? 'word' : 'other',
	}));
}

/** Each character's width fold, worked out once (NFKC is slow, and a page repeats its characters). */
const widthFolds = new Map<string, string>();

/**
 * The characters NFKC may change: all but ASCII and the CJK Unified Ideographs (and Extension A), which
 * it never changes (text.test.ts checks every code point). Skipping those is what makes Chinese text quick.
 */
// eslint-disable-next-line no-control-regex -- ASCII is a range of control and printable characters
const WIDTH_CANDIDATES = /[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff]/gu;

/** Per character: the NFKC form where it has the same length (full-width forms to ASCII). */
export function foldWidth(text: string): string {
	return text.replace(WIDTH_CANDIDATES, (ch) => {
		let folded = widthFolds.get(ch);
		if (folded === undefined) {
			const n = ch.normalize('NFKC');
			widthFolds.set(ch, (folded = n.length === ch.length ? n : ch));
		}
		return folded;
	});
}

/**
 * Where `toLowerCase` of a whole text differs from lower-casing its upper and title case letters one by
 * one (text.test.ts checks every code point): `İ`, whose lower case is longer; `Σ`, whose lower case
 * depends on the next letter; Roman numerals and circled letters, which are not letters.
 */
const CASE_EXCEPTIONS = /[\u0130\u03a3\u2160-\u216f\u24b6-\u24cf]/u;

/**
 * Lower case, except the few characters whose lower case is longer (e.g. 'İ'): offsets must not drift.
 * A text without {@link CASE_EXCEPTIONS} is lower-cased at once (a page's text is long; one call per letter is slow).
 */
const foldCase = (text: string) =>
	CASE_EXCEPTIONS.test(text)
		? text.replace(/\p{Lu}|\p{Lt}/gu, (ch) =>
				ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch
			)
		: text.toLowerCase();

/**
 * Typographic variants of one character that a reader types or pastes interchangeably: curly and
 * straight apostrophes and quotes, and hyphens, dashes and minus signs (`Xiong’an` is `Xiong'an`,
 * `2024–2027` is `2024-2027`). Each becomes its ASCII form.
 */
const TYPOGRAPHIC: Readonly<Record<string, string>> = Object.fromEntries(
	[
		['‘’‚‛′', "'"],
		['“”„‟″', '"'],
		['‐‑‒–—―−', '-'],
	].flatMap(([variants, ascii]) => [...variants!].map((c): [string, string] => [c, ascii!]))
);
const TYPOGRAPHIC_CHARS = new RegExp(`[${Object.keys(TYPOGRAPHIC).join('')}]`, 'g');

/**
 * The text as it is compared: width, typography and case folded (see the module comment). Keeps length.
 * @example fold('Xiong’an ２０２４—２０２７') // "xiong'an 2024-2027"
 */
export const fold = (text: string): string =>
	foldCase(foldWidth(text).replace(TYPOGRAPHIC_CHARS, (ch) => TYPOGRAPHIC[ch]!));

/**
 * A query as it is compared: folded, whitespace runs collapsed to one space, trimmed.
 * @example normalizeText('  Medical\n Consortium ') // 'medical consortium'
 */
export function normalizeText(text: string): string {
	return fold(text).replace(/\s+/g, ' ').trim();
}

/** Outer quotes a reader may type around a phrase; the phrase is searched for as typed inside them. */
const QUOTES: [string, string][] = [
	['"', '"'],
	['“', '”'],
	['「', '」'],
	['『', '』'],
	['＂', '＂'],
];

/** A query ready to be matched. */
export interface Query {
	/** The normalised text that a page must contain. Empty when there is nothing to search for. */
	text: string;
	/** Its tokens, each with its position relative to the first token. */
	tokens: (Token & { position: number })[];
	/** The distinct searchable words, in order of first appearance. */
	words: string[];
}

/**
 * Parses what the reader typed: strips outer quotes, normalises, converts Traditional characters
 * and phrases with `t2s` (see {@link toSimplified}) and tokenises.
 * @example parseQuery('"醫聯體"', { 醫: '医', 聯: '联', 體: '体' }).text // '医联体'
 */
export function parseQuery(raw: string, t2s: Readonly<Record<string, string>> = {}): Query {
	let text = raw.trim();
	const pair = QUOTES.find(
		([open, close]) => text.length >= 2 && text.startsWith(open) && text.endsWith(close)
	);
	if (pair) text = text.slice(pair[0].length, -pair[1].length);
	text = toSimplified(normalizeText(text), t2s);
	const tokens = tokenize(text).map((token, position) => ({ ...token, position }));
	const words = [...new Set(tokens.filter((t) => t.type === 'word').map((t) => t.text))];
	return { text: words.length ? text : '', tokens, words };
}

/**
 * Converts with a Traditional → Simplified map whose keys are characters and phrases: at each
 * position the longest key that matches, else the character as it is. The one conversion of every
 * query (online, offline, and so the highlighter, which gets the converted query).
 * @example toSimplified('計畫專科', { 計畫: '计划', 計: '计', 專: '专' }) // '计划专科'
 */
export function toSimplified(text: string, t2s: Readonly<Record<string, string>>): string {
	const longest = longestKey(t2s);
	let out = '';
	for (let at = 0; at < text.length;) {
		const char = text.codePointAt(at)! > 0xffff ? 2 : 1;
		let len = Math.max(char, Math.min(longest, text.length - at));
		while (len > char && !Object.hasOwn(t2s, text.slice(at, at + len))) len--;
		const piece = text.slice(at, at + len);
		out += Object.hasOwn(t2s, piece) ? t2s[piece] : piece;
		at += len;
	}
	return out;
}

const longestKeys = new WeakMap<object, number>();
/** The length of a map's longest key, once per map (it is read at every keystroke, or per phrase at build time). */
function longestKey(map: Readonly<Record<string, string>>): number {
	let longest = longestKeys.get(map);
	if (longest === undefined)
		longestKeys.set(map, (longest = Math.max(0, ...Object.keys(map).map((k) => k.length))));
	return longest;
}

/** A match of the query in a text: UTF-16 offsets in the text as given. */
export interface Range {
	start: number;
	end: number;
}

/**
 * Every match of the query in a text (non-overlapping, left to right), following the module's rules:
 * compared after {@link fold}ing, starting at a token boundary. Whitespace in the text must already
 * be collapsed (as {@link fromIndexTokens} gives it); offsets are valid in the text as given.
 * @param folded the text's {@link fold}, when the caller keeps it (a result's text is searched at every keystroke)
 */
export function findMatches(text: string, query: Query, folded?: string): Range[] {
	if (!query.text) return [];
	folded ??= fold(text);
	const out: Range[] = [];
	for (let at = folded.indexOf(query.text); at !== -1; at = folded.indexOf(query.text, at + 1)) {
		if (!isTokenStart(folded, at) || (out.length && at < out[out.length - 1]!.end)) continue;
		out.push({ start: at, end: at + query.text.length });
	}
	return out;
}

const SPACE_CHAR = /^\s$/u;
const WORD_CHAR = /^(?!\p{Script=Han})[\p{L}\p{N}\p{M}]$/u;
/** The code point that ends just before `at`. */
const charBefore = (text: string, at: number) =>
	String.fromCodePoint(
		text.codePointAt(
			at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!)
				? at - 2
				: at - 1
		)!
	);

/**
 * Whether a token of {@link tokenize} starts at `at`, decided from the two characters around it (so a
 * search need not tokenise whole pages): everywhere except inside a code point, inside a whitespace
 * run and inside a word (a run of non-Han letters, digits and marks).
 * @example [0, 1, 2, 3].filter((at) => isTokenStart('ab 中', at)) // [0, 2, 3]
 */
export function isTokenStart(text: string, at: number): boolean {
	if (at <= 0 || at >= text.length) return at === 0 && text.length > 0;
	if (/[\udc00-\udfff]/.test(text[at]!) && /[\ud800-\udbff]/.test(text[at - 1]!)) return false;
	const before = charBefore(text, at);
	const after = String.fromCodePoint(text.codePointAt(at)!);
	return !(
		(SPACE_CHAR.test(before) && SPACE_CHAR.test(after)) ||
		(WORD_CHAR.test(before) && WORD_CHAR.test(after))
	);
}

/** Whether a text contains the query (see {@link findMatches}). */
export const containsQuery = (text: string, query: Query): boolean =>
	findMatches(text, query).length > 0;

/** A piece of an excerpt; `mark` pieces are the matched text. */
export interface Segment {
	text: string;
	mark: boolean;
}

/**
 * A window of about `length` characters around the first match, split into plain and marked pieces
 * (plain text, never HTML, so it is safe to render with textContent). With no match: the text's start.
 * @example excerpt('甲乙丙丁', [{ start: 1, end: 2 }], 10) // [{text:'甲',mark:false},{text:'乙',mark:true},{text:'丙丁',mark:false}]
 */
export function excerpt(text: string, matches: readonly Range[], length = 160): Segment[] {
	const first = matches[0];
	let from = first
		? Math.max(0, first.start - Math.floor((length - (first.end - first.start)) / 3))
		: 0;
	let to = Math.min(text.length, from + length);
	from = Math.max(0, Math.min(from, to - length));
	// A match is never cut in two by the window's end: the window takes it whole.
	to = Math.max(to, ...matches.filter((m) => m.start < to && m.end > to).map((m) => m.end));
	const out: Segment[] = [];
	const push = (s: string, mark: boolean) => s && out.push({ text: s, mark });
	if (from > 0) push('…', false);
	let at = from;
	for (const m of matches) {
		if (m.end <= from || m.start >= to) continue;
		push(text.slice(at, Math.max(at, m.start)), false);
		push(text.slice(Math.max(at, m.start), m.end), true);
		at = m.end;
	}
	push(text.slice(at, to), false);
	if (to < text.length) push('…', false);
	return out;
}

/** Where a section of a page's text starts: a heading (h2–h6 with an id), its text and its offset. */
export interface SectionStart {
	anchor: string;
	title: string;
	start: number;
}

/**
 * The sections (from one heading to the next, in page order) that hold matches, each with an
 * excerpt around its first match; shared by every backend so section hits read the same.
 * @example sectionHits('甲 乙丙', [{ anchor: 'a', title: '甲', start: 0 }, { anchor: 'b', title: '乙', start: 2 }], [{ start: 3, end: 4 }]).map((s) => s.anchor) // ['b']
 */
export function sectionHits(
	text: string,
	sections: readonly SectionStart[],
	matches: readonly Range[]
): { anchor: string; title: string; excerpt: Segment[] }[] {
	return sections.flatMap((section, i) => {
		const to = sections[i + 1]?.start ?? text.length;
		const inside = matches.filter((m) => m.start >= section.start && m.start < to);
		return inside.length
			? [
					{
						anchor: section.anchor,
						title: section.title,
						excerpt: excerpt(text.slice(0, to), inside, 120),
					},
				]
			: [];
	});
}
