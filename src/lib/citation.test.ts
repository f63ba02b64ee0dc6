import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCitation, type Citation } from './citation.ts';

const banan = {
	title: '重庆市巴南区中医药振兴发展重大工程实施方案（2024—2027年）',
	authors: ['重庆市巴南区人民政府办公室'],
	date: '2024-05-08',
};

test('formatCitation writes each language as staff cite it', () => {
	const cases: [Citation, string][] = [
		[
			{
				lang: 'zh',
				...banan,
				part: '第三部分（一）',
				url: 'https://example.org/zh/plans/banan/#s3-1',
			},
			'《重庆市巴南区中医药振兴发展重大工程实施方案（2024—2027年）》第三部分（一），重庆市巴南区人民政府办公室，2024年5月8日。https://example.org/zh/plans/banan/#s3-1',
		],
		[
			{
				lang: 'en',
				title: 'Banan TCM Revitalisation Plan 2024–2027',
				part: 'Part 3(1)',
				authors: ['Banan District Government Office'],
				date: '2024-05-08',
				url: 'https://example.org/en/plans/banan/#s3-1',
			},
			'Banan TCM Revitalisation Plan 2024–2027, Part 3(1), Banan District Government Office, 8 May 2024. https://example.org/en/plans/banan/#s3-1',
		],
		// The whole document: no part.
		[
			{ lang: 'zh', ...banan, url: 'https://example.org/zh/plans/banan/' },
			'《重庆市巴南区中医药振兴发展重大工程实施方案（2024—2027年）》，重庆市巴南区人民政府办公室，2024年5月8日。https://example.org/zh/plans/banan/',
		],
		[
			{ lang: 'en', title: 'A plan', authors: ['An office'], date: '2024-05-08', url: 'u' },
			'A plan, An office, 8 May 2024. u',
		],
		// Semantic anchors name the section by its heading; dates may be only a year or a month.
		[
			{
				lang: 'zh',
				title: '协议',
				part: '“签约”部分',
				authors: ['委员会'],
				date: '2019-10',
				url: 'u',
			},
			'《协议》“签约”部分，委员会，2019年10月。u',
		],
		[
			{
				lang: 'en',
				title: 'Agreement',
				part: 'section “Signing”',
				authors: ['Commission'],
				date: '2019',
				url: 'u',
			},
			'Agreement, section “Signing”, Commission, 2019. u',
		],
		// A title quoting another title nests 《》 as 〈〉; a question takes no comma after it.
		[
			{
				lang: 'zh',
				title: '关于印发《实施方案》的通知',
				authors: ['办公室'],
				date: '2024-05-08',
				url: 'u',
			},
			'《关于印发〈实施方案〉的通知》，办公室，2024年5月8日。u',
		],
		[
			{
				lang: 'en',
				title: 'What is a medical consortium?',
				part: 'Part 1',
				authors: ['Office'],
				date: '2024-05-08',
				url: 'u',
			},
			'What is a medical consortium? Part 1, Office, 8 May 2024. u',
		],
		[
			{
				lang: 'en',
				title: 'What is a medical consortium?',
				authors: ['Office'],
				date: '2024-05-08',
				url: 'u',
			},
			'What is a medical consortium? Office, 8 May 2024. u',
		],
		// An agreement is cited to all its parties.
		[
			{
				lang: 'zh',
				title: '协议',
				authors: ['甲局', '乙委', '丙局'],
				date: '2023-11-07',
				url: 'u',
			},
			'《协议》，甲局、乙委、丙局，2023年11月7日。u',
		],
		[
			{
				lang: 'en',
				title: 'Agreement',
				authors: ['A Bureau', 'B Commission', 'C Bureau'],
				date: '2023-11-07',
				url: 'u',
			},
			'Agreement, A Bureau, B Commission and C Bureau, 7 November 2023. u',
		],
	];
	for (const [input, expected] of cases) assert.equal(formatCitation(input), expected);
});
