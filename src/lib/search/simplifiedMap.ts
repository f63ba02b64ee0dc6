import * as OpenCC from 'opencc-js';

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

/**
 * The Traditional → Simplified character map for an index (build time): each Traditional character
 * whose single-character Simplified form (opencc-js, Traditional to mainland usage) occurs in the
 * text, unless the text uses the Traditional character itself often enough to be meant (see
 * {@link SIMPLIFIED_DOMINANCE}). Small, as it covers only what can match; a Simplified query is never
 * changed, as a Simplified character is never a key.
 * @example simplifiedMap('医联体')['醫'] // '医'
 */
export function simplifiedMap(text: string): Record<string, string> {
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
