import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import {
	bibtexEntry,
	citationFiles,
	cslItem,
	risRecord,
	texText,
	type ExportCitation,
} from './citationExport.ts';

const zh: ExportCitation = {
	key: 'banan-tcm-plan-2024-2027-zh',
	lang: 'zh',
	type: 'report',
	title: '巴南区中医药振兴发展重大工程实施方案（2024—2027年）',
	authors: ['重庆市巴南区人民政府办公室'],
	date: '2024-05-08',
	genre: '方案',
};
const en: ExportCitation = {
	key: 'zhejiang-tcm-specialty-alliances-2024-en',
	lang: 'en',
	type: 'report',
	title: 'Notice on building provincial TCM advantage-specialty alliances',
	authors: ['Zhejiang Provincial Administration of TCM'],
	date: '2024-03',
	url: 'https://kb.example.org/en/notices/zhejiang-tcm-specialty-alliances-2024/',
	docNumber: '浙中医药〔2024〕10号',
	genre: 'Notice',
};
const faq: ExportCitation = {
	key: 'faq-x-en',
	lang: 'en',
	type: 'webpage',
	title: 'What is a medical consortium?',
	authors: ['Collaboration Agreements'],
	date: '2023-11-07',
	genre: 'FAQ',
};
const several: ExportCitation = {
	...en,
	key: 'parties',
	date: '2023-11-07',
	authors: ['A Bureau', 'B Commission and C Bureau', 'D Office'],
};

test('cslItem maps a citation to CSL-JSON: its type, authors as institutional names, date parts, optional number and URL', () => {
	assert.deepEqual(cslItem(zh), {
		id: zh.key,
		'citation-key': zh.key,
		type: 'report',
		title: zh.title,
		author: [{ literal: zh.authors[0] }],
		issued: { 'date-parts': [[2024, 5, 8]] },
		language: 'zh-CN',
		genre: '方案',
	});
	const item = cslItem(en);
	assert.deepEqual(item.issued, { 'date-parts': [[2024, 3]] });
	assert.equal(item.number, '浙中医药〔2024〕10号');
	assert.equal(item.URL, en.url);
	assert.equal(item.language, 'en');
	assert.equal(cslItem(faq).type, 'webpage');
});

test('citationFiles: RIS, BibTeX and CSL-JSON each read back (citation-js) to the same type, title, authors, date, number and URL', () => {
	for (const c of [zh, en, faq, several]) {
		const files = citationFiles(c);
		assert.ok(files.bibtex.startsWith(`@misc{${c.key},`), files.bibtex);
		for (const [format, text] of Object.entries(files)) {
			const [item] = new Cite(text).data as {
				type: string;
				title: string;
				number?: string;
				author: { literal?: string; family?: string }[];
				issued: { 'date-parts': number[][] };
				URL: string;
			}[];
			assert.equal(item!.title, c.title, `${c.key} ${format}: title`);
			assert.deepEqual(
				item!.author.map((a) => a.literal ?? a.family),
				c.authors,
				`${c.key} ${format}: authors`
			);
			assert.deepEqual(
				item!.issued['date-parts'][0],
				c.date.split('-').map(Number),
				`${c.key} ${format}: date`
			);
			assert.equal(item!.URL, c.url, `${c.key} ${format}: URL`);
			// BibTeX's @misc has no type of work or number of its own (they are printed from type and note).
			if (format !== 'bibtex') {
				assert.equal(item!.type, c.type, `${c.key} ${format}: type`);
				assert.equal(item!.number, c.docNumber, `${c.key} ${format}: number`);
			}
		}
	}
});

test('risRecord: an official text is a report (RPRT) with its number in SN, an FAQ entry a web page (ELEC); one line per field with CRLF', () => {
	assert.equal(
		risRecord(cslItem({ ...en, title: `${'A long title '.repeat(8)}\nwith a break` })),
		[
			'TY  - RPRT',
			'ID  - zhejiang-tcm-specialty-alliances-2024-en',
			`TI  - ${'A long title '.repeat(8)}with a break`,
			'AU  - Zhejiang Provincial Administration of TCM',
			'PY  - 2024',
			'DA  - 2024/03//',
			'LA  - en',
			'M3  - Notice',
			'SN  - 浙中医药〔2024〕10号',
			'UR  - https://kb.example.org/en/notices/zhejiang-tcm-specialty-alliances-2024/',
			'ER  - ',
			'',
		].join('\r\n')
	);
	assert.match(
		risRecord(cslItem(zh)),
		/^TY {2}- RPRT\r\nID {2}- banan-tcm-plan-2024-2027-zh\r\n.*DA {2}- 2024\/05\/08\/\r\n/s
	);
	assert.match(risRecord(cslItem(faq)), /^TY {2}- ELEC\r\n/);
	// GEN is what Zotero imports as a journal article, M1 as its issue.
	for (const c of [zh, en, faq])
		assert.doesNotMatch(risRecord(cslItem(c)), /^(TY {2}- GEN|M1 {2}-)/m, c.key);
});

