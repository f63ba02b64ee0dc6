import {
	fold,
	foldWidth,
	hasHan,
	tokenStrings,
	tokenType,
	type Query,
	type Token,
} from './text.ts';

/**
 * The words of the search index (docs/search.md, "The index"), and how a query is located with them.
 * Shared by the index writer (src/search/build/) and every backend, so both sides agree on the words.
 *
 * The one rule that makes the index work: **each index token reads as the characters at its position.**
 * A page's text is split into the tokens of `tokenize` (a Han character, a word, a punctuation mark, a
 * whitespace run), one index token per text token, so a token's number is its position. A Han character
 * followed by another is written as the bigram of the two (中医药 → 中医 医药 药), but it still stands
 * for one character at its position: `tokenOffsets` and `fromIndexTokens` read it back as that character.
 */

/** Stands for a run of whitespace among the index tokens, so whitespace keeps its position. */
export const SPACE_TOKEN = '\u2423';

const isHanWord = (t: Token | undefined) => t?.type === 'word' && hasHan(t.text);
const isOtherWord = (t: Token | undefined) => t?.type === 'word' && !hasHan(t.text);

/**
 * A text as index tokens: whitespace as {@link SPACE_TOKEN}, a Han character together with the next one
 * when that is Han too (a bigram, so that a query of two or more characters looks up rare bigrams, not
 * common characters), words width-folded, punctuation as written.
 * @example toIndexTokens('中医 TCM') // ['中医', '医', '␣', 'TCM']
 */
export function toIndexTokens(text: string): string[] {
	const tokens = tokenStrings(text);
	return tokens.map((t, i) => {
		const type = tokenType(t);
		if (type === 'space') return SPACE_TOKEN;
		if (type === 'other') return t;
		const next = tokens[i + 1];
		return foldedWord(
			type === 'han' && next !== undefined && tokenType(next) === 'han' ? t + next : t
		);
	});
}

/** Words width-folded once each (a page repeats them). */
const foldedWords = new Map<string, string>();
function foldedWord(word: string): string {
	let folded = foldedWords.get(word);
	if (folded === undefined) {
		folded = foldWidth(word);
		if (foldedWords.size < 200_000) foldedWords.set(word, folded);
	}
	return folded;
}

/** The text an index token stands for: a bigram stands for its first character. */
export function readableToken(token: string): string {
	if (token === SPACE_TOKEN) return ' ';
	const first = String.fromCodePoint(token.codePointAt(0) ?? 32);
	return hasHan(first) ? first : token;
}

/**
 * Where each index token starts in the readable text ({@link fromIndexTokens}).
 * @example tokenOffsets(['中医', '医', '␣', 'TCM']) // [0, 1, 2, 3]
 */
export function tokenOffsets(tokens: readonly string[]): number[] {
	const out: number[] = [];
	tokens.reduce((at, t, i) => ((out[i] = at), at + readableToken(t).length), 0);
	return out;
}

/**
 * The readable text back from index tokens (the inverse of {@link toIndexTokens}, whitespace collapsed).
 * @example fromIndexTokens(['中医', '医', '␣', 'TCM']) // '中医 TCM'
 */
export function fromIndexTokens(tokens: readonly string[]): string {
	return tokens.map(readableToken).join('');
}

/**
 * The index terms of a page, each with the positions where it stands: every Han bigram or lone Han
 * character, every other word (case- and width-folded), and every **word pair**, two such words with
 * one whitespace run between them (`medical consortia`), written with one space. Pairs let a query whose
 * last word is still being typed (`medical c`) look up the few pairs that start with it instead of every
 * word that starts with `c`. Punctuation and whitespace are positions without terms.
 * @example [...indexTerms(toIndexTokens('TCM beds 医联'))].map(([t, p]) => `${t}@${p}`) // ['tcm@0', 'tcm beds@0', 'beds@2', '医联@4', '联@5']
 */
export function indexTerms(tokens: readonly string[]): Map<string, number[]> {
	const out = new Map<string, number[]>();
	const add = (term: string, at: number) => {
		const list = out.get(term);
		if (list) list.push(at);
		else out.set(term, [at]);
	};
	const word = (t: string | undefined) =>
		t !== undefined && t !== SPACE_TOKEN && /^[\p{L}\p{N}\p{M}]+$/u.test(t);
	tokens.forEach((t, at) => {
		if (!word(t)) return;
		if (hasHan(t)) return add(t, at);
		const folded = fold(t);
		add(folded, at);
		const next = tokens[at + 2];
		if (tokens[at + 1] === SPACE_TOKEN && word(next) && !hasHan(next!))
			add(`${folded} ${fold(next!)}`, at);
	});
	return out;
}

/** An index term to look up for a query, at its offset (in tokens) from the query's first token. */
export interface Lookup {
	term: string;
	position: number;
	/** Look up every term that starts with `term`: the query's last word may be cut short while typing. */
	prefix: boolean;
}

/**
 * The index terms that locate a query ({@link indexTerms}): the bigram at each Han character followed by
 * another; a lone Han character (after no Han character) by itself; a word followed by one space and
 * another word as their pair; any other word alone, unless a pair already covers it. The query's last
 * token, when it is a word or a Han character, may be unfinished, so its look-up is a prefix.
 * @example lookups(parseQuery('医联体 2027')).map((l) => `${l.term}@${l.position}`) // ['医联@0', '联体@1', '2027@4']
 * @example lookups(parseQuery('medical c')).map((l) => `${l.term}@${l.position}${l.prefix ? '*' : ''}`) // ['medical c@0*']
 */
export function lookups(query: Query): Lookup[] {
	const tokens = query.tokens;
	const last = tokens.length - 1;
	const out: Lookup[] = [];
	tokens.forEach((t, i) => {
		if (t.type !== 'word') return;
		const [prev, next] = [tokens[i - 1], tokens[i + 1]];
		if (isHanWord(t)) {
			if (isHanWord(next)) out.push({ term: t.text + next!.text, position: i, prefix: false });
			else if (!isHanWord(prev)) out.push({ term: t.text, position: i, prefix: i === last });
			return;
		}
		if (next?.type === 'space' && isOtherWord(tokens[i + 2]))
			out.push({ term: `${t.text} ${tokens[i + 2]!.text}`, position: i, prefix: i + 2 === last });
		else if (!(prev?.type === 'space' && isOtherWord(tokens[i - 2])))
			out.push({ term: t.text, position: i, prefix: i === last });
	});
	return out;
}

/**
 * The positions where a query's look-ups sit at their offsets: `positions` gives, for each look-up (in
 * the order of `list`), its positions in one page, in ascending order (as the index stores them). A
 * check on index positions before the page's text is read; punctuation between the words is not in the
 * index, so {@link findMatches} on the text settles it.
 * @example runStarts(lookups(parseQuery('中医药')), [[3, 9], [4, 7]]) // [3]
 */
export function runStarts(
	list: readonly Lookup[],
	positions: readonly (readonly number[])[]
): number[] {
	const [first, ...rest] = list;
	if (!first) return [];
	// One walk along each list: the starts only grow, so each list's cursor only moves forward.
	const cursors = rest.map(() => 0);
	const found = (start: number) =>
		rest.every((l, k) => {
			const at = positions[k + 1] ?? [];
			let i = cursors[k]!;
			while (i < at.length && at[i]! < start + l.position) i++;
			cursors[k] = i;
			return at[i] === start + l.position;
		});
	return (positions[0] ?? []).map((p) => p - first.position).filter(found);
}
