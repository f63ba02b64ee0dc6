import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../schemas/common.ts';
import {
	firstSentence,
	readingOrder,
	sectionsByTopic,
	untaggableAnchors,
} from './topicSections.ts';

test('firstSentence: the first sentence of the first paragraph, longer when it is a run-in heading', () => {
	const cases: [string, string, Lang, string][] = [
		[
			'a plain sentence',
			'The agreement was signed on 7 November 2023 at a ceremony in Langfang. Its three parties are…',
			'en',
			'The agreement was signed on 7 November 2023 at a ceremony in Langfang.',
		],
		[
			'a run-in heading takes the next sentence',
			'Guiding principles. The plan takes Xi Jinping Thought as its guide. It applies…',
			'en',
			'Guiding principles. The plan takes Xi Jinping Thought as its guide.',
		],
		[
			'an abbreviation ends no sentence',
			'Chongqing No. 7 People’s Hospital is to be developed as a flagship hospital. Next.',
			'en',
			'Chongqing No. 7 People’s Hospital is to be developed as a flagship hospital.',
		],
		[
			'a decimal ends no sentence',
			'TCM beds per 1,000 residents are to rise to 0.85 by the end of the plan period. Next.',
			'en',
			'TCM beds per 1,000 residents are to rise to 0.85 by the end of the plan period.',
		],
		[
			'a closing quote stays with its sentence',
			'The two cities call it a "tale of two cities." Then more.',
			'en',
			'The two cities call it a "tale of two cities."',
		],
		[
			'only the first paragraph',
			'A paragraph without a stop\nSecond paragraph.',
			'en',
			'A paragraph without a stop',
		],
		[
			'a table row is skipped',
			'No.\tIndicator\t2023\n1\tHalls\t23\nThe table gives ten indicators and their targets for the district.',
			'en',
			'The table gives ten indicators and their targets for the district.',
		],
		['empty text', '', 'en', ''],
		[
			'Chinese',
			'方案附有“中医药发展主要指标”表，共十项指标。下表前十行即这十项指标。',
			'zh',
			'方案附有“中医药发展主要指标”表，共十项指标。',
		],
		[
			'a Chinese run-in heading',
			'一是培育市级高端人才。争取引进、培育巴渝岐黄学者1名。二是……',
			'zh',
			'一是培育市级高端人才。争取引进、培育巴渝岐黄学者1名。',
		],
		[
			'a closing bracket stays',
			'这是一句话（含括注。）后一句很长很长很长很长很长很长。',
			'zh',
			'这是一句话（含括注。）后一句很长很长很长很长很长很长。',
		],
		[
			'a semicolon ends no sentence',
			'派出专业技术人才和管理人才1335人次；开展临床带教2069人次。其后一句。',
			'zh',
			'派出专业技术人才和管理人才1335人次；开展临床带教2069人次。',
		],
	];
	for (const [name, text, lang, expected] of cases)
		assert.equal(firstSentence(text, lang), expected, name);
});

test('readingOrder: documents before FAQ entries, each newest first, then by id', () => {
	const d = (id: string, kind: string, date: string) => ({ id, kind, date });
	const docs = [
		d('faq-a', 'faq', '2025-01-01'),
		d('agreement', 'agreement', '2023-11-07'),
		d('plan', 'plan', '2024-05-08'),
		d('faq-b', 'faq', '2024-05-10'),
		d('notice', 'notice', '2024-05-08'),
	];
	assert.deepEqual(
		readingOrder(docs).map((x) => x.id),
		['notice', 'plan', 'agreement', 'faq-a', 'faq-b']
	);
});

test('sectionsByTopic: each topic lists the documents with tagged sections, sections in page order', () => {
	const s = (anchor: string) => ({ anchor });
	const grouped = sectionsByTopic([
		{
			doc: 'plan',
			sections: [s('s1'), s('s2'), s('s3')],
			sectionTopics: { s3: ['talent'], s1: ['talent', 'research'] },
		},
		{ doc: 'notice', sections: [s('a'), s('b')], sectionTopics: { b: ['research'] } },
		{ doc: 'untagged', sections: [s('s1')], sectionTopics: {} },
	]);
	const view = Object.fromEntries(
		[...grouped].map(([topic, list]) => [
			topic,
			list.map((x) => `${x.doc}:${x.sections.map((y) => y.anchor).join(',')}`),
		])
	);
	assert.deepEqual(view, { talent: ['plan:s1,s3'], research: ['plan:s1', 'notice:b'] });
});

test('untaggableAnchors: a tag on an anchor the text lacks names the file, the language and the anchor', () => {
	assert.deepEqual(
		untaggableAnchors('x', { s1: ['talent'], s9: ['talent'] }, 'en', new Set(['s1', 's2'])),
		[
			'content/documents/x/meta.yaml: sectionTopics tags #s9, but en.mdx has no section with that anchor',
		]
	);
	assert.deepEqual(untaggableAnchors('x', {}, 'zh', new Set()), []);
});
