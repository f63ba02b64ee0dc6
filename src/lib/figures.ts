import type { Localized } from '../schemas/common.ts';
import type { Lang } from '../schemas/common.ts';
import { formatNumber } from './format.ts';

/** The parts of a key figure that its printed form depends on. */
export interface FigureValue {
	value: number | null;
	unit?: Localized | undefined;
	qualifier: 'exact' | 'at-least' | 'at-most' | 'over' | 'about' | 'under';
	decimals?: number | undefined;
}

const QUALIFIERS: Record<Lang, Record<Exclude<FigureValue['qualifier'], 'exact'>, string>> = {
	zh: { 'at-least': '不低于', 'at-most': '不高于', over: '超过', about: '约', under: '低于' },
	en: {
		'at-least': 'at least',
		'at-most': 'at most',
		over: 'over',
		about: 'about',
		under: 'under',
	},
};
/** Chinese bounds a count with 不少于/不多于 and a rate, ratio or level with 不低于/不高于. */
const ZH_COUNT_BOUNDS = { 'at-least': '不少于', 'at-most': '不多于' } as const;

/** Units written straight after the number, with no space, in both languages. */
const TIGHT_UNITS = new Set(['%', '‰']);

/**
 * A figure as running text: qualifier, number and unit, in the page's language.
 * Returns null when the source is unreadable (`value: null`), so callers show that instead.
 * @example formatFigure({ value: 0.85, unit: { zh: '张', en: 'beds' }, qualifier: 'at-least' }, 'zh') // '不低于0.85张'
 * @example formatFigure({ value: 40, unit: { zh: '名', en: 'professionals' }, qualifier: 'at-least' }, 'zh') // '不少于40名'
 * @example formatFigure({ value: 37000, unit: { zh: '人次', en: 'visits' }, qualifier: 'exact' }, 'en') // '37,000 visits'
 */
export function formatFigure(figure: FigureValue, lang: Lang): string | null {
	if (figure.value === null) return null;
	const number = formatNumber(figure.value, lang, figure.decimals);
	const unit = figure.unit?.[lang] ?? '';
	const joined = !unit
		? number
		: lang === 'zh' || TIGHT_UNITS.has(unit)
			? `${number}${unit}`
			: `${number} ${unit}`;
	if (figure.qualifier === 'exact') return joined;
	const isCount = Number.isInteger(figure.value) && unit !== '' && !TIGHT_UNITS.has(unit);
	const qualifier =
		lang === 'zh' && isCount && (figure.qualifier === 'at-least' || figure.qualifier === 'at-most')
			? ZH_COUNT_BOUNDS[figure.qualifier]
			: QUALIFIERS[lang][figure.qualifier];
	return lang === 'zh' ? `${qualifier}${joined}` : `${qualifier} ${joined}`;
}

/** A plan indicator: one label, its baseline and target figures. */
export interface IndicatorRow<F> {
	indicator: string;
	baseline?: F;
	target?: F;
	others: F[];
}

/**
 * Groups figures that share an `indicator` id into baseline/target rows, in first-seen order;
 * figures without an indicator are returned one per row in `others`.
 */
export function groupIndicators<
	F extends { id: string; indicator?: string | undefined; role: string },
>(figures: F[]): IndicatorRow<F>[] {
	const rows = new Map<string, IndicatorRow<F>>();
	for (const fig of figures) {
		const key = fig.indicator ?? `#${fig.id}`;
		const row = rows.get(key) ?? { indicator: key, others: [] };
		if (fig.indicator && fig.role === 'baseline' && !row.baseline) row.baseline = fig;
		else if (fig.indicator && fig.role === 'target' && !row.target) row.target = fig;
		else row.others.push(fig);
		rows.set(key, row);
	}
	return [...rows.values()];
}
