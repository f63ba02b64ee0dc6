// Recall and precision of site search against a substring ground truth, run in Chromium through the
// real search code (the <site-search> element's resultUrls()). Shared by the regression test
// (tests/e2e/search-recall.test.mjs) and the benchmark (bench/search-recall.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { indexPage } from '../../src/search/build/indexPage.ts';
import { containsQuery, fold, parseQuery } from '../../src/search/text.ts';
import { htmlFiles, urlPathOf } from '../../tests/lib/site.mjs';

/** The indexed text of every page of a language that has a data-pagefind-body: url path → text. */
export function indexedPages(root, lang) {
	const pages = new Map();
	for (const file of htmlFiles(root).filter((f) => f.startsWith(`${lang}/`))) {
		const text = indexPage(readFileSync(path.join(root, file), 'utf8'))?.text;
		if (text !== undefined) pages.set(urlPathOf(file), text);
	}
	return pages;
}

/**
 * Traditional queries whose mainland word is not their characters' (計畫 is 计划; by characters 计画),
 * each with the word a reader means, so the ground truth does not come from the code under test.
 * Only words the content has in mainland form and not in character form.
 */
const TRADITIONAL_WORDS = { 計畫: '计划', 網路: '网络', 程式: '程序', 專案: '项目' };

/**
 * Typographic variants as a reader types or pastes them, each with the form the pages write, so the
 * ground truth does not depend on the folding under test: curly apostrophes, hyphens for dashes,
 * full-width digits.
 */
const TYPOGRAPHIC_VARIANTS = {
	'Xiong’an': "Xiong'an",
	'Xiong‘an': "Xiong'an",
	'2024-2027': '2024–2027',
	'２０２７': '2027',
	'2024-2027年': '2024—2027年',
};

/**
 * Phrases a reader copies from a page across inline markup — a figure (`<data>`), a glossary term, a
 * link — which the pages must contain and search must find (the test checks they are not vacuous).
 */
export const ACROSS_MARKUP = {
	zh: ['市级名中医培育到5名', '建设标准化中医馆，基层', '方案在总体要求里写明'],
	en: [
		'established (1 hospital)',
		'built up to 9 specialties, and TCM',
		'to become a tertiary (Grade III) TCM hospital, and',
	],
};

// Hand-written queries: words, phrases, names, numbers, quoted phrases, Traditional characters and
// words (資訊 and 資料 stay 资讯 and 资料, which the content has), typographic variants, and phrases
// across inline markup.
const FIXED = {
	zh: [
		...ACROSS_MARKUP.zh,
		'２０２７',
		'2024-2027年',
		'中医药',
		'医联体',
		'专科联盟',
		'京津冀',
		'巴南',
		'衡水',
		'2027',
		'2024',
		'"中医药"',
		'“协同发展”',
		'名中医',
		'治未病',
		'师承',
		'中医馆',
		'人才',
		'皮肤科',
		'远程会诊',
		'北京市',
		'天津',
		'河北',
		'重庆',
		'浙江',
		'床位',
		'0.85',
		'专科',
		'医院',
		'合作协议',
		'三甲',
		'專科聯盟',
		'醫聯體',
		'中醫藥',
		'會診',
		...Object.keys(TRADITIONAL_WORDS),
		'資訊',
		'資料',
	],
	en: [
		...ACROSS_MARKUP.en,
		'Xiong’an',
		'Xiong‘an',
		'2024-2027',
		'medical consortium',
		'specialty alliance',
		'Banan',
		'Hengshui',
		'Beijing–Tianjin–Hebei',
		'Beijing',
		'2027',
		'2024',
		'TCM',
		'"traditional Chinese medicine"',
		'“medical consortium”',
		'dermatology',
		'talent',
		'hospital',
		'remote consultation',
		'Zhejiang',
		'Chongqing',
		'beds',
		'primary care',
		'cooperation agreement',
		'plan',
		'consort',
		'Tianjin',
	],
};

/** A seeded PRNG (mulberry32), so the sampled queries are the same on every run. */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The query set for a language: the hand-written queries plus `sampled` queries cut from the pages'
 * own text (Chinese: runs of 1–6 characters from any position, which is where word segmentation
 * loses matches; English: one to three words, and numbers).
 */
export function querySet(pages, lang, sampled = 40) {
	const r = rng(lang === 'zh' ? 7 : 11);
	const texts = [...pages.values()].filter((t) => t.length > 20);
	const out = new Set(FIXED[lang]);
	for (
		let tries = 0;
		texts.length && out.size < FIXED[lang].length + sampled && tries < 10_000;
		tries++
	) {
		const text = texts[Math.floor(r() * texts.length)];
		if (lang === 'zh') {
			const at = Math.floor(r() * text.length);
			const cut = text.slice(at, at + 1 + Math.floor(r() * 6));
			if (/^\p{Script=Han}+$/u.test(cut)) out.add(cut);
		} else {
			const words = text.split(/\s+/).filter((w) => /^[\p{L}\p{N}][\p{L}\p{N}’'–-]*$/u.test(w));
			const at = Math.floor(r() * words.length);
			const cut = words.slice(at, at + 1 + Math.floor(r() * 3)).join(' ');
			if (cut.length > 2) out.add(cut);
		}
	}
	return [...out];
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** The pages that really contain a query: by our rules, and by plain substring (no word-start rule). */
export function groundTruth(pages, q) {
	const query = parseQuery(TRADITIONAL_WORDS[q] ?? TYPOGRAPHIC_VARIANTS[q] ?? toSimplified(q));
	const rules = new Set();
	const substring = new Set();
	for (const [url, text] of pages) {
		if (containsQuery(text, query)) rules.add(url);
		if (query.text && fold(text.replace(/\s+/g, ' ')).includes(query.text)) substring.add(url);
	}
	return { rules, substring };
}

/**
 * Runs every query in a browser page through `search(q) → url paths` and scores it.
 * @returns per-query rows and totals { recall, precision, substringRecall }
 */
export async function score(pages, queries, search) {
	const rows = [];
	let [found, relevant, returned, subRelevant, subFound] = [0, 0, 0, 0, 0];
	for (const q of queries) {
		const { rules, substring } = groundTruth(pages, q);
		const got = new Set(await search(q));
		const hits = [...got].filter((u) => rules.has(u)).length;
		found += hits;
		relevant += rules.size;
		returned += got.size;
		subRelevant += substring.size;
		subFound += [...got].filter((u) => substring.has(u)).length;
		rows.push({
			q,
			relevant: rules.size,
			returned: got.size,
			hits,
			missed: [...rules].filter((u) => !got.has(u)),
			wrong: [...got].filter((u) => !rules.has(u)),
		});
	}
	const ratio = (a, b) => (b ? a / b : 1);
	return {
		rows,
		recall: ratio(found, relevant),
		precision: ratio(found, returned),
		substringRecall: ratio(subFound, subRelevant),
		relevant,
		returned,
	};
}

/** `search(q)` through the real UI code on the search page open in `page`. */
export const viaSiteSearch = (page, index) => (q) =>
	page.evaluate(
		([q, index]) =>
			customElements
				.whenDefined('site-search')
				.then(() => document.querySelector('site-search').resultUrls(q, index)),
		[q, index]
	);
