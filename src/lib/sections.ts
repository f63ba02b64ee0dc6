import type { Lang } from '../schemas/common.ts';

/** Numbered anchors follow the official numbering: `s3` is part 3, `s3-1` its item (1), and so on. */
const NUMBERED = /^s(\d+(?:-\d+)*)$/;

/**
 * The official numbering path of an anchor, or `null` for a semantic anchor.
 * @example numberPath('s3-1') // [3, 1]
 * @example numberPath('talent') // null
 */
export function numberPath(anchor: string): number[] | null {
	const match = NUMBERED.exec(anchor);
	return match ? match[1]!.split('-').map(Number) : null;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Chinese numerals as official documents write them, for 1–99.
 * @example chineseNumeral(3) // '三'
 * @example chineseNumeral(12) // '十二'
 */
export function chineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 1 || n > 99)
		throw new RangeError(`chineseNumeral: ${n} is outside 1–99`);
	if (n < 10) return CN_DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/**
 * The number shown before a heading, in the style of Chinese official documents and its English mirror:
 * 一、 / （一） / 1. / （1） and 1. / (1) / (a) / (i).
 * @example headingNumber('s3-1', 'zh') // '（一）'
 * @example headingNumber('s3-1', 'en') // '(1)'
 */
export function headingNumber(anchor: string, lang: Lang): string | null {
	const path = numberPath(anchor);
	if (!path) return null;
	const n = path[path.length - 1]!;
	const depth = path.length;
	if (lang === 'zh')
		return (
			[`${chineseNumeral(n)}、`, `（${chineseNumeral(n)}）`, `${n}.`, `（${n}）`][depth - 1] ??
			`${n}.`
		);
	return (
		[`${n}.`, `(${n})`, `(${String.fromCharCode(96 + n)})`, `(${toRoman(n)})`][depth - 1] ?? `${n}.`
	);
}

function toRoman(n: number): string {
	const numerals: [number, string][] = [
		[10, 'x'],
		[9, 'ix'],
		[5, 'v'],
		[4, 'iv'],
		[1, 'i'],
	];
	let out = '';
	for (const [value, glyph] of numerals)
		while (n >= value) {
			out += glyph;
			n -= value;
		}
	return out;
}

/**
 * How a citation names a part of a document: 第三部分（一） / Part 3(1). Semantic anchors use the heading.
 * @example partLabel('s3-1', 'zh', '主要任务') // '第三部分（一）'
 * @example partLabel('talent', 'en', 'Talent') // 'section “Talent”'
 */
export function partLabel(anchor: string, lang: Lang, heading: string): string {
	const path = numberPath(anchor);
	if (!path) return lang === 'zh' ? `“${heading}”部分` : `section “${heading}”`;
	const [part, ...rest] = path as [number, ...number[]];
	if (lang === 'zh') {
		const sub = rest
			.map((n, i) => (i === 0 ? `（${chineseNumeral(n)}）` : i === 1 ? `${n}.` : `（${n}）`))
			.join('');
		return `第${chineseNumeral(part)}部分${sub}`;
	}
	return `Part ${part}${rest.map((n) => `(${n})`).join('')}`;
}
