import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	breadcrumbJsonLd,
	documentJsonLd,
	glossaryJsonLd,
	jsonLdScript,
	type DocumentFacts,
} from './structuredData.ts';

const facts = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
	kind: 'notice',
	url: 'https://x.org/zh/notices/zj/',
	lang: 'zh-CN',
	title: '关于……的通知',
	shortTitle: '浙江专科联盟通知',
	summary: '通知的内容。',
	kindName: '通知',
	docNumber: '浙中医药〔2024〕10号',
	dates: { issued: '2024-10-12', published: '2025-01-10' },
	period: { start: 2024, end: 2027 },
	status: 'in-force',
	regions: ['浙江省'],
	topics: ['专科', '人才'],
	issuers: ['浙江省中医药管理局'],
	parties: [],
	updated: '2026-11-23',
	source: { title: '原标题', publisher: '浙江省中医药管理局', date: '2025-01-10' },
	counterpart: { url: 'https://x.org/en/notices/zj/', lang: 'en', original: false },
	basedOn: [],
	site: { name: '区域合作协议库', url: 'https://x.org/zh/' },
	...over,
});

test('documentJsonLd: which schema.org type each kind becomes', () => {
	const cases: [DocumentFacts['kind'], string][] = [
		['agreement', 'Legislation'],
		['plan', 'Legislation'],
		['notice', 'Legislation'],
		['briefing', 'Report'],
		['faq', 'FAQPage'],
	];
	for (const [kind, type] of cases)
		assert.equal(documentJsonLd(facts({ kind }))['@type'], type, kind);
});

test('documentJsonLd: a notice as Legislation with number, dates, jurisdiction, force, period and source', () => {
	assert.deepEqual(documentJsonLd(facts()), {
		'@type': 'Legislation',
		'@id': 'https://x.org/zh/notices/zj/#work',
		url: 'https://x.org/zh/notices/zj/',
		name: '关于……的通知',
		alternateName: '浙江专科联盟通知',
		description: '通知的内容。',
		inLanguage: 'zh-CN',
		dateModified: '2026-11-23',
		keywords: ['专科', '人才'],
		spatialCoverage: [{ '@type': 'AdministrativeArea', name: '浙江省' }],
		isPartOf: { '@type': 'WebSite', name: '区域合作协议库', url: 'https://x.org/zh/' },
		workTranslation: { '@id': 'https://x.org/en/notices/zj/#work', inLanguage: 'en' },
		legislationType: '通知',
		legislationIdentifier: '浙中医药〔2024〕10号',
		legislationDate: '2024-10-12',
		datePublished: '2025-01-10',
		legislationJurisdiction: [{ '@type': 'AdministrativeArea', name: '浙江省' }],
		legislationPassedBy: [{ '@type': 'Organization', name: '浙江省中医药管理局' }],
		legislationLegalForce: 'https://schema.org/InForce',
		temporalCoverage: '2024/2027',
		isBasedOn: {
			'@type': 'CreativeWork',
			name: '原标题',
			inLanguage: 'zh-CN',
			datePublished: '2025-01-10',
			publisher: { '@type': 'Organization', name: '浙江省中医药管理局' },
		},
	});
});

test('documentJsonLd: the English page is a translation of the Chinese one; optional facts are left out, not empty', () => {
	const en = documentJsonLd(
		facts({
			lang: 'en',
			url: '/en/agreements/a/',
			counterpart: { url: '/zh/agreements/a/', lang: 'zh-CN', original: true },
			kind: 'agreement',
			docNumber: undefined,
			period: undefined,
			status: 'in-progress',
			topics: [],
			shortTitle: undefined,
			parties: ['浙江省中医药管理局', 'B'],
		})
	);
	assert.deepEqual(en.translationOfWork, { '@id': '/zh/agreements/a/#work', inLanguage: 'zh-CN' });
	assert.equal(en.workTranslation, undefined);
	for (const key of [
		'legislationIdentifier',
		'temporalCoverage',
		'legislationLegalForce',
		'keywords',
		'alternateName',
	])
		assert.ok(!(key in en), key);
	assert.deepEqual(en.legislationPassedBy, [
		{ '@type': 'Organization', name: '浙江省中医药管理局' },
		{ '@type': 'Organization', name: 'B' },
	]);
});

test('documentJsonLd: an FAQ entry is an FAQPage whose answer is the summary, based on the sections it cites', () => {
	const faq = documentJsonLd(
		facts({ kind: 'faq', title: 'Q?', summary: 'A.', basedOn: ['/zh/plans/p/#s1'] })
	);
	assert.deepEqual(faq.mainEntity, {
		'@type': 'Question',
		name: 'Q?',
		acceptedAnswer: { '@type': 'Answer', text: 'A.', url: 'https://x.org/zh/notices/zj/' },
	});
	assert.deepEqual(faq.isBasedOn, [{ '@id': '/zh/plans/p/#s1' }]);
	assert.ok(!('legislationIdentifier' in faq));
});

test('documentJsonLd: a briefing is a Report dated by its meeting, authored by its issuers', () => {
	const report = documentJsonLd(
		facts({
			kind: 'briefing',
			docNumber: undefined,
			dates: { held: '2024-05-09' },
			issuers: ['天津市政府新闻办'],
		})
	);
	assert.equal(report.datePublished, '2024-05-09');
	assert.deepEqual(report.author, [{ '@type': 'Organization', name: '天津市政府新闻办' }]);
});

test('breadcrumbJsonLd numbers the trail from 1; the current page may have no item', () => {
	assert.deepEqual(
		breadcrumbJsonLd([
			{ name: 'Home', url: '/en/' },
			{ name: 'Plans', url: '/en/plans/' },
			{ name: 'Banan plan' },
		]),
		{
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Home', item: '/en/' },
				{ '@type': 'ListItem', position: 2, name: 'Plans', item: '/en/plans/' },
				{ '@type': 'ListItem', position: 3, name: 'Banan plan' },
			],
		}
	);
});

test('glossaryJsonLd: a DefinedTermSet whose terms point back to it and to their anchors', () => {
	const set = glossaryJsonLd({
		url: '/en/glossary/',
		lang: 'en',
		name: 'Glossary',
		description: 'Terms.',
		terms: [
			{
				id: 'tcm-hall',
				term: 'TCM hall',
				alternateNames: ['中医馆', 'zhōngyī guǎn'],
				definition: 'A TCM clinic in a health centre.',
			},
		],
	});
	assert.equal(set['@type'], 'DefinedTermSet');
	assert.deepEqual(set.hasDefinedTerm, [
		{
			'@type': 'DefinedTerm',
			'@id': '/en/glossary/#tcm-hall',
			url: '/en/glossary/#tcm-hall',
			termCode: 'tcm-hall',
			name: 'TCM hall',
			alternateName: ['中医馆', 'zhōngyī guǎn'],
			description: 'A TCM clinic in a health centre.',
			inDefinedTermSet: { '@id': '/en/glossary/#terms' },
		},
	]);
});

test('jsonLdScript: valid JSON under the schema.org context that cannot close its script element', () => {
	const text = jsonLdScript([{ '@type': 'Thing', name: '</script><b>' }]);
	assert.ok(!text.includes('<'));
	assert.deepEqual(JSON.parse(text), {
		'@context': 'https://schema.org',
		'@graph': [{ '@type': 'Thing', name: '</script><b>' }],
	});
});
