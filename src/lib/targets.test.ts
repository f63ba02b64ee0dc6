import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	collectTargets,
	dueAnchor,
	dueCounts,
	fallingDue,
	groupByDue,
	isTarget,
	targetAnchor,
	type TargetDocument,
	type TargetFigure,
} from './targets.ts';

/** A figure with nothing but what a case sets. */
const fig = (id: string, over: Partial<TargetFigure> = {}): TargetFigure => ({
	id,
	label: { zh: id, en: id },
	value: 1,
	qualifier: 'exact',
	role: 'fact',
	...over,
});
/** A document with nothing but what a case sets. */
const doc = (
	id: string,
	figures: TargetFigure[],
	over: Partial<TargetDocument> = {}
): TargetDocument => ({
	id,
	kind: 'plan',
	date: '2024-05-08',
	regions: ['chongqing', 'banan'],
	topics: ['tcm-services', 'talent'],
	setBy: ['gov'],
	sectionTopics: {},
	figures,
	...over,
});

test('isTarget: the role target with a year or a baseline of the same indicator', () => {
	const base = fig('halls-2023', { role: 'baseline', indicator: 'halls', year: 2023 });
	const cases: [string, TargetFigure, TargetFigure[], boolean][] = [
		['a target with a year', fig('t', { role: 'target', year: 2027 }), [], true],
		[
			'a target paired with a baseline, no year',
			fig('t', { role: 'target', indicator: 'halls' }),
			[base],
			true,
		],
		[
			'a target of another indicator than the baseline, no year',
			fig('t', { role: 'target', indicator: 'beds' }),
			[base],
			false,
		],
		['a target with neither (a yearly quota)', fig('t', { role: 'target' }), [], false],
		['a result with a year', fig('r', { role: 'result', year: 2027 }), [], false],
		['a baseline', base, [base], false],
		['a fact with a year', fig('f', { year: 2027 }), [], false],
	];
	for (const [name, figure, others, expected] of cases)
		assert.equal(isTarget(figure, [...others, figure]), expected, name);
});

test('collectTargets: one row per target, with its baseline, due year, region, topics and setters', () => {
	const plan = doc(
		'plan',
		[
			fig('halls-2023', { role: 'baseline', indicator: 'halls', year: 2023 }),
			fig('halls-2027', {
				role: 'target',
				indicator: 'halls',
				year: 2027,
				anchor: 'indicators',
				topics: ['tcm-services'],
			}),
			fig('share-2027', { role: 'target', year: 2027, anchor: 'annex-1', region: 'banan' }),
			fig('studios', { role: 'target', year: 2026, anchor: 'annex-4' }),
			fig('yearly', { role: 'target' }),
		],
		{ sectionTopics: { 'annex-1': ['tcm-services'] } }
	);
	const { targets, problems } = collectTargets([plan]);
	assert.deepEqual(problems, []);
	assert.deepEqual(
		targets.map((t) => [t.figure.id, t.baseline?.id, t.due, t.region, t.topics, t.setBy]),
		[
			['studios', undefined, 2026, 'chongqing', ['tcm-services', 'talent'], ['gov']],
			['halls-2027', 'halls-2023', 2027, 'chongqing', ['tcm-services'], ['gov']],
			['share-2027', undefined, 2027, 'banan', ['tcm-services'], ['gov']],
		]
	);
});

test('collectTargets: due year first (none last), then the newest document, then meta.yaml order; FAQ entries set none', () => {
	const older = doc(
		'older',
		[fig('a', { role: 'target', year: 2027 }), fig('b', { role: 'target', year: 2027 })],
		{ date: '2023-01-01' }
	);
	const newer = doc(
		'newer',
		[
			fig('c', { role: 'target', year: 2027 }),
			fig('d-base', { role: 'baseline', indicator: 'd' }),
			fig('d', { role: 'target', indicator: 'd' }),
		],
		{ date: '2024-01-01' }
	);
	const faq = doc('faq', [fig('e', { role: 'target', year: 2025 })], {
		kind: 'faq',
		date: '2025-01-01',
	});
	assert.deepEqual(
		collectTargets([older, faq, newer]).targets.map((t) => `${t.document}/${t.figure.id}:${t.due}`),
		['newer/c:2027', 'older/a:2027', 'older/b:2027', 'newer/d:null']
	);
});

