import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlForIndex, indexedText } from './indexPage.ts';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header>站名</header>${body}</body></html>`;

test('indexedText: the body region, without ignored or dropped parts, blocks separated by a space', () => {
  const cases: [string, string | undefined][] = [
    ['<main><p>没有正文区域</p></main>', undefined],
    ['<article data-pagefind-body><h1>标题</h1><p>第一段<em>强调</em>。</p><p>Second  para</p></article>', '标题 第一段强调。 Second para'],
    ['<article data-pagefind-body><p data-pagefind-ignore>忽略</p><nav>目录</nav><p>保留</p></article>', '保留'],
    ['<article data-pagefind-body><table><tr><th>指标</th><th>2027</th></tr></table></article>', '指标 2027'],
    ['<div data-pagefind-body><p>Beijing<span>’s</span> plan</p></div><div data-pagefind-body><p>二</p></div>', 'Beijing’s plan 二'],
  ];
  for (const [body, text] of cases) assert.equal(indexedText(page(body)), text, body);
});

test('htmlForIndex writes each text node as index tokens and keeps ids and attributes', () => {
  const out = htmlForIndex(page('<article data-pagefind-body><h2 id="s1">总体要求</h2><p>到2027年，Banan <b>TCM</b></p></article>'))!;
  assert.equal(out.text, '总体要求 到2027年，Banan TCM');
  assert.match(out.html, /<h2 id="s1"> 总体 体要 要求 求 ␣ <\/h2>/);
  assert.match(out.html, /<p> 到 2027 年 ， Banan ␣ <b> TCM <\/b><\/p>/);
  assert.match(out.html, /<header>站名<\/header>/);
});