test('texText escapes what LaTeX would read as commands, keeping braces balanced', () => {
	const cases: [string, string][] = [
		['50% & more', '50\\% \\& more'],
		['a_b #1 $2', 'a\\_b \\#1 \\$2'],
		['{x}', '\\textbraceleft{}x\\textbraceright{}'],
		['a\\b ~ ^', 'a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}'],
		['浙中医药〔2024〕10号', '浙中医药〔2024〕10号'],
		['two\n  lines', 'two lines'],
	];
	for (const [text, tex] of cases) assert.equal(texText(text), tex, text);
});

test('bibtexEntry: the month as a macro and the full date for biblatex, the URL once, the language, the number in note', () => {
	const bib = bibtexEntry(cslItem(several), 'en');
	assert.match(bib, /^\tmonth = nov,$/m);
	assert.match(bib, /^\tdate = \{2023-11-07\},$/m);
	assert.match(bib, /^\tnote = \{浙中医药〔2024〕10号\},$/m);
	assert.match(bib, /^\tlangid = \{english\},$/m);
	assert.match(bib, /^\tlanguage = \{English\},$/m);
	assert.equal(bib.split(en.url!).length, 2, 'the URL is written once');
	assert.doesNotMatch(bib, /howpublished/);
	assert.doesNotMatch(bibtexEntry(cslItem({ ...en, docNumber: undefined }), 'en'), /note =/);
	assert.match(bibtexEntry(cslItem(zh), 'zh'), /^\tlangid = \{chinese\},$/m);
	// A date with the year only has neither month nor day.
	const yearOnly = bibtexEntry(cslItem({ ...zh, date: '2024' }), 'zh');
	assert.doesNotMatch(yearOnly, /month =/);
	assert.match(yearOnly, /^\tdate = \{2024\},$/m);
});

test('bibtexEntry reads back the same with the parser of Better BibTeX (@retorquere/bibtex-parser)', () => {
	const tricky: ExportCitation = {
		...several,
		title: 'Plan for 50% more beds & clinics: phase_2 {draft} #1',
		authors: ['A Bureau, Hebei', 'B Commission and C Bureau'],
	};
	const cases: [ExportCitation, Record<string, string>][] = [
		[
			zh,
			{
				year: '2024',
				month: '5',
				date: '2024-05-08',
				langid: 'chinese',
				language: 'Chinese',
				type: '方案',
			},
		],
		[
			en,
			{
				year: '2024',
				month: '3',
				date: '2024-03',
				note: '浙中医药〔2024〕10号',
				url: en.url!,
				langid: 'english',
			},
		],
		[faq, { year: '2023', month: '11', date: '2023-11-07', type: 'FAQ' }],
		[tricky, { month: '11', date: '2023-11-07' }],
	];
	for (const [c, fields] of cases) {
		const { entries, errors } = parseBibtex(bibtexEntry(cslItem(c), c.lang));
		assert.deepEqual(errors, [], c.key);
		assert.equal(entries.length, 1, c.key);
		const [entry] = entries;
		assert.equal(entry!.type, 'misc', c.key);
		assert.equal(entry!.key, c.key);
		assert.equal(entry!.fields.title, c.title, `${c.key}: title`);
		// Each institution is one literal name, never split into family and given names or at "and".
		assert.deepEqual(
			entry!.fields.author,
			c.authors.map((name) => ({ name })),
			`${c.key}: authors`
		);
		for (const [field, value] of Object.entries(fields))
			assert.equal(entry!.fields[field], value, `${c.key}: ${field}`);
		assert.equal(entry!.fields.howpublished, undefined, `${c.key}: howpublished`);
	}
});
