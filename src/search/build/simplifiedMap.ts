import * as OpenCC from 'opencc-js';
import { toSimplified } from '../text.ts';

/**
 * A Traditional character that the indexed text itself contains is still converted when its
 * Simplified form occurs at least this many times as often. One quoted Traditional title (醫) in
 * Simplified text must not turn off Traditional search (醫聯體 → 医联体) for every other page;
 * a character used in its own right (乾 in 乾隆 beside 干) stays as typed. See docs/search.md.
 */
export const SIMPLIFIED_DOMINANCE = 20;

/** CJK Unified Ideographs and Extension A: the characters opencc-js converts one by one. */
const FIRST = 0x3400;
const LAST = 0x9fff;

const HAN_RUN = /\p{Script=Han}+/gu;
const ALL_HAN = /^\p{Script=Han}{2,}$/u;

/**
 * The Traditional → Simplified map for an index (build time): characters (see {@link characterMap})
 * and the phrases whose mainland word differs from their characters' (see {@link phraseMap}).
 * `parseQuery` applies it longest key first. Small, as it covers only what can match.
 * @example simplifiedMap('计划')['計畫'] // '计划' (by character it would be 计画)
 */
export function simplifiedMap(text: string): Record<string, string> {
	const chars = characterMap(text);
	return { ...chars, ...phraseMap(text, chars) };
}

/**
 * Each Traditional character whose single-character Simplified form (opencc-js, Traditional to
 * mainland usage) occurs in the text, unless the text uses the Traditional character itself often
 * enough to be meant (see {@link SIMPLIFIED_DOMINANCE}). A Simplified character is never a key, so a
 * Simplified query is never changed by it.
 * @example characterMap('医联体')['醫'] // '医'
 */
export function characterMap(text: string): Record<string, string> {
	const counts = new Map<string, number>();
	for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	const candidates: string[] = [];
	for (let cp = FIRST; cp <= LAST; cp++) candidates.push(String.fromCodePoint(cp));
	const converted = OpenCC.Converter({ from: 't', to: 'cn' })(candidates.join('\n')).split('\n');
	const out: Record<string, string> = {};
	candidates.forEach((ch, i) => {
		const simplified = converted[i];
		if (!simplified || simplified === ch || [...simplified].length !== 1) return;
		const [own, target] = [counts.get(ch) ?? 0, counts.get(simplified) ?? 0];
		if (target > 0 && own * SIMPLIFIED_DOMINANCE <= target) out[ch] = simplified;
	});
	return out;
}

/**
 * opencc-js's phrase dictionaries, each with the converter that gives its phrases' mainland form:
 * Taiwan and Hong Kong words (資訊 → 信息, 伺服器 → 服务器), then Traditional phrases whose characters
 * convert ambiguously (乾坤 stays 乾坤 where 乾 alone becomes 干). Each is the first dictionary of its
 * locale's chain: TWPhrasesRev, HKPhrasesRev, TSPhrases.
 */
const PHRASE_SOURCES = [
	{ dict: OpenCC.Locale.from['twp']![0]![0]!, from: 'twp' },
	{ dict: OpenCC.Locale.from['hkp']![0]![0]!, from: 'hkp' },
	{ dict: OpenCC.Locale.to['cn']![0]![0]!, from: 't' },
] as const;

/**
 * The phrases (opencc-js's Taiwan, Hong Kong and Traditional phrase dictionaries, Han only) whose
 * mainland form occurs in the text while their character-by-character conversion with `chars`
 * does not: 計畫 → 计划 when the text has 计划 and no 计画. A phrase whose character form the text
 * has keeps it (資料 stays 资料, never 数据), unless the phrase has a Traditional character and its
 * mainland form is {@link SIMPLIFIED_DOMINANCE} times as frequent: one 资讯 among twenty 信息 does
 * not turn off 資訊 → 信息 (the rule the characters follow). A key written in characters that are
 * Simplified too (程式, 文件) is converted only when the text lacks it, so a Simplified query that
 * finds something is never changed. Occurrences are counted in one pass over the text's distinct Han runs.
 * @example phraseMap('信息', {})['資訊'] // '信息'
 */
export function phraseMap(
	text: string,
	chars: Readonly<Record<string, string>>
): Record<string, string> {
	const runs = new Map<string, number>();
	for (const run of text.match(HAN_RUN) ?? []) runs.set(run, (runs.get(run) ?? 0) + 1);
	const present = new Set([...runs.keys()].join(''));
	const candidates: { phrase: string; simplified: string; byChar: string }[] = [];
	for (const [phrase, simplified] of dictionaryPhrases()) {
		const byChar = toSimplified(phrase, chars);
		if (simplified !== byChar && [...simplified].every((ch) => present.has(ch)))
			candidates.push({ phrase, simplified, byChar });
	}
	const counts = occurrences(
		runs,
		candidates.flatMap((c) => [c.simplified, c.byChar])
	);
	const out: Record<string, string> = {};
	for (const { phrase, simplified, byChar } of candidates) {
		const [target, own] = [counts.get(simplified) ?? 0, counts.get(byChar) ?? 0];
		const meant = own > 0 && (byChar === phrase || own * SIMPLIFIED_DOMINANCE > target);
		if (!Object.hasOwn(out, phrase) && target > 0 && !meant) out[phrase] = simplified;
	}
	return out;
}

let phrases: [string, string][] | undefined;
/** Every Han-only phrase of {@link PHRASE_SOURCES} with its mainland form; the same for every index, so built once. */
function dictionaryPhrases(): readonly [string, string][] {
	return (phrases ??= PHRASE_SOURCES.flatMap(({ dict, from }) => {
		const keys = dictKeys(dict).filter((k) => ALL_HAN.test(k));
		const converted = OpenCC.Converter({ from, to: 'cn' })(keys.join('\n')).split('\n');
		return keys.map((k, i): [string, string] => [k, converted[i]!]);
	}));
}

/** The source side of an opencc-js dictionary (`"a alpha|b beta"` or `[["a", "alpha"], …]`). */
const dictKeys = (dict: OpenCC.DictLike): string[] =>
	typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0]!) : dict.map(([k]) => k);

interface TrieNode {
	next: Map<string, TrieNode>;
	word?: string;
}

/**
 * How often each of the Han-only `words` occurs in the Han runs (each run with how many times the
 * text has it): a trie of the words walked from every position of each distinct run, so the cost
 * grows with the text, not with text × words.
 */
function occurrences(
	runs: ReadonlyMap<string, number>,
	words: readonly string[]
): Map<string, number> {
	const root: TrieNode = { next: new Map() };
	for (const word of words) {
		let node = root;
		for (const ch of word) {
			let next = node.next.get(ch);
			if (!next) node.next.set(ch, (next = { next: new Map() }));
			node = next;
		}
		node.word = word;
	}
	const counts = new Map<string, number>();
	for (const [run, times] of runs) {
		const chars = [...run];
		for (let i = 0; i < chars.length; i++) {
			let node: TrieNode | undefined = root;
			for (let j = i; j < chars.length && (node = node.next.get(chars[j]!)); j++)
				if (node.word) counts.set(node.word, (counts.get(node.word) ?? 0) + times);
		}
	}
	return counts;
}