test('collectTargets: a later result reporting on a target stands beside it, oldest first', () => {
	const plan = doc('plan', [fig('halls-2027', { role: 'target', year: 2027 })], {
		date: '2024-05-08',
	});
	const report = (id: string, date: string) =>
		doc(
			id,
			[
				fig('halls', {
					role: 'result',
					value: 25,
					reportsOn: { document: 'plan', figure: 'halls-2027' },
				}),
			],
			{ date, kind: 'briefing' }
		);
	const { targets, problems } = collectTargets([
		report('late', '2026-03-01'),
		plan,
		report('early', '2025-03-01'),
	]);
	assert.deepEqual(problems, []);
	assert.deepEqual(
		targets[0]!.results.map((r) => [r.document, r.date, r.figure.value]),
		[
			['early', '2025-03-01', 25],
			['late', '2026-03-01', 25],
		]
	);
});

test('collectTargets: a broken reportsOn is a problem naming the file, the figure and the fix', () => {
	const plan = doc('plan', [fig('t', { role: 'target', year: 2027 }), fig('f', { year: 2027 })], {
		date: '2024-05-08',
	});
	const faq = doc('faq', [fig('ft', { role: 'target', year: 2027 })], {
		kind: 'faq',
		date: '2024-06-01',
	});
	const reporting = (reportsOn: { document: string; figure: string }, date = '2025-01-01') =>
		doc('report', [fig('r', { role: 'result', reportsOn })], { date });
	const cases: [string, TargetDocument, RegExp][] = [
		[
			'no such figure',
			reporting({ document: 'plan', figure: 'nope' }),
			/content\/documents\/report\/meta\.yaml: figure "r" reports on plan\/nope, but content\/documents\/plan\/meta\.yaml has no figure "nope"/,
		],
		[
			'not a target',
			reporting({ document: 'plan', figure: 'f' }),
			/reports on plan\/f, which is not a target/,
		],
		[
			'a target of an FAQ entry',
			reporting({ document: 'faq', figure: 'ft' }),
			/reports on faq\/ft, which is not a target/,
		],
		[
			'not later',
			reporting({ document: 'plan', figure: 't' }, '2024-05-08'),
			/dated 2024-05-08, not after plan \(2024-05-08\): only a later document reports a result/,
		],
	];
	for (const [name, report, message] of cases) {
		const { targets, problems } = collectTargets([plan, faq, report]);
		assert.equal(problems.length, 1, name);
		assert.match(problems[0]!, message, name);
		assert.deepEqual(
			targets.flatMap((t) => t.results),
			[],
			`${name}: no result attached`
		);
	}
});

test('targetAnchor and dueAnchor: stable ids', () => {
	assert.equal(
		targetAnchor('banan-tcm-plan-2024-2027', 'tcm-halls-2027'),
		'banan-tcm-plan-2024-2027--tcm-halls-2027'
	);
	// Ids never hold "--", so the join cannot collide: a-b + c differs from a + b-c.
	assert.notEqual(targetAnchor('a-b', 'c'), targetAnchor('a', 'b-c'));
	assert.equal(dueAnchor(2027), 'due-2027');
	assert.equal(dueAnchor(null), 'due-none');
});

test('groupByDue, fallingDue and dueCounts', () => {
	const t = (due: number | null, region: string) => ({ due, region });
	const rows = [t(2026, 'b'), t(2027, 'a'), t(2027, 'b'), t(2027, 'a'), t(null, 'a')];
	assert.deepEqual(
		groupByDue(rows).map((g) => [g.due, g.targets.length]),
		[
			[2026, 1],
			[2027, 3],
			[null, 1],
		]
	);
	assert.deepEqual(
		fallingDue(rows, 2026).map((g) => [g.year, g.targets.length]),
		[
			[2026, 1],
			[2027, 3],
		]
	);
	assert.deepEqual(
		fallingDue(rows, 2030).map((g) => [g.year, g.targets.length]),
		[
			[2030, 0],
			[2031, 0],
		]
	);
	assert.deepEqual(dueCounts(rows), [
		{ due: 2026, regions: [{ region: 'b', count: 1 }] },
		{
			due: 2027,
			regions: [
				{ region: 'a', count: 2 },
				{ region: 'b', count: 1 },
			],
		},
	]);
});
