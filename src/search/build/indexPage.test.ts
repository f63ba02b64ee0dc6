import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexPage } from './indexPage.ts';

const indexedText = (html: string) => indexPage(html)?.text;

const page = (body: string) =>
	`<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header>站名</header>${body}</body></html>`;

test('indexedText: the body region, without ignored or dropped parts, blocks separated by a space', () => {
	const cases: [string, string | undefined][] = [
		['<main><p>没有正文区域</p></main>', undefined],
		[
			'<article data-pagefind-body><h1>标题</h1><p>第一段<em>强调</em>。</p><p>Second  para</p></article>',
			'标题 第一段强调。 Second para',
		],
		[
			'<article data-pagefind-body><p data-pagefind-ignore>忽略</p><nav>目录</nav><p>保留</p></article>',
			'保留',
		],
		[
			'<article data-pagefind-body><table><tr><th>指标</th><th>2027</th></tr></table></article>',
			'指标 2027',
		],
		[
			'<div data-pagefind-body><p>Beijing<span>’s</span> plan</p></div><div data-pagefind-body><p>二</p></div>',
			'Beijing’s plan 二',
		],
		// Inline markup never splits a phrase (src/search/elements.ts): figures, terms, links.
		[
			'<div data-pagefind-body><p>市级名中医培育到<data class="figure" value="5">5</data>名，<dfn>医联体</dfn><a href="#x">建设</a></p></div>',
			'市级名中医培育到5名，医联体建设',
		],
		['<div data-pagefind-body><p>Copy <button>link</button> here</p></div>', 'Copy here'],
	];
	for (const [body, text] of cases) assert.equal(indexedText(page(body)), text, body);
});

test("a label reads its separator in the page's language: the metadata card excerpts as pairs", () => {
	const card =
		'<section><h2>文件信息</h2><dl><dt>类型</dt><dd>问答</dd><dt>状态</dt><dd>参考</dd></dl></section>';
	assert.equal(
		indexedText(page(`<article data-pagefind-body>${card}</article>`)),
		'文件信息 类型： 问答 状态： 参考'
	);
	const en = `<!doctype html><html lang="en"><body><article data-pagefind-body><dl><dt>Type</dt><dd>FAQ</dd></dl></article></body></html>`;
	assert.equal(indexedText(en), 'Type: FAQ');
});

const docPage = `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><nav>Menu</nav><main>
<article data-pagefind-body>
  <div hidden data-pagefind-sort="date:2024-05-08" data-pagefind-meta="date:2024-05-08"><span data-pagefind-meta="kind:plan"></span><span data-pagefind-filter="kind:plan"></span><span data-pagefind-filter="year:2024"></span><span data-pagefind-filter="region:beijing"></span><span data-pagefind-filter="region:tianjin"></span></div>
  <p class="badge" data-pagefind-ignore>Plan</p>
  <h1 data-pagefind-meta="title">Banan   TCM plan</h1>
  <h2 id="s1"><a href="#s1"><span data-pagefind-ignore>1.</span> Goals</a></h2><p>Beds: <strong>0.85</strong> per 1,000.</p>
  <h2 id="s2"><a href="#s2">Tasks</a></h2><p>Talent.</p>
  <h2 id="hidden" data-pagefind-ignore>Not indexed</h2>
</article></main></body></html>`;

test('indexPage: the same text as indexedText, and where each section heading starts in it', () => {
	const page = indexPage(docPage)!;
	assert.equal(page.text, 'Banan TCM plan Goals Beds: 0.85 per 1,000. Tasks Talent.');
	assert.deepEqual(page.headings, [
		{ anchor: 's1', title: 'Goals', start: 15 },
		{ anchor: 's2', title: 'Tasks', start: 43 },
	]);
	for (const h of page.headings)
		assert.equal(page.text.slice(h.start, h.start + h.title.length), h.title);
	assert.equal(indexPage('<html><body><p>No body marked</p></body></html>'), undefined);
});

test('indexPage: section offsets hold for Chinese text too', () => {
	const page = indexPage(
		'<main data-pagefind-body><h1>巴南区中医药</h1><p>总体要求。</p><h2 id="s1"><span data-pagefind-ignore>一、</span>发展目标</h2><p>到2027年，中医药服务体系更加完善。</p><h3 id="s1-1">专科联盟</h3><p>医联体</p></main>'
	)!;
	assert.deepEqual(
		page.headings.map((h) => h.anchor),
		['s1', 's1-1']
	);
	for (const h of page.headings)
		assert.equal(page.text.slice(h.start, h.start + h.title.length), h.title);
});

test('indexPage: title, kind, date and facets from the Pagefind attributes', () => {
	const page = indexPage(docPage)!;
	assert.deepEqual(
		[page.title, page.kind, page.facts],
		[
			'Banan TCM plan',
			'plan',
			{
				facets: { kind: ['plan'], year: ['2024'], region: ['beijing', 'tianjin'] },
				date: '2024-05-08',
			},
		]
	);
});
