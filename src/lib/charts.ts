import { scaleLinear } from 'd3-scale';
import type { Lang } from '../schemas/common.ts';
import { formatFigure, groupIndicators, type FigureValue } from './figures.ts';

/** The fields of a key figure that charts read. */
export interface ChartFigure extends FigureValue {
	id: string;
	label: { zh: string; en: string };
	year?: number | undefined;
	role: string;
	indicator?: string | undefined;
	chart?: string | undefined;
}

/** A plan indicator with both ends known: where it stood and where it is to be. */
export interface ProgressRow<F> {
	indicator: string;
	baseline: F & { value: number };
	target: F & { value: number };
}

/** A panel of figures drawn on one scale (they share a unit): figures with the same `chart` key. */
export interface BarPanel<F> {
	key: string;
	figures: (F & { value: number })[];
}

const known = <F extends ChartFigure>(f: F | undefined): f is F & { value: number } =>
	f !== undefined && f.value !== null;

/**
 * Indicators that have a readable baseline and target, in first-seen order: the rows of a
 * "progress towards target" chart. Each row gets its own scale, since units differ between rows.
 */
export function progressRows<F extends ChartFigure>(figures: F[]): ProgressRow<F>[] {
	return groupIndicators(figures).flatMap((row) =>
		known(row.baseline) && known(row.target)
			? [{ indicator: row.indicator, baseline: row.baseline, target: row.target }]
			: []
	);
}

/**
 * Figures grouped by their `chart` key, in first-seen order; a key needs two readable figures
 * (one bar alone compares nothing). The schema makes a panel's figures share one unit.
 */
export function barPanels<F extends ChartFigure>(figures: F[]): BarPanel<F>[] {
	const panels = new Map<string, BarPanel<F>>();
	for (const fig of figures) {
		if (!fig.chart || !known(fig)) continue;
		const panel = panels.get(fig.chart) ?? { key: fig.chart, figures: [] };
		panel.figures.push(fig);
		panels.set(fig.chart, panel);
	}
	return [...panels.values()].filter((p) => p.figures.length >= 2);
}

/**
 * A linear scale from zero to the largest value onto `[0, width]` (d3-scale), so bar lengths compare
 * honestly; all-zero data maps to zero rather than dividing by it.
 */
export function barScale(values: number[], width: number): (value: number) => number {
	const max = Math.max(0, ...values);
	const scale = scaleLinear()
		.domain([0, max || 1])
		.range([0, width]);
	return (value) => scale(Math.max(0, value));
}

/** Rough advance width of a character in em: CJK and full-width forms are square, Latin about half. */
function charWidth(ch: string): number {
	const code = ch.codePointAt(0)!;
	if (code >= 0x2e80) return 1;
	if (/[ilI.,:;'’|!()[\]]/.test(ch)) return 0.3;
	if (/[A-ZMWmw]/.test(ch)) return 0.7;
	return 0.56;
}

/** Estimated width of a text in em, for laying out SVG text that cannot wrap by itself. */
export const textWidth = (text: string): number =>
	[...text].reduce((sum, ch) => sum + charWidth(ch), 0);

/**
 * Breaks a label into lines no wider than `maxEm` (estimated): at spaces in English, between any
 * two characters in Chinese (keeping closing punctuation on its line). A word longer than a line
 * gets a line of its own.
 * @example wrapText('Centres for promoting appropriate TCM techniques', 16, 'en') // ['Centres for promoting', 'appropriate TCM techniques']
 */
export function wrapText(text: string, maxEm: number, lang: Lang): string[] {
	const tokens = lang === 'en' ? text.split(/(?<= )/) : [...text];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const closing = lang === 'zh' && /^[，。、；：）》」”’！？]$/.test(token);
		if (line && !closing && textWidth((line + token).trimEnd()) > maxEm) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else line += token;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** A year as a short label: 2023年 / 2023. */
export const yearLabel = (year: number | undefined, lang: Lang): string =>
	year === undefined ? '' : lang === 'zh' ? `${year}年` : String(year);

/**
 * The figure's printed value, exactly as FigureTable and `<Fig>` print it.
 * @example valueLabel({ value: 9, unit: { zh: '个', en: 'specialties' }, qualifier: 'exact' }, 'en') // '9 specialties'
 */
export const valueLabel = (figure: FigureValue, lang: Lang): string =>
	formatFigure(figure, lang) ?? '';

/**
 * A text description of a progress chart: every indicator with its baseline and target, for the
 * SVG's `<desc>` (screen readers announce it with the chart's name).
 */
export function describeProgress<F extends ChartFigure>(
	rows: ProgressRow<F>[],
	lang: Lang
): string {
	const sep = lang === 'zh' ? '；' : '; ';
	const colon = lang === 'zh' ? '：' : ': ';
	const pair = (f: F) =>
		`${yearLabel(f.year, lang)}${lang === 'zh' ? '' : ' '}${valueLabel(f, lang)}`.trim();
	return (
		rows
			.map((r) => `${r.target.label[lang]}${colon}${pair(r.baseline)} → ${pair(r.target)}`)
			.join(sep) + (lang === 'zh' ? '。' : '.')
	);
}

/**
 * A text description of a bar panel: every bar's label with its printed value, as one sentence.
 * @example describeList([{ label: 'Banan District', value: '14 targets' }, { label: 'Zhejiang', value: '3 targets' }], 'en') // 'Banan District: 14 targets; Zhejiang: 3 targets.'
 */
export function describeList(bars: { label: string; value: string }[], lang: Lang): string {
	const sep = lang === 'zh' ? '；' : '; ';
	const colon = lang === 'zh' ? '：' : ': ';
	return bars.map((b) => `${b.label}${colon}${b.value}`).join(sep) + (lang === 'zh' ? '。' : '.');
}

/** A text description of a bar panel of figures: every figure with its value. */
export const describeBars = <F extends ChartFigure>(figures: F[], lang: Lang): string =>
	describeList(
		figures.map((f) => ({ label: f.label[lang], value: valueLabel(f, lang) })),
		lang
	);
